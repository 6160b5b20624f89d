/**
 * Headings drawn by framing their text with a run of one mark on each side
 * (`****** Title ******`, html2text's; `== Section ==`, a wiki's;
 * `## Notes ##`, a closed Markdown heading; hand-made plain text too). The
 * frame is no part of the heading: a same-length view blanks it, so that the
 * line's block is the heading's own text and its span the text's.
 */

import { holdsLetter } from '../text/chars.js';

/** The marks a heading's frame is drawn with, each repeated on both sides the same number of times. */
const FRAME_MARKS: ReadonlySet<number> = new Set([
  0x2a, // *
  0x3d, // =
  0x23, // #
]);
/** Fewest marks on each side: one mark alone is a bullet or an emphasis, not a frame. */
const MIN_MARKS = 2;

/** Whether `c` is a space or a tab. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * Where the frame of the line `input[start, end)` stands, as `[open, textStart, textEnd, close]`: `open` where
 * its opening run starts, `close` where its closing run ends. Undefined when the line is no framed heading: the
 * same mark at least twice on each side, as many times, a space between each run and the text, a letter
 * inside.
 */
export function headingFrame(
  input: string,
  start: number,
  end: number,
): [number, number, number, number] | undefined {
  let s = start;
  while (s < end && isBlank(input.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isBlank(input.charCodeAt(e - 1))) e--;
  const mark = input.charCodeAt(s);
  if (!FRAME_MARKS.has(mark) || input.charCodeAt(e - 1) !== mark) return undefined;
  let a = s;
  while (a < e && input.charCodeAt(a) === mark) a++;
  let b = e;
  while (b > a && input.charCodeAt(b - 1) === mark) b--;
  const opening = a - s;
  if (opening < MIN_MARKS || opening !== e - b || b - a < 3) return undefined;
  if (!isBlank(input.charCodeAt(a)) || !isBlank(input.charCodeAt(b - 1))) return undefined;
  let t = a;
  while (t < b && isBlank(input.charCodeAt(t))) t++;
  let u = b;
  while (u > t && isBlank(input.charCodeAt(u - 1))) u--;
  return holdsLetter(input.slice(t, u)) ? [s, t, u, e] : undefined;
}

/**
 * `input` with every framed heading's frame blanked (same length, same line breaks), or undefined when no line
 * holds one. Each line is read once from its first character.
 */
export function framedHeadingsView(input: string): string | undefined {
  let parts: string[] | undefined;
  let from = 0;
  let start = 0;
  while (start < input.length) {
    let end = input.indexOf('\n', start);
    if (end < 0) end = input.length;
    let s = start;
    while (s < end && isBlank(input.charCodeAt(s))) s++;
    const frame = FRAME_MARKS.has(input.charCodeAt(s))
      ? headingFrame(input, start, input.charCodeAt(end - 1) === 0x0d ? end - 1 : end)
      : undefined;
    if (frame) {
      const [open, textStart, textEnd, close] = frame;
      parts ??= [];
      parts.push(
        input.slice(from, open),
        ' '.repeat(textStart - open),
        input.slice(textStart, textEnd),
        ' '.repeat(close - textEnd),
      );
      from = close;
    }
    start = end + 1;
  }
  if (!parts) return undefined;
  parts.push(input.slice(from));
  return parts.join('');
}

/**
 * Whether `input[start, end)`, a paragraph's lines so far, is a whole framed heading (its frame closed on its last
 * line): a wrapper joins no line to it.
 */
export function closedFrame(input: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && isBlank(input.charCodeAt(e - 1))) e--;
  return FRAME_MARKS.has(input.charCodeAt(e - 1)) && headingFrame(input, start, e) !== undefined;
}
