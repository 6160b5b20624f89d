/**
 * Scores parseArticle on the benchmark pages rendered to text by the
 * renderers as users run them, with their default options: `lynx -dump`
 * (80-column wrap, link numbers, a closing list of references) and `w3m
 * -dump` (80-column wrap). The corpus's own renders (`eval:text`) use `lynx
 * -nolist` and `w3m -cols 100000`; these show what a user's own dump gets.
 * Pages are rendered here, once, into a cache folder (the renderers must be
 * installed: `apt-get install lynx w3m`); each set is scored with its own
 * metric, split tune / check like `eval:text`.
 *
 *   npm run eval:renders
 *   npm run eval:renders -- --renderer=lynx --cache=/tmp/depeche-renders
 *   npm run eval:renders -- --renderer=pandoc,html2text --split=tune --worst=20
 *
 * `--worst=N` lists each set's N lowest-scored pages of the tune split (`--split=tune`, the only split listed:
 * check pages are scored, never shown), with the cached render's path to read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../src/article/parse-article.js';
import { scrapinghub, trafilatura } from './html-corpus.js';
import { f1, segmentCounts, shinglePR } from './html-metrics.js';
import { splitOf } from './textified-corpus.js';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

/**
 * Each renderer's command line, reading an HTML file and printing text on stdout. lynx and w3m are the users'
 * (and the corpus's, with other options); elinks, links2 and html2markdown (python3-html2text: Markdown, as
 * LLM-era crawlers store pages) were never tuned on: asked by name (`--renderer=elinks,links2`), they say how well
 * the text path holds on a renderer nobody read. pandoc (plain text: a 72-column wrap, `-   ` bullets, tables drawn
 * with dashes) and html2text (the C++ converter, 1.3.2a: a 79-column wrap, `****** Heading ******`, `  * ` bullets)
 * are two more converters text is made with, asked by name the same way. html2markdown wraps at 78 columns and
 * writes accented letters its entities name in ASCII (`&uuml;` → `u`); `html2markdown-unwrapped` prints one line a
 * paragraph with its images and keeps Unicode (`--unicode-snob`), as Jina Reader and Firecrawl do, and `pandoc-gfm`
 * writes GitHub's Markdown keeping a page's `<div>`s (Markdown is read since session 44, tuned on html2markdown's
 * tune third only; pandoc-gfm was measured after).
 */
const RENDER: Record<string, (file: string) => [string, string[]]> = {
  lynx: (file) => ['lynx', ['-dump', '-display_charset=utf-8', '-force_html', file]],
  w3m: (file) => ['w3m', ['-dump', '-T', 'text/html', '-O', 'UTF-8', file]],
  elinks: (file) => ['elinks', ['-dump', '-dump-charset', 'utf-8', '-force-html', file]],
  links2: (file) => ['links2', ['-dump', '-codepage', 'utf-8', '-force-html', file]],
  html2markdown: (file) => ['html2markdown', ['--ignore-images', file, 'utf-8']],
  // `--sandbox`: pandoc would otherwise fetch each iframe's page over the network.
  pandoc: (file) => ['pandoc', ['--sandbox', '-f', 'html', '-t', 'plain', file]],
  // `-nometa`: the page is written here in UTF-8, whatever charset its `<meta>` once declared.
  html2text: (file) => ['html2text', ['-nometa', '-utf8', file]],
  // GitHub-flavoured Markdown by pandoc (wrapped at 72 columns; its `<div>`s kept as lone tag lines).
  'pandoc-gfm': (file) => ['pandoc', ['--sandbox', '-f', 'html', '-t', 'gfm-raw_html', file]],
  'html2markdown-unwrapped': (file) => [
    'html2markdown',
    ['--body-width=0', '--unicode-snob', file, 'utf-8'],
  ],
};

/** The renderers whose version flag is not lynx's `-version`. */
const VERSION_FLAG: Record<string, string> = { html2markdown: '--version', pandoc: '--version' };

/** The Debian package holding a renderer, where its name is not the command's. */
const PACKAGE: Record<string, string> = { html2markdown: 'python3-html2text' };

/** Whether a command answers on this machine. */
function installed(command: string): boolean {
  try {
    execFileSync(command, [VERSION_FLAG[command] ?? '-version'], {
      stdio: 'ignore',
      timeout: 10_000,
    });
    return true;
  } catch {
    return false;
  }
}

const cache = arg('cache') ?? join(tmpdir(), 'depeche-renders');
const wanted = (arg('renderer') ?? 'lynx,w3m').split(',');
const worst = Number(arg('worst') ?? 0);
if (worst > 0 && (arg('split') ?? 'tune') !== 'tune') {
  console.log('eval:renders — --worst lists tune pages only (--split=tune)');
  process.exit(1);
}
const worstLines: string[] = [];
const sets = { scrapinghub: scrapinghub(), trafilatura: trafilatura() };
if (sets.scrapinghub.length === 0 && sets.trafilatura.length === 0) {
  console.log(
    'eval:renders — no HTML pages found (../shared/corpus/html, or DEPECHE_CORPUS): nothing to score',
  );
  process.exit(0);
}

/** The page rendered by `renderer`, from the cache when there. */
function rendered(renderer: string, set: string, id: string, html: string): string | undefined {
  const dir = join(cache, renderer, set);
  const out = join(dir, `${id}.txt`);
  if (existsSync(out)) return readFileSync(out, 'utf8');
  mkdirSync(dir, { recursive: true });
  const input = join(dir, 'page.html');
  writeFileSync(input, html);
  const make = RENDER[renderer];
  if (!make) return undefined;
  const [command, commandArgs] = make(input);
  try {
    const text = execFileSync(command, commandArgs, {
      timeout: 30_000,
      maxBuffer: 64 << 20,
      // The converters' warnings (html2text's parse errors, pandoc's) are not the page's text.
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString('utf8');
    writeFileSync(out, text);
    return text;
  } catch {
    return undefined;
  }
}

console.log(`eval:renders — renders cached in ${cache}`);
console.log(
  `  ${'set / renderer'.padEnd(40)}${['pages', 'all', 'tune', 'check'].map((h) => h.padStart(8)).join('')}`,
);
for (const renderer of wanted) {
  const make = RENDER[renderer];
  if (!make) {
    console.log(
      `  ${renderer}: no such renderer (known: ${Object.keys(RENDER).join(', ')}); skipped`,
    );
    continue;
  }
  const [command] = make('');
  if (!installed(command)) {
    console.log(
      `  ${renderer}: not installed here (apt-get install ${PACKAGE[command] ?? command}); skipped`,
    );
    continue;
  }
  // ScrapingHub: mean shingle precision and recall, then F1 (as eval:text); trafilatura: segment counts summed.
  const sh = { all: [0, 0, 0], tune: [0, 0, 0], check: [0, 0, 0] };
  // Each tune page's own score, for `--worst`.
  const scored: Array<{ set: string; id: string; score: number; info: string }> = [];
  for (const page of sets.scrapinghub) {
    const text = rendered(renderer, 'scrapinghub', page.id, page.html);
    if (text === undefined) continue;
    const { p, r } = shinglePR(
      parseArticle(text, page.url ? { url: page.url } : {}).text,
      page.gold,
    );
    if (splitOf(page.id) === 'tune')
      scored.push({
        set: 'scrapinghub',
        id: page.id,
        score: f1(p, r),
        info: `p ${p.toFixed(2)} r ${r.toFixed(2)}`,
      });
    for (const k of ['all', splitOf(page.id)] as const) {
      const t = sh[k];
      t[0] = (t[0] ?? 0) + p;
      t[1] = (t[1] ?? 0) + r;
      t[2] = (t[2] ?? 0) + 1;
    }
  }
  const tr = { all: [0, 0, 0, 0], tune: [0, 0, 0, 0], check: [0, 0, 0, 0] };
  for (const page of sets.trafilatura) {
    const text = rendered(renderer, 'trafilatura', page.id, page.html);
    if (text === undefined) continue;
    const c = segmentCounts(parseArticle(text, page.url ? { url: page.url } : {}).text, page.gold);
    if (splitOf(page.id) === 'tune')
      scored.push({
        set: 'trafilatura',
        id: page.id,
        score: c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn),
        info: `tp ${c.tp} fp ${c.fp} fn ${c.fn}`,
      });
    for (const k of ['all', splitOf(page.id)] as const) {
      const t = tr[k];
      t[0] = (t[0] ?? 0) + c.tp;
      t[1] = (t[1] ?? 0) + c.fp;
      t[2] = (t[2] ?? 0) + c.fn;
      t[3] = (t[3] ?? 0) + 1;
    }
  }
  const shF = (k: 'all' | 'tune' | 'check') => {
    const [p = 0, r = 0, n = 0] = sh[k];
    return n === 0 ? 0 : f1(p / n, r / n);
  };
  const trF = (k: 'all' | 'tune' | 'check') => {
    const [tp = 0, fp = 0, fn = 0] = tr[k];
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  };
  const row = (name: string, n: number, f: (k: 'all' | 'tune' | 'check') => number) =>
    console.log(
      `  ${name.padEnd(40)}${String(n).padStart(8)}${(['all', 'tune', 'check'] as const).map((k) => f(k).toFixed(3).padStart(8)).join('')}`,
    );
  row(`scrapinghub / ${renderer}`, sh.all[2] ?? 0, shF);
  row(`trafilatura / ${renderer}`, tr.all[3] ?? 0, trF);
  if (worst > 0)
    for (const set of ['scrapinghub', 'trafilatura']) {
      worstLines.push(`${set} / ${renderer}: worst ${worst} tune pages`);
      for (const s of scored
        .filter((x) => x.set === set)
        .sort((x, y) => x.score - y.score)
        .slice(0, worst))
        worstLines.push(
          `  ${s.score.toFixed(3)}  ${s.info}  ${join(cache, renderer, set, `${s.id}.txt`)}`,
        );
    }
}
for (const l of worstLines) console.log(l);
