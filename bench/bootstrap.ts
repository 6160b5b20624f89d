/**
 * Percentile bootstrap over pages: how far a figure measured on a few dozen
 * pages could move on another draw of pages like them. The dev check splits
 * hold 20–250 pages, so a check figure 0.004 under a target may be noise or
 * not; this says which. Seeded, so two runs print the same interval.
 */

import { f1 } from './html-metrics.js';
import { prng } from './prng.js';

/** Draws resampled by default: enough for a stable 95 % interval at three decimals. */
const DRAWS = 2000;

/**
 * The 2.5th and 97.5th percentiles of `stat` over `draws` resamples (with
 * replacement, same size) of `items`; `[NaN, NaN]` for no items.
 */
export function interval<T>(
  items: readonly T[],
  stat: (sample: readonly T[]) => number,
  draws = DRAWS,
  seed = 1,
): [number, number] {
  if (items.length === 0) return [Number.NaN, Number.NaN];
  const next = prng(seed);
  const values: number[] = [];
  const sample: T[] = new Array<T>(items.length);
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < items.length; i++)
      sample[i] = items[Math.floor(next() * items.length)] as T;
    values.push(stat(sample));
  }
  values.sort((x, y) => x - y);
  const at = (q: number): number =>
    values[Math.min(draws - 1, Math.floor(q * draws))] ?? Number.NaN;
  return [at(0.025), at(0.975)];
}

/** Per-page precision and recall, scored as the F1 of their means (ScrapingHub's metric). */
export interface PagePR {
  p: number;
  r: number;
}

/** F1 of mean precision and mean recall. */
export function meanPrF1(pages: readonly PagePR[]): number {
  let p = 0;
  let r = 0;
  for (const x of pages) {
    p += x.p;
    r += x.r;
  }
  return pages.length === 0 ? 0 : f1(p / pages.length, r / pages.length);
}

/** Per-page counts, scored as the F1 of their sums (segments, days). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** F1 of summed true positives, false positives and false negatives. */
export function countsF1(pages: readonly PageCounts[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const x of pages) {
    tp += x.tp;
    fp += x.fp;
    fn += x.fn;
  }
  return f1(tp / Math.max(1, tp + fp), tp / Math.max(1, tp + fn));
}

/** `  95 % interval …  [lo, hi]` for a report, or undefined when there is nothing to resample. */
export function intervalLabel(lo: number, hi: number): string | undefined {
  return Number.isNaN(lo) ? undefined : `[${lo.toFixed(3)}, ${hi.toFixed(3)}]`;
}
