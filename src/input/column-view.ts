/**
 * A text printed as wrapped layout columns side by side (elinks, links2, w3m at
 * their usual width: a story beside a menu or a sidebar, {@link wrappedColumnRuns})
 * read one column after the other: each printed line is cut at the column, and
 * the view writes a run's left column's lines, a blank line, then its right
 * column's. Each line of the view is a slice of the input, so every offset of
 * the view has one in the input ({@link ColumnView.toInput}). A column may
 * hold columns of its own (a menu, the story, a sidebar): the columns found
 * are read again once. Each column is then read for its wrap on its own (its
 * width is the cell's, not the page's), and the text around the columns too.
 */

import { isSpace } from '../text/chars.js';
import { type Line, splitLines } from './text-blocks.js';
import { linkListStart, type Unwrapped, unwrap } from './wrapped.js';
import { holdsInnerGaps, wrappedColumnRuns } from './wrapped-columns.js';

/** A line of the view: a slice of the input, and the part of the page it belongs to (the text around the columns, one column). */
interface ViewLine extends Line {
  part: number;
}

/** A text read column by column, the wrap read in each column, and the way back to the input's offsets. */
export interface ColumnView {
  /** The columns' lines written one column after the other, each line a slice of the input. */
  text: string;
  /** {@link ColumnView.text} with each column's wrapped lines joined (same length), when some are. */
  unwrapped: Unwrapped | undefined;
  /** The input's offset of offset `at` of {@link ColumnView.text}. */
  toInput(at: number): number;
}

/** Times the columns found are read for columns of their own (three columns side by side). */
const PASSES = 2;

/** Where the text of `input[start, end)` ends, spaces after it left out. */
function trimmedEnd(input: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(input.charCodeAt(e - 1))) e--;
  return e;
}

/** The view's lines with each run of wrapped columns of each part cut into its columns; `undefined` when none is found. */
function splitColumns(
  input: string,
  view: ViewLine[],
  parts: { next: number },
): ViewLine[] | undefined {
  const out: ViewLine[] = [];
  let split = false;
  for (let a = 0; a < view.length; ) {
    const part = view[a]?.part ?? 0;
    let b = a;
    while (b + 1 < view.length && view[b + 1]?.part === part) b++;
    const group = view.slice(a, b + 1);
    a = b + 1;
    const runs = wrappedColumnRuns(input, group, linkListStart(input, group));
    if (runs.length === 0) {
      out.push(...group);
      continue;
    }
    split = true;
    let k = 0;
    let around = part;
    for (const run of runs) {
      for (; k < run.first; k++) {
        const line = group[k];
        if (line) out.push({ start: line.start, end: line.end, part: around });
      }
      // The column holding more of the prose first: the story's headline leads what is read.
      const sides = run.proseRight ? [true, false] : [false, true];
      for (const right of sides) {
        const part = parts.next++;
        // A blank line between the columns.
        if (right !== sides[0]) {
          const top = group[run.first];
          const at = top ? Math.min(top.end, top.start + run.column) : 0;
          out.push({ start: at, end: at, part });
        }
        for (let n = run.first; n <= run.last; n++) {
          const line = group[n];
          if (!line) continue;
          const cut = Math.min(line.end, line.start + run.column);
          out.push(
            right
              ? { start: cut, end: line.end, part }
              : { start: line.start, end: trimmedEnd(input, line.start, cut), part },
          );
        }
      }
      k = run.last + 1;
      around = parts.next++;
    }
    for (; k < group.length; k++) {
      const line = group[k];
      if (line) out.push({ start: line.start, end: line.end, part: around });
    }
  }
  return split ? out : undefined;
}

/**
 * `input` read column by column where its lines print wrapped layout columns side by side; `undefined` when
 * they print none.
 */
export function columnView(input: string, lines: readonly Line[]): ColumnView | undefined {
  if (!holdsInnerGaps(input)) return undefined;
  let view: ViewLine[] | undefined = lines.map((l) => ({
    start: l.start,
    end: trimmedEnd(input, l.start, l.end),
    part: 0,
  }));
  const parts = { next: 1 };
  let found = false;
  for (let pass = 0; pass < PASSES && view; pass++) {
    const next = splitColumns(input, view, parts);
    if (!next) break;
    view = next;
    found = true;
  }
  if (!found || !view) return undefined;
  const read = view;
  const starts = new Int32Array(read.length);
  const pieces: string[] = [];
  let length = 0;
  for (let i = 0; i < read.length; i++) {
    const line = read[i];
    if (!line) continue;
    starts[i] = length;
    pieces.push(input.slice(line.start, line.end));
    length += line.end - line.start + 1;
  }
  const text = pieces.join('\n');
  // Each part (a column, the text around the columns) read for its own wrap.
  const joined: string[] = [];
  let width = 0;
  let joins = 0;
  for (let a = 0; a < read.length; ) {
    const part = read[a]?.part;
    let b = a;
    while (b + 1 < read.length && read[b + 1]?.part === part) b++;
    const from = starts[a] ?? 0;
    const to = (starts[b] ?? 0) + ((read[b]?.end ?? 0) - (read[b]?.start ?? 0));
    const own = text.slice(from, to);
    const wrapped = unwrap(own, splitLines(own));
    joined.push(wrapped?.view ?? own);
    if (wrapped) {
      width = Math.max(width, wrapped.width);
      joins += wrapped.joins;
    }
    a = b + 1;
  }
  const toInput = (at: number): number => {
    let lo = 0;
    let hi = read.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const line = read[lo];
    if (!line) return at;
    return line.start + Math.min(at - (starts[lo] ?? 0), line.end - line.start);
  };
  return {
    text,
    unwrapped: joins > 0 ? { view: joined.join('\n'), width, joins } : undefined,
    toInput,
  };
}
