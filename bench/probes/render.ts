/**
 * Renders synthetic probe pages to crawler text the way the textified corpus
 * was made: every `<name>.html` of a folder gets `<name>.w3m.txt`,
 * `<name>.lynx.txt` (both dumped with their usual crawler options) and
 * `<name>.chromium.txt` (Chromium's `document.body.innerText`) beside it.
 * Shared by bench/probe-body.ts and bench/probe-header.ts. Needs w3m, lynx and
 * Chromium (`$CHROMIUM`, default /usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** The text renderers, in the order the probes report them. */
export const RENDERERS = ['w3m', 'lynx', 'chromium'] as const;

/** Renders every page of `pages` with w3m, lynx and Chromium beside it. */
export async function renderPages(pages: string): Promise<void> {
  const names = readdirSync(pages).filter((f) => f.endsWith('.html'));
  for (const f of names) {
    const file = join(pages, f);
    const base = file.slice(0, -'.html'.length);
    const w3m = ['-dump', '-cols', '100000', '-T', 'text/html', '-O', 'UTF-8', file];
    writeFileSync(`${base}.w3m.txt`, execFileSync('w3m', w3m));
    const lynx = ['-dump', '-nolist', '-display_charset=utf-8', '-force_html', file];
    writeFileSync(`${base}.lynx.txt`, execFileSync('lynx', lynx));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  for (const f of names) {
    await page.setContent(readFileSync(join(pages, f), 'utf8'));
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text (line breaks at blocks) is the input wanted
    const text = await page.evaluate(() => document.body.innerText);
    writeFileSync(join(pages, f.replace(/\.html$/, '.chromium.txt')), text);
  }
  await browser.close();
}
