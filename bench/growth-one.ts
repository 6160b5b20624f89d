/**
 * Times one workload at one input size, in a fresh process (run by bench.ts):
 * calls until a warm-up second has passed (at least one), then five batches
 * of calls, each for at least half a second (at least one call), and prints
 * `ms=<mean time per call of the fastest batch> calls=<calls timed>`. Batches
 * of many calls give the steady-state cost of the size; forcing a garbage
 * collection before each call would instead shrink V8's young generation and
 * charge the regrowth to the call.
 *
 *   node --import tsx bench/growth-one.ts text|html|parse5|entities <size in code units>
 */
import { parse } from 'parse5';
import { dumpCorpus, entityCorpus, htmlGrowthUnit, lib, repeatTo } from './bench-inputs.js';

const { extractEntities, parseArticle } = lib;

const kind = process.argv[2];
const size = Number(process.argv[3]);
const workloads: Record<string, () => { unit: string; fn: (s: string) => unknown }> = {
  text: () => ({ unit: `${dumpCorpus()}\n`, fn: (s) => parseArticle(s, { format: 'text' }) }),
  html: () => ({ unit: htmlGrowthUnit(), fn: (s) => parseArticle(s, { format: 'html' }) }),
  // The reference: a bare parse5 tree of the same HTML, measured the same way.
  parse5: () => ({ unit: htmlGrowthUnit(), fn: (s) => parse(s) }),
  entities: () => ({ unit: `${entityCorpus()}\n`, fn: (s) => extractEntities(s) }),
};
const make = kind === undefined ? undefined : workloads[kind];
if (!make || !Number.isFinite(size) || size <= 0) {
  console.error('usage: node --import tsx bench/growth-one.ts text|html|parse5|entities <size>');
  process.exit(2);
}
const { unit, fn } = make();
const input = repeatTo(unit, size);

/** Calls `fn` at least once and until `ms` have passed; the mean time per call. */
function batch(ms: number): { mean: number; calls: number } {
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (calls === 0 || elapsed < ms) {
    fn(input);
    calls++;
    elapsed = performance.now() - started;
  }
  return { mean: elapsed / calls, calls };
}

batch(1000);
let best = Number.POSITIVE_INFINITY;
let calls = 0;
for (let i = 0; i < 5; i++) {
  const b = batch(500);
  best = Math.min(best, b.mean);
  calls += b.calls;
}
console.log(`ms=${best} calls=${calls}`);
