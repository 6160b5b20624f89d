/**
 * Offsets of a view that took characters out of its input, taken back to the
 * input: the view records, at each place it took some out, its own offset and
 * how many it had taken out so far.
 */

/** Where a view took characters out, in its own offsets, and the running count taken out by then. */
export interface Cuts {
  /** The view's offset right after each place where characters were taken out, ascending. */
  at: number[];
  /** How many characters had been taken out in all, up to and including each place. */
  removed: number[];
}

/**
 * The input's offset of view offset `at`. `atCutIsAfter` tells which side an
 * offset equal to a cut stands on: after what was taken out (a composed
 * letter's end) or before it (a line's end before the padding taken out).
 * A binary search: logarithmic in the number of cuts.
 */
export function throughCuts(cuts: Cuts, at: number, atCutIsAfter: boolean): number {
  let lo = 0;
  let hi = cuts.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const cut = cuts.at[mid] ?? 0;
    if (cut < at || (atCutIsAfter && cut === at)) lo = mid + 1;
    else hi = mid;
  }
  return at + (lo === 0 ? 0 : (cuts.removed[lo - 1] ?? 0));
}
