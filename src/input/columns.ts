/**
 * Recogniser: two layout columns printed side by side, as w3m prints a page
 * laid out in a table (the article on the left, a sidebar from a fixed column
 * on the right): `<paragraph>    <sidebar headline>`, or the sidebar's line
 * alone after the left column's width of spaces. Read line by line, the two
 * columns interleave; read as two columns, each keeps its order. Found by
 * shape: lines whose text starts at one column after that many spaces, lines
 * with text on both sides of it (a gap of two spaces or more before it), whole
 * paragraphs in a column (a table's cells are labels and values), and no row
 * left blank on both sides (a table's rows stand apart, a sidebar fills the
 * article's paragraph breaks). The mirror layout too: a menu column on the
 * left, shorter than the article on its right, whose paragraph breaks show
 * blank above and below the menu; or a menu beside the whole article. A menu
 * is narrow and holds one cell a row (a data table's rows hold several).
 */

import { isSpace, trimRange } from '../text/chars.js';
import type { Line } from './text-blocks.js';

/** Lines `first` to `last` (inclusive) printed as two columns, the right one from `column` (code units from each line's start). */
export interface ColumnRun {
  first: number;
  last: number;
  column: number;
  /** Wrapped columns: whether the right column holds more of the prose (it is read first). */
  proseRight?: boolean;
}

/** Fewest spaces before a right column: less is a list's or a quotation's indent. */
export const MIN_COLUMN = 20;
/** Length from which a column's line is a paragraph printed whole. */
const PROSE_LINE = 120;
/** Most lines one try reads on each side of the line it starts from (keeps the search linear). */
const MAX_REACH = 400;

/** How a line sits against a right column: text crossing it (no two columns there), left of it only, right of it only (`ALONE` when starting at it), on both sides. */
const NONE = 0;
const LEFT = 1;
const ALONE = 2;
const RIGHT = 3;
const BESIDE = 4;

/**
 * The runs of lines printed as two columns side by side, in order, none
 * overlapping; each run starts on a line holding text in its right column.
 * Linear: each try reads at most {@link MAX_REACH} lines each way.
 */
export function columnRuns(input: string, lines: readonly Line[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  const n = lines.length;
  // Each line's first non-space column (-1: blank; -2: not measured yet) and the offset after its last one.
  let indents: Int32Array | undefined;
  let ends: Int32Array | undefined;
  const indentOf = (k: number): number => {
    if (!indents || !ends) {
      indents = new Int32Array(n).fill(-2);
      ends = new Int32Array(n);
    }
    const known = indents[k] ?? -1;
    const line = lines[k];
    if (known !== -2 || !line) return known;
    const [s, e] = trimRange(input, line.start, line.end);
    const indent = s === e ? -1 : s - line.start;
    indents[k] = indent;
    ends[k] = e;
    return indent;
  };
  const fitOf = (k: number, c: number): number => {
    const indent = indentOf(k);
    const at = (lines[k]?.start ?? 0) + c;
    if (indent < 0 || (ends?.[k] ?? 0) <= at) return LEFT;
    if (indent >= c) return indent === c ? ALONE : RIGHT;
    // Two spaces at least before the column: one space is a word break inside a sentence.
    if (!isSpace(input.charCodeAt(at - 1)) || !isSpace(input.charCodeAt(at - 2))) return NONE;
    return isSpace(input.charCodeAt(at)) ? RIGHT : BESIDE;
  };
  // The longer of a line's two parts, each trimmed: a paragraph in either column.
  const longest = (k: number, c: number): number => {
    const line = lines[k];
    const indent = indentOf(k);
    if (!line || indent < 0) return 0;
    const end = ends?.[k] ?? 0;
    const at = Math.min(end, line.start + Math.max(c, indent));
    const [ls, le] = trimRange(input, line.start, at);
    const [rs, re] = trimRange(input, at, end);
    return Math.max(le - ls, re - rs);
  };
  // Whether a left-column line from lo to hi holds two cells (text, two spaces, text): a data table's row.
  const cellsLeft = (lo: number, hi: number, c: number): boolean => {
    for (let k = lo; k <= hi; k++) {
      const line = lines[k];
      if (!line || indentOf(k) < 0) continue;
      const [ls, le] = trimRange(input, line.start, Math.min(ends?.[k] ?? 0, line.start + c));
      for (let j = ls + 1; j < le; j++)
        if (isSpace(input.charCodeAt(j)) && isSpace(input.charCodeAt(j - 1))) return true;
    }
    return false;
  };
  // Lines before `floor` belong to a run found, or were read by a try already.
  let floor = 0;
  let tried = -1;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    // Only a line opening with a column's width of spaces is measured.
    if (!line || line.end - line.start <= MIN_COLUMN) continue;
    if (
      input.charCodeAt(line.start) !== 0x20 ||
      input.charCodeAt(line.start + MIN_COLUMN - 1) !== 0x20
    )
      continue;
    const c = indentOf(i);
    if (c < MIN_COLUMN || (c === tried && i < floor)) continue;
    let first = i;
    while (first > floor && i - first < MAX_REACH && fitOf(first - 1, c) !== NONE) first--;
    let last = i;
    while (last + 1 < n && last - i < MAX_REACH && fitOf(last + 1, c) !== NONE) last++;
    let alone = 0;
    let beside = 0;
    // First and last lines with text in the right column.
    let lo = -1;
    let hi = -1;
    // Lines blank on both sides, from lo to hi, with left-column text above and below: out of the left column's
    // reach (a menu shorter than the article), the right column's paragraph breaks show alone and do not count.
    let blank = 0;
    let blankAtHi = 0;
    let pending = 0;
    let pendingAtHi = 0;
    // All lines blank on both sides from lo to hi.
    let blankAll = 0;
    let blankAllAtHi = 0;
    let leftSeen = false;
    // Rows between lo and hi holding text in the left column only.
    let leftOnly = 0;
    let leftOnlyAtHi = 0;
    for (let k = first; k <= last; k++) {
      const fit = fitOf(k, c);
      if (indentOf(k) < 0) {
        if (lo >= 0) {
          pending++;
          blankAll++;
        }
        continue;
      }
      if (fit === ALONE) alone++;
      else if (fit === BESIDE) beside++;
      if (fit === BESIDE || fit === LEFT) {
        if (leftSeen) blank += pending;
        pending = 0;
        leftSeen = true;
      }
      if (fit === LEFT) {
        if (lo >= 0) leftOnly++;
        continue;
      }
      if (lo < 0) lo = k;
      hi = k;
      blankAtHi = blank;
      blankAllAtHi = blankAll;
      pendingAtHi = leftSeen ? pending : 0;
      leftOnlyAtHi = leftOnly;
    }
    // The rows of the same table under the right column's last line: w3m pads each to the table's width.
    while (hi >= 0 && hi + 1 < n && hi - i < MAX_REACH) {
      const below = lines[hi + 1];
      if (!below || below.end - below.start < c || fitOf(hi + 1, c) === NONE) break;
      hi++;
      // The left column goes on in the table under the right one's end: the breaks above that end count.
      const indent = indentOf(hi);
      if (indent >= 0 && indent < c) {
        blankAtHi += pendingAtHi;
        pendingAtHi = 0;
      }
    }
    tried = c;
    floor = Math.max(floor, last + 1);
    if (beside < 2 || lo < 0 || blankAtHi * 10 >= hi - lo) continue;
    // Breaks let off out of the left column's reach, or few right-column lines alone (a menu beside the whole
    // article): the columns must stand apart on two rows at least, and the left one be a menu, narrower than a
    // paragraph's line, one cell a row.
    const menu = blankAllAtHi * 10 >= hi - lo || alone < 3;
    if (menu && (c >= PROSE_LINE || alone + leftOnlyAtHi < 2 || cellsLeft(lo, hi, c))) continue;
    // Read last, for it reads the lines' text: two paragraphs in a column.
    let prose = 0;
    for (let k = lo; k <= hi && prose < 2; k++) if (longest(k, c) >= PROSE_LINE) prose++;
    if (prose === 2) {
      runs.push({ first: lo, last: hi, column: c });
      floor = hi + 1;
      i = hi;
    }
  }
  return runs;
}
