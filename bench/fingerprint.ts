/**
 * One hash of everything parseArticle returns on the evaluation pages, to prove
 * that a refactor or a speed change leaves the output as it was: the textified
 * renders (every renderer, every data set) and the HTML benchmark pages.
 *
 *   npm run fingerprint                          # text 1593 <md5>, html 858 <md5>
 *   npm run fingerprint -- --per=/tmp/before.txt # also one hash a page, to a file
 *   npm run fingerprint -- --diff=/tmp/before.txt  # lists the pages whose output changed since
 *   npm run fingerprint -- --text                # the text renders only (about 10 s)
 *   DEPECHE_CORPUS=/data/corpus npm run fingerprint
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArticle } from '../src/article/parse-article.js';
import { htmldate, readabilityPages, scrapinghub, trafilatura } from './html-corpus.js';
import { RENDERERS, TEXT_SETS, textifiedRoot, textPages } from './textified-corpus.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const textOnly = args.includes('--text');

if (!existsSync(textifiedRoot)) {
  console.error(
    `fingerprint: no textified corpus at ${textifiedRoot}.\nSet DEPECHE_CORPUS to the folder holding textified/ and html/.`,
  );
  process.exit(2);
}

const md5 = (s: string): string => createHash('md5').update(s).digest('hex');
/** `name hash` a page, in a fixed order. */
const perPage: string[] = [];

/** Hashes each page's output into one digest; returns `pages digest`. */
function digest(group: string, pages: Iterable<{ name: string; run: () => unknown }>): string {
  const all = createHash('md5');
  let n = 0;
  for (const page of pages) {
    const out = JSON.stringify(page.run());
    all.update(out);
    perPage.push(`${group}/${page.name} ${md5(out).slice(0, 12)}`);
    n++;
  }
  return `${n} ${all.digest('hex')}`;
}

function* textRuns(): Generator<{ name: string; run: () => unknown }> {
  for (const renderer of RENDERERS)
    for (const set of TEXT_SETS)
      for (const p of textPages(renderer, set))
        yield {
          name: `${renderer}/${set}/${p.key}`,
          run: () => parseArticle(p.text, p.url ? { url: p.url } : {}),
        };
}

function* htmlRuns(): Generator<{ name: string; run: () => unknown }> {
  const sets: Array<[string, Array<{ id: string; html: string; url?: string }>]> = [
    ['scrapinghub', scrapinghub()],
    ['trafilatura', trafilatura()],
    ['htmldate', htmldate()],
    ['readability', readabilityPages()],
  ];
  for (const [set, pages] of sets)
    for (const p of pages)
      yield {
        name: `${set}/${p.id}`,
        run: () =>
          parseArticle(p.html, p.url ? { url: p.url, format: 'html' } : { format: 'html' }),
      };
}

console.log(`text ${digest('text', textRuns())}`);
if (!textOnly) console.log(`html ${digest('html', htmlRuns())}`);

const perFile = opt('per');
if (perFile) writeFileSync(perFile, `${perPage.join('\n')}\n`);
const diffFile = opt('diff');
if (diffFile) {
  const before = new Map(
    readFileSync(diffFile, 'utf8')
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => {
        const cut = line.lastIndexOf(' ');
        return [line.slice(0, cut), line.slice(cut + 1)] as const;
      }),
  );
  let changed = 0;
  for (const line of perPage) {
    const cut = line.lastIndexOf(' ');
    const name = line.slice(0, cut);
    const was = before.get(name);
    if (was !== undefined && was !== line.slice(cut + 1)) {
      console.log(`changed ${name}`);
      changed++;
    }
  }
  console.log(`${changed} of ${perPage.length} pages changed`);
}
