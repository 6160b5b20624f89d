/**
 * Renders synthetic pages of test/fixtures/renders to the three texts the
 * render tests read, as the folder's README says: `document.body.innerText`
 * in headless Chromium (playwright-core, `page.setContent`), `w3m -dump -T
 * text/html -O UTF-8` and `lynx -dump -display_charset=utf-8 -force_html`
 * (default options). Chromium is looked for at `$CHROMIUM` or
 * /usr/bin/chromium; w3m and lynx must be installed. lynx prints the file's
 * own address in its references, so the HTML is copied to a scratch folder
 * first (`$RENDER_SCRATCH`, default /tmp/depeche-render-fixtures).
 *
 *   npx tsx bench/render-fixtures.ts ma-ar-widget tn-fr-lire
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const dir = 'test/fixtures/renders';
const scratch = process.env.RENDER_SCRATCH ?? '/tmp/depeche-render-fixtures';
const names = process.argv.slice(2);
if (names.length === 0) {
  console.error(
    'usage: npx tsx bench/render-fixtures.ts <name> [<name>…] (test/fixtures/renders/<name>.html)',
  );
  process.exit(2);
}
mkdirSync(scratch, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  for (const name of names) {
    const html = readFileSync(join(dir, `${name}.html`), 'utf8');
    await page.setContent(html);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (line breaks at blocks) is the input wanted
    const text = await page.evaluate(() => document.body.innerText);
    writeFileSync(join(dir, `${name}.chromium.txt`), text);
    const copy = join(scratch, `${name}.html`);
    writeFileSync(copy, html);
    const w3m = execFileSync('w3m', ['-dump', '-T', 'text/html', '-O', 'UTF-8', copy]);
    writeFileSync(join(dir, `${name}.w3m.txt`), w3m);
    const lynx = execFileSync('lynx', ['-dump', '-display_charset=utf-8', '-force_html', copy]);
    writeFileSync(join(dir, `${name}.lynx.txt`), lynx);
    console.log(`${name}: chromium ${text.length}, w3m ${w3m.length}, lynx ${lynx.length} bytes`);
  }
} finally {
  await browser.close();
}
