/** Text front door: a dump's lines become blocks. */
import { isLineBreak, trimRange } from '../text/chars.js';
import type { Block } from './block.js';
import { type ColumnRun, columnRuns, MIN_COLUMN } from './columns.js';

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
 * When `input` may hold a code unit above Latin-1 (`wide`, the default), a
 * range holding none is copied one byte wide instead ({@link latinCopy}).
 */
export function ownCopy(input: string, s: number, e: number, wide = true): string {
  if (e - s < 2) return input.slice(s, e);
  if (wide) {
    const latin = latinCopy(input, s, e);
    if (latin !== undefined) return latin;
  }
  return [input.slice(s, s + 1), input.slice(s + 1, e)].join('');
}

/**
 * A code unit above Latin-1. A string holding one is stored two bytes a character in V8, and so is every slice and
 * copy of it (and its lower case), whatever the slice holds: one `’` or one Arabic word on a page makes every line
 * of it two bytes wide. The engine's searches, patterns, case maps and comparisons read one-byte strings faster
 * (the Chromium renders with their wider characters replaced parse about 13 % faster stored one byte wide than
 * the same text stored two bytes wide). A one-byte string is answered without a scan.
 */
const WIDE = /[\u0100-\uffff]/;

/**
 * Longest line copied one byte wide. Most recognisers turn a line over 200–300 characters down by its length, so a
 * paragraph is read by few of them: copying it costs more than its readers gain (the copy is a loop over its
 * characters, about 3 ns each; nine Latin-1 lines in ten are 80 characters or fewer).
 */
const LATIN_MAX = 200;
/** The copied code units, written here and read back by `String.fromCharCode` (as the fold's table does). */
const LATIN_BUFFER: number[] = new Array<number>(LATIN_MAX).fill(0);

/**
 * `input[s, e)` as a one-byte string when every code unit there is Latin-1 (a line of a page whose other lines hold
 * wider ones): `String.fromCharCode` of codes under 256 makes one. Undefined when one is wider, or the range longer
 * than {@link LATIN_MAX}. The same characters either way: only how the engine stores them changes.
 */
function latinCopy(input: string, s: number, e: number): string | undefined {
  const n = e - s;
  if (n > LATIN_MAX) return undefined;
  const codes = LATIN_BUFFER;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(s + i);
    if (c > 0xff) return undefined;
    codes[i] = c;
  }
  return String.fromCharCode.apply(null, codes.slice(0, n));
}

/** Collects the blocks of trimmed ranges of an input, counting the blank ranges before each. */
class BlockSink {
  readonly blocks: Block[] = [];
  /** Blank ranges since the last block. */
  blank = 0;
  /** Whether the input holds a code unit above Latin-1: then each block's Latin-1 text is copied one byte wide. */
  private readonly wide: boolean;
  constructor(private readonly input: string) {
    this.wide = WIDE.test(input);
  }

  /** Adds `input[from, to)`, trimmed, as a block, or counts it blank; returns where its text starts (`to` when blank). */
  push(from: number, to: number): number {
    const [s, e] = trimRange(this.input, from, to);
    if (s === e) {
      this.blank++;
      return to;
    }
    this.blocks.push({
      index: this.blocks.length,
      text: ownCopy(this.input, s, e, this.wide),
      start: s,
      end: e,
      verbatim: true,
      blankBefore: this.blank,
    });
    this.blank = 0;
    return s;
  }
}

/**
 * Lines with any non-space content become blocks; blank and NBSP-only lines are counted as gaps.
 * Lines printed as two layout columns side by side ({@link columnRuns}) are read column by column.
 */
export function textBlocks(input: string, lines: Line[] = splitLines(input)): Block[] {
  const sink = new BlockSink(input);
  // Whether a line opens with a right column's width of spaces: only then are columns looked for.
  let deep = false;
  for (const line of lines) {
    const s = sink.push(line.start, line.end);
    if (s < line.end && s - line.start >= MIN_COLUMN) deep = true;
  }
  const runs = deep ? columnRuns(input, lines) : [];
  return runs.length > 0 ? columnBlocks(input, lines, runs) : sink.blocks;
}

/**
 * {@link textBlocks} where some lines are printed as two columns: a run's left
 * column's blocks, then its right column's (a new block of text), so blocks
 * follow the reading order; their offsets then do not.
 */
function columnBlocks(input: string, lines: Line[], runs: ColumnRun[]): Block[] {
  const sink = new BlockSink(input);
  let next = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const run = runs[next];
    if (!line) continue;
    if (run?.first !== i) {
      sink.push(line.start, line.end);
      continue;
    }
    next++;
    for (let k = run.first; k <= run.last; k++) {
      const at = lines[k];
      if (at) sink.push(at.start, Math.min(at.end, at.start + run.column));
    }
    sink.blank = Math.max(sink.blank, 1);
    for (let k = run.first; k <= run.last; k++) {
      const at = lines[k];
      if (at && at.end > at.start + run.column) sink.push(at.start + run.column, at.end);
    }
    i = run.last;
  }
  return sink.blocks;
}
