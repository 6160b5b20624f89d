/**
 * The cells of a layout table's row as w3m prints them side by side, each
 * padded to its column's width (`[photo]          See more          03/05/2022`):
 * the pieces of text between runs of ten spaces or more. One pass, no pattern.
 */

/** Spaces in a row that part two cells (as `paddedGaps` in `text/chars.ts` counts them). */
const CELL_PAD = 10;

/** The cells of `text`, trimmed, in order; a line with no such run is one cell. */
export function rowCells(text: string): string[] {
  const cells: string[] = [];
  let start = -1;
  let end = -1;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20) {
      run++;
      continue;
    }
    if (start < 0) start = i;
    else if (run >= CELL_PAD) {
      cells.push(text.slice(start, end));
      start = i;
    }
    end = i + 1;
    run = 0;
  }
  if (start >= 0) cells.push(text.slice(start, end));
  return cells;
}
