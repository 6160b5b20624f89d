/**
 * A view of a text with each drop cap joined to its word. A magazine prints
 * an article's first letter large, floated beside the paragraph, and
 * Chromium's `innerText` prints it on a line of its own (`T` ⏎ `he morning I
 * arrived …`): the paragraph's first word is cut in two and the letter read as
 * a line of its own. A capital letter alone on its line over a long line that
 * opens in small letters is that letter and its word: the line break between
 * them is taken out. Offsets found in the view are taken back to the input by
 * {@link CutView.toInput}; the fields keep the view's text (`The morning…`).
 */
import { type CutView, takenOut } from './cut-map.js';

/**
 * The line break after a capital letter alone on its line (the text's first, or after a line break), under which
 * a line opens in small letters and runs on for 60 characters or more: a paragraph's, no list's entry (`A` ⏎ `abbey`).
 */
const DROP_CAP_BREAK = /(?<=(?:^|\n)\p{Lu})\r?\n(?=\p{Ll}[^\n]{59})/gu;

/**
 * A capital alone on a line inside the text, over a line opening in small letters: the gate of {@link DROP_CAP_BREAK}.
 * It opens on a line break, which a native search finds fast; a pattern opening on a lookbehind is tried at every
 * position (it cost a tenth of a parse).
 */
const LONE_CAPITAL_INSIDE = /\n\p{Lu}\r?\n\p{Ll}/u;
/** The same at the text's start. */
const LONE_CAPITAL_FIRST = /^\p{Lu}\r?\n\p{Ll}/u;

/** A text with its drop caps joined to their words ({@link CutView.text}), and the way back to the input's offsets. */
export type DropCapView = CutView;

/** `input` with its drop caps joined to their words, or undefined when it holds none. One pass. */
export function dropCapView(input: string): DropCapView | undefined {
  if (!LONE_CAPITAL_FIRST.test(input) && !LONE_CAPITAL_INSIDE.test(input)) return undefined;
  return takenOut(input, DROP_CAP_BREAK);
}
