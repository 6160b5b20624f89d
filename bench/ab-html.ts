/**
 * A/B speed of the HTML path: an older build against the current sources, in
 * one process, alternating rounds, CPU time (robust to a loaded machine, which
 * wall-clock medians are not). Each round also times a bare `parse5.parse` of
 * the same pages, so the ratio `npm run bench` reports ("depeche runs at N× the
 * speed of a bare parse5 parse") is measured under the same load as both builds.
 * Inputs: ScrapingHub's pages (the pages `npm run bench` times), and with
 * `--all` every HTML benchmark page (the pages `bench/eval-html.ts` times).
 *
 *   git worktree add /tmp/base <rev> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx esbuild /tmp/base/src/index.ts --bundle --platform=neutral --format=esm --outfile=/tmp/base.mjs
 *   npx tsx bench/ab-html.ts /tmp/base.mjs [--all] [--rounds=N]
 *
 * `AB_CURRENT=<build>.mjs` times that build instead of the sources. Prints, for
 * each side, pages per CPU second and the ratio to parse5's, two ways: the best
 * whole pass of rounds 2–N, and each page's best time summed (a busy spell of
 * the machine then spoils one page's time in one round, not a whole pass).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { htmldate, readabilityPages, scrapinghub, trafilatura } from './html-corpus.js';
import type { TextBuild } from './textified-corpus.js';

const load = async (file: string) => (await import(pathToFileURL(resolve(file)).href)) as TextBuild;

const basePath = process.argv[2];
if (!basePath || !existsSync(basePath)) {
  console.error(
    'usage: npx tsx bench/ab-html.ts <older build as one ESM file> [--all] [--rounds=N]',
  );
  process.exit(2);
}
const base = await load(basePath);
const current = process.env.AB_CURRENT
  ? await load(process.env.AB_CURRENT)
  : ((await import('../src/index.js')) as TextBuild);
const all = process.argv.includes('--all');
const roundsArg = process.argv.find((a) => a.startsWith('--rounds='));
const roundCount = Math.max(2, Number(roundsArg?.slice('--rounds='.length) ?? 10));

const corpus = resolve(
  process.env.DEPECHE_CORPUS ?? join(import.meta.dirname, '../../shared/corpus'),
);

/** ScrapingHub's pages read as `npm run bench` reads them (gunzipped, as UTF-8). */
function benchPages(): string[] {
  const dir = join(corpus, 'html', 'scrapinghub-aeb', 'html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html.gz'))
    .sort()
    .map((name) => gunzipSync(readFileSync(join(dir, name))).toString('utf8'));
}

const pages = all
  ? [...scrapinghub(), ...trafilatura(), ...htmldate(), ...readabilityPages()].map((p) => p.html)
  : benchPages();
if (pages.length === 0) {
  console.error(`ab-html: no HTML pages under ${corpus}/html (set DEPECHE_CORPUS)`);
  process.exit(2);
}

const sides = {
  parse5: (h: string) => {
    parse(h);
  },
  base: (h: string) => {
    base.parseArticle(h, { format: 'html' });
  },
  current: (h: string) => {
    current.parseArticle(h, { format: 'html' });
  },
};
type Side = keyof typeof sides;
const order: readonly Side[] = ['parse5', 'base', 'current'];

/** CPU seconds of each whole pass, and each page's best CPU seconds so far, per side. */
const passes: Record<Side, number[]> = { parse5: [], base: [], current: [] };
const pageBest: Record<Side, number[]> = {
  parse5: pages.map(() => Number.POSITIVE_INFINITY),
  base: pages.map(() => Number.POSITIVE_INFINITY),
  current: pages.map(() => Number.POSITIVE_INFINITY),
};
const cpuSeconds = (c0: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

/** One pass of `side` over every page. */
function pass(side: Side, warm: boolean): void {
  const run = sides[side];
  const best = pageBest[side];
  const start = process.cpuUsage();
  pages.forEach((page, i) => {
    const c0 = process.cpuUsage();
    run(page);
    if (!warm) best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, cpuSeconds(c0));
  });
  if (!warm) passes[side].push(cpuSeconds(start));
}

for (let round = 0; round < roundCount; round++)
  // The order turns each round, so the garbage one side leaves is not always collected in the same other side's time.
  for (let i = 0; i < order.length; i++)
    pass(order[(round + i) % order.length] ?? 'parse5', round === 0);

const chars = pages.reduce((n, p) => n + p.length, 0);
const bestPass = (side: Side) => pages.length / Math.min(...passes[side]);
const pageSum = (side: Side) => pages.length / pageBest[side].reduce((n, t) => n + t, 0);
console.log(
  `${pages.length} pages, ${(chars / 1e6).toFixed(2)} M characters, ${roundCount} rounds (the first a warm-up), CPU time`,
);
for (const [label, measure] of [
  ['best pass', bestPass],
  ['pages’ bests summed', pageSum],
] as const) {
  const p5 = measure('parse5');
  const line = (side: Side) => {
    const r = measure(side);
    return `${side} ${r.toFixed(1)} pages/s (${(r / p5).toFixed(3)}× parse5)`;
  };
  console.log(
    `  ${label.padEnd(20)} parse5.parse ${p5.toFixed(1)} pages/s; ${line('base')}; ${line('current')}`,
  );
}
