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
const DROP_CAP_BREAK = /(?<=(?:^|\n)\p{Lu})\r?\n(?=\p{Ll}[^\r\n]{59})/gu;

/**
 * A capital alone on a line inside the text, over a line opening in small letters: the gate of {@link DROP_CAP_BREAK}.
 * It opens on a line break, which a native search finds fast; a pattern opening on a lookbehind is tried at every
 * position (it cost a tenth of a parse).
 */
const LONE_CAPITAL_INSIDE = /\n\p{Lu}\r?\n\p{Ll}/u;
/** The same at the text's start. */
const LONE_CAPITAL_FIRST = /^\p{Lu}\r?\n\p{Ll}/u;

/** A capital letter alone (one code point). */
const LONE_CAPITAL = /^\p{Lu}$/u;
/** A drop cap's line break at `lastIndex`, and under it a line opening in small letters, 60 characters or more. */
const DROP_CAP_TAIL = /\r?\n\p{Ll}[^\r\n]{59}/uy;

/**
 * Whether the line break at `at` is a drop cap's ({@link DROP_CAP_BREAK}'s terms, read at one place: `foldLineBreaks`
 * asks it of a field's slice): the line `text[from, at)` is one capital letter, at the text's start or right after a
 * line break, and the line under it opens in small letters and runs on for 60 characters or more.
 */
export function dropCapBreak(text: string, from: number, at: number): boolean {
  if (at - from < 1 || at - from > 2 || (from > 0 && text.charCodeAt(from - 1) !== 0x0a))
    return false;
  if (!LONE_CAPITAL.test(text.slice(from, at))) return false;
  DROP_CAP_TAIL.lastIndex = at;
  return DROP_CAP_TAIL.test(text);
}

/** A text with its drop caps joined to their words ({@link CutView.text}), and the way back to the input's offsets. */
export type DropCapView = CutView;

/** `input` with its drop caps joined to their words, or undefined when it holds none. One pass. */
export function dropCapView(input: string): DropCapView | undefined {
  if (!LONE_CAPITAL_FIRST.test(input) && !LONE_CAPITAL_INSIDE.test(input)) return undefined;
  return takenOut(input, DROP_CAP_BREAK);
}
