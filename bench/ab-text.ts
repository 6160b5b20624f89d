/**
 * A/B speed of the text path: an older build against the current sources, in
 * one process, alternating rounds, CPU time (robust to a loaded machine, which
 * wall-clock medians are not). Inputs: the dump fixtures joined into one input
 * (60 parses a round) and every textified benchmark page (one pass a round).
 *
 *   git worktree add /tmp/base <rev> && ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx esbuild /tmp/base/src/index.ts --bundle --platform=neutral --format=esm --outfile=/tmp/base.mjs
 *   npx tsx bench/ab-text.ts /tmp/base.mjs
 *
 * Prints the best of rounds 2–5 for each side, in M characters/s (not with
 * `--no-passes`). With
 * `--renderers`, each renderer's pages are then timed the same way on their own.
 * With `--interleaved`, each page is parsed by both builds in turn (the order
 * alternating page by page and round by round) and the median ratio of their
 * CPU times over rounds 2–6 (`--rounds=N`: 2–N; `--fixtures=N` parses of the
 * fixtures a round, 20 by default, too few to read a few per cent) is printed, for all inputs, the
 * fixtures, the pages and each renderer's pages: load drifting during a round falls on
 * both sides alike, so two copies of one build read within about 1 %, where
 * whole-pass rounds read up to 10 % apart on a loaded machine.
 * One direction alone can read a few per cent off on the pages (two copies of one
 * bundle: 0.979× one way, 1.022× the other): run it again with the two builds
 * swapped and take the geometric mean of the ratio and the inverse of the swapped one.
 * With `--current=<bundle>`, the current side is that bundle (build it from
 * `src/index.ts` with the same esbuild command) instead of the sources run
 * through tsx, which read about 3 % slower than their own bundle: compare
 * bundle against bundle for effects of a few per cent.
 * The fixtures' rounds here read 0.86–1.15 for two copies of one bundle (other threads' CPU time and one
 * parse's garbage land in whichever parse runs): time them alone with `node --expose-gc --single-threaded
 * --import tsx bench/ab-fixtures.ts <base> <new>`, whose rounds read within about 2 % (medians within 0.7 %).
 */
import * as sources from '../src/index.js';
import { dumpCorpus } from './bench-inputs.js';
import { importBuild, RENDERERS, type TextBuild, textPages } from './textified-corpus.js';

type Lib = TextBuild;

const USAGE =
  '<older build as one ESM file> [--current=<build as one ESM file>] [--renderers] [--interleaved]';
const base = await importBuild('ab-text', USAGE, process.argv[2]);
// A bundle of the current sources, built as the base was, compares like with like: the sources run through
// tsx read about 3 % slower than their own bundle, which hides effects of that size.
const currentPath = process.argv
  .find((a) => a.startsWith('--current='))
  ?.slice('--current='.length);
const current: Lib = currentPath ? await importBuild('ab-text', USAGE, currentPath) : sources;

const fixture = dumpCorpus();
const pages = RENDERERS.flatMap((r) =>
  [
    ...textPages(r, 'scrapinghub'),
    ...textPages(r, 'trafilatura'),
    ...textPages(r, 'readability'),
  ].map((p) => ({ ...p, renderer: r as string })),
);
const pageChars = pages.reduce((n, p) => n + p.text.length, 0);

/** Characters per CPU second (M) of `run`, which parses `chars` characters. */
function rate(chars: number, run: () => void): number {
  const c0 = process.cpuUsage();
  run();
  const c = process.cpuUsage(c0);
  return chars / ((c.user + c.system) / 1e6) / 1e6;
}
const fixtures = (lib: Lib) =>
  rate(fixture.length * 60, () => {
    for (let i = 0; i < 60; i++) lib.parseArticle(fixture, { format: 'text' });
  });
const textified = (lib: Lib) =>
  rate(pageChars, () => {
    for (const p of pages) lib.parseArticle(p.text, p.url ? { url: p.url } : {});
  });

// The first round warms both builds up; the best of the others is kept.
const best = (xs: number[]) => Math.max(...xs.slice(1)).toFixed(2);

// `--no-passes`: the interleaved comparison alone (the whole-pass rounds take a minute on the textified pages).
if (!process.argv.includes('--no-passes')) {
  const rounds = {
    baseFix: [] as number[],
    curFix: [] as number[],
    baseTxt: [] as number[],
    curTxt: [] as number[],
  };
  for (let round = 0; round < 5; round++) {
    rounds.baseFix.push(fixtures(base));
    rounds.curFix.push(fixtures(current));
    rounds.baseTxt.push(textified(base));
    rounds.curTxt.push(textified(current));
  }
  console.log(
    `dump fixtures joined (${fixture.length} characters): base ${best(rounds.baseFix)}, current ${best(rounds.curFix)} M characters/s`,
  );
  console.log(
    `textified pages (${pages.length}, ${pageChars} characters): base ${best(rounds.baseTxt)}, current ${best(rounds.curTxt)} M characters/s`,
  );
}

if (process.argv.includes('--renderers')) {
  for (const r of RENDERERS) {
    const own = [
      ...textPages(r, 'scrapinghub'),
      ...textPages(r, 'trafilatura'),
      ...textPages(r, 'readability'),
    ];
    const chars = own.reduce((n, p) => n + p.text.length, 0);
    const pass = (lib: Lib) =>
      rate(chars, () => {
        for (const p of own) lib.parseArticle(p.text, p.url ? { url: p.url } : {});
      });
    const baseRates: number[] = [];
    const curRates: number[] = [];
    for (let round = 0; round < 5; round++) {
      baseRates.push(pass(base));
      curRates.push(pass(current));
    }
    console.log(
      `${r} (${own.length} pages, ${chars} characters): base ${best(baseRates)}, current ${best(curRates)} M characters/s`,
    );
  }
}

if (process.argv.includes('--interleaved')) {
  const cpu = (): number => {
    const c = process.cpuUsage();
    return c.user + c.system;
  };
  const fixtureRuns = Number(
    process.argv.find((a) => a.startsWith('--fixtures='))?.slice('--fixtures='.length) ?? 20,
  );
  // Each input tagged with its group: the fixtures (as `npm run bench` times them) and each renderer's pages.
  const inputs = [
    ...Array.from({ length: fixtureRuns }, () => ({
      group: 'fixtures',
      text: fixture,
      options: { format: 'text' as const },
    })),
    ...pages.map((p) => ({
      group: p.renderer,
      text: p.text,
      options: p.url ? { url: p.url } : {},
    })),
  ];
  const groups = ['all', 'fixtures', 'pages', ...RENDERERS];
  const ratios = new Map(groups.map((g) => [g, [] as number[]]));
  const rounds = Number(
    process.argv.find((a) => a.startsWith('--rounds='))?.slice('--rounds='.length) ?? 6,
  );
  for (let round = 0; round < rounds; round++) {
    const tBase = new Map(groups.map((g) => [g, 0]));
    const tCur = new Map(groups.map((g) => [g, 0]));
    const add = (times: Map<string, number>, group: string, t: number): void => {
      for (const g of ['all', group, ...(group === 'fixtures' ? [] : ['pages'])])
        times.set(g, (times.get(g) ?? 0) + t);
    };
    inputs.forEach((input, i) => {
      const [first, second] = (i + round) % 2 === 0 ? [base, current] : [current, base];
      const t0 = cpu();
      first.parseArticle(input.text, input.options);
      const t1 = cpu();
      second.parseArticle(input.text, input.options);
      const t2 = cpu();
      add(first === base ? tBase : tCur, input.group, t1 - t0);
      add(first === base ? tCur : tBase, input.group, t2 - t1);
    });
    if (round > 0)
      for (const g of groups) ratios.get(g)?.push((tBase.get(g) ?? 0) / (tCur.get(g) || 1));
  }
  const median = (xs: number[]): number => {
    const sorted = [...xs].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 1;
  };
  const all = ratios.get('all') ?? [];
  console.log(
    `interleaved (fixtures ×${fixtureRuns} and ${pages.length} pages): current is ${median(all).toFixed(3)}× base (median of ${all.length} rounds; > 1 is faster)`,
  );
  for (const g of groups.slice(1)) {
    const xs = ratios.get(g) ?? [];
    console.log(
      `  ${g}: ${median(xs).toFixed(3)}× (rounds ${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)})`,
    );
  }
}
