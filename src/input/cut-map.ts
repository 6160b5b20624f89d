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

/** A text with some of its input's characters taken out, and the way back to the input's offsets. */
export interface CutView {
  /** The text, the matches taken out. */
  text: string;
  /** The input's offset of offset `at` of {@link CutView.text} (where some were taken out: before them, as a span's end). */
  toInput(at: number): number;
  /** The same, after them (as a span's start). */
  toInputAfter(at: number): number;
}

/** `input` without every match of `pattern` (global), or undefined when it matches nowhere. One pass. */
export function takenOut(input: string, pattern: RegExp): CutView | undefined {
  pattern.lastIndex = 0;
  let m = pattern.exec(input);
  if (m === null) return undefined;
  const pieces: string[] = [];
  const cuts: Cuts = { at: [], removed: [] };
  let from = 0;
  let length = 0;
  for (; m !== null; m = pattern.exec(input)) {
    pieces.push(input.slice(from, m.index));
    length += m.index - from;
    cuts.at.push(length);
    cuts.removed.push((cuts.removed[cuts.removed.length - 1] ?? 0) + m[0].length);
    from = m.index + m[0].length;
  }
  pieces.push(input.slice(from));
  return {
    text: pieces.join(''),
    toInput: (at: number): number => throughCuts(cuts, at, false),
    toInputAfter: (at: number): number => throughCuts(cuts, at, true),
  };
}

/** The mark of a character {@link withoutMarked} takes out. */
export const MARKED_OUT = 1;

/**
 * `input` without the characters `marks` marks {@link MARKED_OUT} (other values are the reader's own), or undefined
 * when it marks none. One pass: the view of a reader that decides character by character what to take out.
 */
export function withoutMarked(input: string, marks: Uint8Array): CutView | undefined {
  const pieces: string[] = [];
  const cuts: Cuts = { at: [], removed: [] };
  let from = 0;
  let length = 0;
  let removed = 0;
  for (let i = 0; i < input.length; ) {
    if (marks[i] !== MARKED_OUT) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < input.length && marks[end] === MARKED_OUT) end++;
    pieces.push(input.slice(from, i));
    length += i - from;
    removed += end - i;
    cuts.at.push(length);
    cuts.removed.push(removed);
    from = end;
    i = end;
  }
  if (removed === 0) return undefined;
  pieces.push(input.slice(from));
  return {
    text: pieces.join(''),
    toInput: (at: number): number => throughCuts(cuts, at, false),
    toInputAfter: (at: number): number => throughCuts(cuts, at, true),
  };
}
