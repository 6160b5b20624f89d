/**
 * Recogniser: wrapped layout columns. A page laid out in a table as elinks, links2 or w3m print it at their usual
 * width, each cell's text wrapped to the cell (`<story line>  <sidebar line>`), the run shaped as `columns.ts`
 * gives w3m's unwrapped columns ({@link ColumnRun}). The gap before the right column may shrink to one space where
 * a left line fills its cell, so the column is found by the runs of two spaces or more that end at one offset,
 * then read where no line's text crosses it; what tells a layout table's columns from a data table, a list, a
 * verse or justified prose is read from the two columns' lines.
 */

import { holdsLetter, isSpace, trimRange } from '../text/chars.js';
import type { ColumnRun } from './columns.js';
import type { Line } from './text-blocks.js';

/** Fewest code units before a wrapped text's right column (a menu's narrowest entries beside it). */
const MIN_WRAPPED_COLUMN = 10;
/** Longest line of a wrapped text (as `wrapped.ts` reads one): a longer line is a paragraph printed whole. */
const MAX_WRAPPED_LINE = 160;
/** Fewest lines with text on both sides, and, among them, with a gap of two spaces or more (most of them). */
const MIN_BESIDE = 4;
const MIN_WIDE = 2;
/** Lines of the right column alone opening at it, when only {@link MIN_WIDE} lines are two spaces apart. */
const MIN_ALIGNED = 3;
/** Fewest lines with text on one side of the column only. */
const MIN_ALONE = 2;
/** Lines with text (either column) for each line beside the other column or opening at it, at most. */
const SIDE_BY_SIDE = 4;
/** Columns tried, those the most gaps end at first. */
const MAX_TRIES = 8;
/** Fewest words on a line of prose, and fewest such lines in the column that holds it. */
const PROSE_WORDS = 4;
const PROSE_LINES = 3;
/** Fewest lines of the prose's column going on with the sentence of the line over them. */
const MIN_WRAPS = 2;

/** How a line sits against a wrapped column: blank, left of it, from it on, on both sides (two spaces between or one), or across it. */
const W_BLANK = 0;
const W_LEFT = 1;
const W_RIGHT = 2;
const W_WIDE = 3;
const W_NARROW = 4;
const W_CROSS = 5;

/** How `line` sits against column `c` (code units from its start). */
function wrappedFit(input: string, line: Line, c: number): number {
  const [s, e] = trimRange(input, line.start, line.end);
  if (s === e) return W_BLANK;
  if (e - line.start > MAX_WRAPPED_LINE) return W_CROSS;
  const at = line.start + c;
  if (s >= at) return W_RIGHT;
  if (e < at) return W_LEFT;
  if (!isSpace(input.charCodeAt(at - 1))) return W_CROSS;
  const [, le] = trimRange(input, s, at);
  const [rs] = trimRange(input, at, e);
  return rs === e ? W_LEFT : rs - le >= 2 ? W_WIDE : W_NARROW;
}

/** Words in `input[s, e)`: runs of non-spaces. */
function wordsIn(input: string, s: number, e: number): number {
  let words = 0;
  let inWord = false;
  for (let k = s; k < e; k++) {
    const space = isSpace(input.charCodeAt(k));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether `input[s, e)` holds a digit outside square brackets (a renderer's link number `[12]` is none). */
function holdsFigure(input: string, s: number, e: number): boolean {
  let bracket = false;
  for (let k = s; k < e; k++) {
    const c = input.charCodeAt(k);
    if (c === 0x5b) bracket = true;
    else if (c === 0x5d) bracket = false;
    else if (!bracket && c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/** What one column of a run holds: its lines with text, those holding a figure, those of prose. */
interface ColumnCounts {
  lines: number;
  figures: number;
  prose: number;
  /** Lines holding a letter (a list's markers hold none). */
  worded: number;
  /** Lines opening with a list's bullet. */
  bullets: number;
  /** Runs of lines opening with a bullet in the column, and whether the line over the current one opens with one. */
  lists: number;
  listed: boolean;
  /** Lines going on with the sentence of the line over them in the column: wrapped prose. */
  wraps: number;
  /** Whether the column's line over the current one holds text and ends mid-sentence (no stop, four words or more in a script without case). */
  open: number;
}

/** A column's counts before any line is read. */
function emptyCounts(): ColumnCounts {
  return {
    lines: 0,
    figures: 0,
    prose: 0,
    worded: 0,
    bullets: 0,
    lists: 0,
    listed: false,
    wraps: 0,
    open: 0,
  };
}

function countColumn(input: string, s: number, e: number, to: ColumnCounts): void {
  const [ts, te] = trimRange(input, s, e);
  const was = to.open;
  to.open = 0;
  const listed = to.listed;
  to.listed = false;
  if (ts === te) return;
  to.lines++;
  if (holdsFigure(input, ts, te)) to.figures++;
  const words = wordsIn(input, ts, te);
  if (words >= PROSE_WORDS) to.prose++;
  const first = input.charAt(ts);
  if (holdsLetter(input.slice(ts, te))) to.worded++;
  if (BULLETS.includes(first) && te > ts + 1 && isSpace(input.charCodeAt(ts + 1))) {
    to.bullets++;
    to.listed = true;
    if (!listed) to.lists++;
  }
  // A line opening in small letters under one ending mid-sentence; in a script without case, under a long one.
  const lower = first !== first.toUpperCase();
  const caseless =
    first === first.toUpperCase() && first === first.toLowerCase() && holdsLetter(first);
  if ((was === 1 && lower) || (was === 2 && (lower || caseless))) to.wraps++;
  if (!STOPS.includes(input.charAt(te - 1))) to.open = words >= PROSE_WORDS ? 2 : 1;
}

/** A list's bullets, as text browsers print them. */
const BULLETS = '•*-+·◦▪o';

/** Marks closing a line that ends a sentence or a label. */
const STOPS = '.!?:;…؟。';

/** Whether column `side` is a list (two lines in three open with a bullet) as long as column `other` or longer, or in three lists or more. */
function listed(side: ColumnCounts, other: ColumnCounts): boolean {
  return (
    side.bullets * 3 >= side.lines * 2 && (side.lines >= other.lines || side.lists >= LIST_GROUPS)
  );
}

/** Lists in a column that make it a table's values. */
const LIST_GROUPS = 3;

/** A column holds values when one line in this many, or more, holds a figure. */
const VALUES = 2;

/**
 * Whether the lines beside the column end at one offset, most of them: justified prose, whose spaces widened
 * where words fell (a wrapped column's lines stop where their words do).
 */
function justified(
  input: string,
  lines: readonly Line[],
  lo: number,
  hi: number,
  c: number,
  beside: number,
): boolean {
  const ends = new Int32Array(MAX_WRAPPED_LINE + 2);
  let most = 0;
  for (let k = lo; k <= hi; k++) {
    const line = lines[k];
    if (!line) continue;
    const fit = wrappedFit(input, line, c);
    if (fit !== W_WIDE && fit !== W_NARROW) continue;
    const end = Math.min(
      trimRange(input, line.start, line.end)[1] - line.start,
      MAX_WRAPPED_LINE + 1,
    );
    ends[end] = (ends[end] ?? 0) + 1;
    most = Math.max(most, ends[end] ?? 0);
  }
  return most * 3 >= beside * 2;
}

/**
 * Whether lines `lo` to `hi` split at `c` read as a layout table's columns: text on both sides of the column on
 * four lines at least, two spaces apart on half of them at least; a column of prose (lines of four words or
 * more); and no column of values (a data table's cells hold figures on half their lines). Undefined when they do
 * not; else whether the right column holds more lines of prose.
 */
function layoutColumns(
  input: string,
  lines: readonly Line[],
  lo: number,
  hi: number,
  c: number,
): boolean | undefined {
  let wide = 0;
  let narrow = 0;
  // Lines of the right column alone that open at the column: a cell's text under the rows beside the other.
  let aligned = 0;
  // Lines with text on one side only: columns that flow apart leave some (a table's rows hold a cell on each side).
  let alone = 0;
  const left = emptyCounts();
  const right = emptyCounts();
  for (let k = lo; k <= hi; k++) {
    const line = lines[k];
    if (!line) continue;
    const fit = wrappedFit(input, line, c);
    if (fit === W_WIDE) wide++;
    else if (fit === W_NARROW) narrow++;
    else if (fit === W_RIGHT && !isSpace(input.charCodeAt(line.start + c))) aligned++;
    if (fit === W_LEFT || fit === W_RIGHT) alone++;
    const at = Math.min(line.end, line.start + c);
    countColumn(input, line.start, at, left);
    countColumn(input, at, line.end, right);
  }
  // One space before the column is any line's word break: the lines two spaces apart tell, or fewer of them over
  // a column of lines opening at it.
  if (wide < MIN_WIDE || wide + narrow < MIN_BESIDE || wide < narrow) return undefined;
  if (wide < MIN_WIDE + 1 && aligned < MIN_ALIGNED) return undefined;
  if (alone < MIN_ALONE) return undefined;
  if (left.worded < 2 || right.worded < 2) return undefined;
  // The columns stand side by side over a fair share of the run (code printed with deep indents has few such lines).
  const beside = wide + narrow;
  if ((beside + aligned) * SIDE_BY_SIDE < left.lines + right.lines - beside) return undefined;
  // A column of prose wrapped to its cell (a data table's cells hold whole sentences, one a line, or values).
  const proseIn = (side: ColumnCounts) => side.prose >= PROSE_LINES && side.wraps >= MIN_WRAPS;
  if (!proseIn(left) && !proseIn(right)) return undefined;
  if (left.figures * VALUES >= left.lines || right.figures * VALUES >= right.lines)
    return undefined;
  if (justified(input, lines, lo, hi, c, beside)) return undefined;
  // A column of list items as long as the other or longer, or parted in groups: each row's values (a menu
  // beside a story is one list, and shorter).
  if (listed(left, right) || listed(right, left)) return undefined;
  return right.wraps > left.wraps;
}

/** How many lines hold the end of a gap of two spaces or more (text before it) at each offset from their start. */
function gapEnds(input: string, lines: readonly Line[]): Int32Array {
  const counts = new Int32Array(MAX_WRAPPED_LINE + 1);
  for (const line of lines) {
    if (line.end - line.start > MAX_WRAPPED_LINE) continue;
    const [s, e] = trimRange(input, line.start, line.end);
    for (let k = s + 3; k < e; k++)
      if (
        input.charCodeAt(k - 1) === 0x20 &&
        input.charCodeAt(k - 2) === 0x20 &&
        input.charCodeAt(k) !== 0x20 &&
        k - line.start >= MIN_WRAPPED_COLUMN
      )
        counts[k - line.start] = (counts[k - line.start] ?? 0) + 1;
  }
  return counts;
}

/**
 * Whether {@link MIN_WIDE} lines or more hold two spaces or more between text (text before them on the line and
 * after them): the gap {@link wrappedColumnRuns} needs on that many lines at one column, so without them there is
 * no run. Most texts hold none: the gate spares them the column reader's per-line work. Native searches; a line is
 * read back at most once for each of its leading and trailing runs of spaces, which never count.
 */
export function holdsInnerGaps(input: string): boolean {
  let found = 0;
  let from = 0;
  for (let at = input.indexOf('  ', from); at !== -1; at = input.indexOf('  ', from)) {
    let s = input.lastIndexOf('\n', at) + 1;
    while (s < at && input.charCodeAt(s) === 0x20) s++;
    let e = at;
    while (input.charCodeAt(e) === 0x20) e++;
    const c = input.charCodeAt(e);
    if (s < at && e < input.length && c !== 0x0a && c !== 0x0d) {
      if (++found >= MIN_WIDE) return true;
      const next = input.indexOf('\n', e);
      if (next === -1) return false;
      from = next + 1;
    } else from = e;
  }
  return false;
}

/**
 * The runs of `lines` printed as wrapped layout columns side by side, in order, none overlapping. A run opens on
 * its first line with text from the column on and ends where a line's text crosses the column, or where the left
 * column's text goes on no more (a line printed left of its margin, or line `end` on: the renderer's list of
 * links). Linear: at most
 * {@link MAX_TRIES} columns are tried, each in one walk over the lines.
 */
export function wrappedColumnRuns(
  input: string,
  lines: readonly Line[],
  end = lines.length,
): ColumnRun[] {
  const counts = gapEnds(input, lines);
  const tries: number[] = [];
  for (let c = MIN_WRAPPED_COLUMN; c <= MAX_WRAPPED_LINE; c++)
    if ((counts[c] ?? 0) >= MIN_WIDE) tries.push(c);
  if (tries.length === 0) return [];
  tries.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a - b);
  const taken = new Uint8Array(lines.length);
  const runs: ColumnRun[] = [];
  for (const c of tries.slice(0, MAX_TRIES)) {
    let k = 0;
    while (k < end) {
      // A stretch of lines none crossing the column, from its first line with text right of it.
      let lo = k;
      while (lo < end && !taken[lo] && !rightText(input, lines, lo, c)) lo++;
      if (lo >= end) break;
      if (taken[lo]) {
        k = lo + 1;
        continue;
      }
      // The stretch's last line with text right of the column, and the left column's margin up to it.
      let last = lo;
      let leftMargin = indentAt(input, lines[lo], c);
      let margin = leftMargin;
      let m = lo + 1;
      // The first line one space apart from the column, not right under a line of the column, since the last line
      // surely beside it (or alone in it); and whether the line over the current one holds the column's text.
      let loose = -1;
      let under = true;
      for (; m < end && !taken[m]; m++) {
        const line = lines[m];
        const fit = line ? wrappedFit(input, line, c) : W_CROSS;
        if (fit === W_CROSS) break;
        const over = under;
        under = false;
        if (fit === W_BLANK) continue;
        if (fit !== W_RIGHT) leftMargin = Math.min(leftMargin, indentAt(input, line, c));
        if (fit === W_LEFT) continue;
        if (fit === W_NARROW && !over) {
          if (loose < 0) loose = m;
          continue;
        }
        under = true;
        if (fit !== W_NARROW) loose = -1;
        last = m;
        margin = leftMargin;
      }
      // Lines one space apart past the last sure one are full lines whose space fell there: the stretch ends.
      if (loose >= 0) m = loose;
      // Past it, the left column goes on at its margin or deeper.
      let hi = last;
      for (let n = last + 1; n < m; n++) {
        const line = lines[n];
        if (!line || (wrappedFit(input, line, c) !== W_BLANK && indentAt(input, line, c) < margin))
          break;
        if (wrappedFit(input, line, c) !== W_BLANK) hi = n;
      }
      k = hi + 1;
      const proseRight = layoutColumns(input, lines, lo, hi, c);
      if (proseRight !== undefined) {
        runs.push(
          proseRight
            ? { first: lo, last: hi, column: c, proseRight }
            : { first: lo, last: hi, column: c },
        );
        taken.fill(1, lo, hi + 1);
      }
    }
  }
  return runs.sort((a, b) => a.first - b.first);
}

/** Whether line `k` holds text from column `c` on and none across it. */
function rightText(input: string, lines: readonly Line[], k: number, c: number): boolean {
  const line = lines[k];
  if (!line) return false;
  const fit = wrappedFit(input, line, c);
  return fit === W_RIGHT || fit === W_WIDE || fit === W_NARROW;
}

/** The line's left column's indent (the column's width when it holds nothing there). */
function indentAt(input: string, line: Line | undefined, c: number): number {
  if (!line) return c;
  const [s] = trimRange(input, line.start, Math.min(line.end, line.start + c));
  return s - line.start;
}
