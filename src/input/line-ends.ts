/**
 * Line ends with something before the break: CRLF (mail, files saved on
 * Windows) and spaces or tabs left at the end of a line (mail sent
 * `format=flowed`, archives padded to a fixed width). A hard-wrapped text is
 * read by the width of its lines and the spaces where its lines were joined,
 * so such a text is read with its line ends trimmed, and every offset found
 * there is taken back to the input by {@link TrimmedLineEnds.toInput}.
 */

import { throughCuts } from './cut-map.js';

/** A text with every line's trailing spaces, tabs and carriage return taken out. */
export interface TrimmedLineEnds {
  /** The text, each line ending with `\n` right after its last other character. */
  text: string;
  /** The input's offset of offset `at` of {@link TrimmedLineEnds.text} (`at` never inside what was taken out). */
  toInput(at: number): number;
}

/** Whether a line of `input` ends with a carriage return, a space or a tab before its break: three native searches. */
export function hasSpacedLineEnds(input: string): boolean {
  return input.includes('\r') || input.includes(' \n') || input.includes('\t\n');
}

/** A space or a tab. */
function isPad(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * `input` with each line's trailing spaces and tabs taken out and its break
 * written `\n` (CRLF and a lone CR alike), in one pass; the last line keeps
 * its trailing spaces (no break follows them).
 */
export function trimLineEnds(input: string): TrimmedLineEnds {
  const pieces: string[] = [];
  // Where text was taken out: at offset `cuts[k]` of the trimmed text, `removed[k]` characters in all so far.
  const cuts: number[] = [];
  const removed: number[] = [];
  let from = 0;
  let length = 0;
  let dropped = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    let e = i;
    while (e > from && isPad(input.charCodeAt(e - 1))) e--;
    const crlf = c === 0x0d && input.charCodeAt(i + 1) === 0x0a;
    // Taken out: the padding before the break, and the CR of a CRLF (a lone CR becomes the `\n`).
    const cut = i - e + (crlf ? 1 : 0);
    pieces.push(input.slice(from, e), '\n');
    length += e - from;
    if (cut > 0) {
      dropped += cut;
      cuts.push(length);
      removed.push(dropped);
    }
    length += 1;
    if (crlf) i++;
    from = i + 1;
  }
  pieces.push(input.slice(from));
  const text = pieces.join('');
  return {
    text,
    // A span's end at a cut is the text's end, before the padding.
    toInput: (at: number): number => throughCuts({ at: cuts, removed }, at, false),
  };
}
