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
import { type CutView, takenOut } from './cut-map.js';

/** A run of invisible characters. */
const INVISIBLE_RUN = /[\u00ad\u200b\u2060\ufeff]+/g;

/** A text without its invisible characters ({@link CutView.text}), and the way back to the input's offsets. */
export type VisibleView = CutView;

/** `input` without its invisible characters, or undefined when it holds none. One pass. */
export function visibleView(input: string): VisibleView | undefined {
  return hasInvisibles(input) ? takenOut(input, INVISIBLE_RUN) : undefined;
}
