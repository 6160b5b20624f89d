/**
 * A view of a text with each drop cap joined to its word. A magazine prints
 * an article's first letter large, floated beside the paragraph, and
 * Chromium's `innerText` prints it on a line of its own (`T` ⏎ `he morning I
 * arrived …`): the paragraph's first word is cut in two and the letter read as
 * a line of its own. A capital letter alone on its line over a long line that
 * opens in small letters is that letter and its word: the line break between
 * them is taken out. Offsets found in the view are taken back to the input by
 * {@link DropCapView.toInput}; the fields keep the view's text (`The morning…`).
 */
import { type Cuts, throughCuts } from './cut-map.js';

/**
 * The line break after a capital letter alone on its line (the text's first, or after a line break), under which
 * a line opens in small letters and runs on for 60 characters or more: a paragraph's, no list's entry (`A` ⏎ `abbey`).
 */
const DROP_CAP_BREAK = /(?<=(?:^|\n)\p{Lu})\r?\n(?=\p{Ll}[^\n]{59})/gu;

/** A text with its drop caps joined to their words. */
export interface DropCapView {
  /** The text, the line break after each drop cap taken out. */
  text: string;
  /** The input's offset of offset `at` of {@link DropCapView.text} (at a join: before the line break, as a span's end). */
  toInput(at: number): number;
  /** The same, after the line break (as a span's start). */
  toInputAfter(at: number): number;
}

/** `input` with its drop caps joined to their words, or undefined when it holds none. One pass. */
export function dropCapView(input: string): DropCapView | undefined {
  DROP_CAP_BREAK.lastIndex = 0;
  let m = DROP_CAP_BREAK.exec(input);
  if (m === null) return undefined;
  const pieces: string[] = [];
  const cuts: Cuts = { at: [], removed: [] };
  let from = 0;
  let length = 0;
  for (; m !== null; m = DROP_CAP_BREAK.exec(input)) {
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
