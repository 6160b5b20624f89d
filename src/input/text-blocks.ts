/** Text front door: a dump's lines become blocks. */
import { isLineBreak, trimRange } from '../text/chars.js';
import type { Block } from './block.js';

/** A raw line of the input: `[start, end)` excludes the line break. */
export interface Line {
  start: number;
  end: number;
}

/** Splits `input` into lines (LF, CRLF, CR, U+2028, U+2029), in one pass. */
export function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  // The common case, LF only: native searches instead of a loop over every character
  // (three single-character searches scan faster than one character-class pattern).
  if (!input.includes('\r') && !input.includes('\u2028') && !input.includes('\u2029')) {
    let start = 0;
    for (let nl = input.indexOf('\n'); nl >= 0; nl = input.indexOf('\n', start)) {
      lines.push({ start, end: nl });
      start = nl + 1;
    }
    lines.push({ start, end: input.length });
    return lines;
  }
  let start = 0;
  const n = input.length;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (!isLineBreak(c)) continue;
    lines.push({ start, end: i });
    if (c === 0x0d && input.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  lines.push({ start, end: n });
  return lines;
}

/**
 * `input.slice(s, e)` as a string of its own. A slice of 13 characters or
 * more is a view into the input in V8 (a "sliced" string), a shorter one a
 * copy: block texts of both kinds, folds (copies) and the recognisers' string
 * literals reach the same functions, and a property read (`text.length`,
 * `text.charCodeAt`) that sees more than four kinds of string is looked up
 * generically on each call. Joined from two pieces, every text is a copy:
 * about 3 % faster on the textified pages (one copy per block, linear).
 */
export function ownCopy(input: string, s: number, e: number): string {
  if (e - s < 2) return input.slice(s, e);
  return [input.slice(s, s + 1), input.slice(s + 1, e)].join('');
}

/** Lines with any non-space content become blocks; blank and NBSP-only lines are counted as gaps. */
export function textBlocks(input: string, lines: Line[] = splitLines(input)): Block[] {
  const blocks: Block[] = [];
  let blank = 0;
  for (const line of lines) {
    const [s, e] = trimRange(input, line.start, line.end);
    if (s === e) {
      blank++;
      continue;
    }
    blocks.push({
      index: blocks.length,
      text: ownCopy(input, s, e),
      start: s,
      end: e,
      verbatim: true,
      blankBefore: blank,
    });
    blank = 0;
  }
  return blocks;
}
