/**
 * A/B speed of the text path on the dump fixtures alone (the input `npm run
 * bench` times: the fixtures joined, about 91 kB), two builds bundled as one
 * ESM file each, in one process, CPU time.
 *
 *   npx tsx bench/ab-fixtures.ts /tmp/base.mjs /tmp/new.mjs [--rounds=20] [--parses=20]
 *
 * Each round parses the input `--parses` times with each build, the two in turn
 * and the order alternating parse by parse and round by round. Printed: the
 * median ratio of the rounds' CPU times (base over new; > 1: new is faster) with
 * their range, and the median over every parse pair of the pair's ratio, which a
 * collection landing in one parse moves less than a round's sum. The first round
 * warms both up and is not counted. `bench/ab-text.ts --interleaved` times the
 * fixtures too, among the pages, with fewer rounds: this is the fixtures'
 * own noise, measured before a gain of a few per cent is read off them.
 */

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dumpCorpus } from './bench-inputs.js';
import { type Renderer, TEXT_SETS, type TextBuild, textPages } from './textified-corpus.js';

const [basePath, newPath] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!basePath || !newPath) {
  console.error(
    'usage: npx tsx bench/ab-fixtures.ts <base.mjs> <new.mjs> [--rounds=N] [--parses=N]',
  );
  process.exit(2);
}
const load = async (p: string): Promise<TextBuild> =>
  (await import(pathToFileURL(resolve(p)).href)) as TextBuild;
const base = await load(basePath);
const next = await load(newPath);
const option = (name: string, fallback: number): number =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const rounds = option('rounds', 20);
const parses = option('parses', 20);
const fixture = dumpCorpus();
const renderers = process.argv
  .find((a) => a.startsWith('--pages='))
  ?.slice('--pages='.length)
  .split(',') as Renderer[] | undefined;
// The inputs of a round: the fixtures joined, `--parses` times, or (`--pages=chromium,…`) every page of those renderers once.
const inputs: { text: string; options: { format?: 'text'; url?: string } }[] = renderers
  ? renderers.flatMap((r) =>
      TEXT_SETS.flatMap((set) => textPages(r, set)).map((p) => ({
        text: p.text,
        options: p.url ? { url: p.url } : {},
      })),
    )
  : Array.from({ length: parses }, () => ({ text: fixture, options: { format: 'text' } }));

const wall = process.argv.includes('--wall');
const cpu = (): number => {
  if (wall) return performance.now() * 1000;
  const c = process.cpuUsage();
  return c.user + c.system;
};
// With `node --expose-gc`, a full collection before each timed parse: no parse pays for the garbage of the one before.
const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => {});
const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 1) : ((sorted[mid - 1] ?? 1) + (sorted[mid] ?? 1)) / 2;
};

const roundRatios: number[] = [];
const pairRatios: number[] = [];
for (let round = 0; round <= rounds; round++) {
  let tBase = 0;
  let tNew = 0;
  for (let i = 0; i < inputs.length; i++) {
    const { text, options } = inputs[i] ?? { text: '', options: {} };
    const baseFirst = (i + round) % 2 === 0;
    collect();
    const t0 = cpu();
    (baseFirst ? base : next).parseArticle(text, options);
    const t1a = cpu();
    collect();
    const t1 = cpu();
    (baseFirst ? next : base).parseArticle(text, options);
    const t2 = cpu();
    const [b, n] = baseFirst ? [t1a - t0, t2 - t1] : [t2 - t1, t1a - t0];
    tBase += b;
    tNew += n;
    if (round > 0) pairRatios.push(b / (n || 1));
  }
  if (round > 0) roundRatios.push(tBase / (tNew || 1));
}
const f = (x: number): string => x.toFixed(3);
console.log(
  `${renderers ? `pages of ${renderers.join(', ')} (${inputs.length})` : `fixtures (${inputs[0]?.text.length} characters, ${parses} parses a round)`}: new is ${f(median(roundRatios))}× base, median of ${rounds} rounds (rounds ${f(Math.min(...roundRatios))}–${f(Math.max(...roundRatios))}); parse pairs ${f(median(pairRatios))}× (middle half ${f(quantile(pairRatios, 0.25))}–${f(quantile(pairRatios, 0.75))})`,
);

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 1;
}
