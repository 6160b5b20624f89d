/**
 * A view of a text without its invisible characters (soft hyphens, zero-width
 * spaces, word joiners, byte-order marks inside the text: `text/invisibles.ts`),
 * which a browser's copy keeps from a page's `&shy;` and `&#8203;`: inside a
 * word they hide it from every table and pattern (`Photo&shy;graph`,
 * `Pub&shy;lié le`). Offsets found in the view are taken back to the input by
 * {@link VisibleView.toInput}; the fields keep the view's text, without them,
 * as the HTML path gives them.
 */
import { hasInvisibles } from '../text/invisibles.js';
import { type Cuts, throughCuts } from './cut-map.js';

/** A run of invisible characters. */
const INVISIBLE_RUN = /[\u00ad\u200b\u2060\ufeff]+/g;

/** A text without its invisible characters. */
export interface VisibleView {
  /** The text, every invisible character taken out. */
  text: string;
  /** The input's offset of offset `at` of {@link VisibleView.text} (an offset where some were taken out: before them, as a span's end). */
  toInput(at: number): number;
  /** The same, after them (as a span's start: a byte-order mark opening the text is no part of its first field). */
  toInputAfter(at: number): number;
}

/** `input` without its invisible characters, or undefined when it holds none. One pass. */
export function visibleView(input: string): VisibleView | undefined {
  if (!hasInvisibles(input)) return undefined;
  const pieces: string[] = [];
  const cuts: Cuts = { at: [], removed: [] };
  let from = 0;
  let length = 0;
  INVISIBLE_RUN.lastIndex = 0;
  for (let m = INVISIBLE_RUN.exec(input); m !== null; m = INVISIBLE_RUN.exec(input)) {
    pieces.push(input.slice(from, m.index));
    length += m.index - from;
    cuts.at.push(length);
    cuts.removed.push((cuts.removed[cuts.removed.length - 1] ?? 0) + m[0].length);
    from = m.index + m[0].length;
  }
  pieces.push(input.slice(from));
  return {
    text: pieces.join(''),
    // A span's end where invisible characters were taken out ends before them.
    toInput: (at: number): number => throughCuts(cuts, at, false),
    toInputAfter: (at: number): number => throughCuts(cuts, at, true),
  };
}
