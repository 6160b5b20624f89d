/**
 * A data table's row (standings, results, prices, a timetable) read as one
 * line, as a browser shows it and as a crawler's text dump stores it: the
 * cells of a `<tr>` that are each one short run of text are joined by a space
 * into one block, its span from the first cell's text to the last's. Read cell
 * by cell, such a table comes out as dozens of fragments, and the one-digit
 * cells (`0`, `5`) fall out of the body as too short to be text.
 */
import { at, type HtmlElements } from './elements.js';
import type { HtmlBlock } from './walk.js';

/** Longest cell text of a data row: a number, a name, a label, a line describing the entry (a player's stats). A longer cell is a text of its own (a layout table's column). */
const CELL_MAX = 200;

/** Whether block `b` is the text of a cell right inside row `row` (no element of its own inside the cell). */
function isCellOf(b: HtmlBlock, row: number, elements: HtmlElements): boolean {
  const tag = elements.tag(b.owner);
  return (tag === 'td' || tag === 'th') && at(elements.parent, b.owner) === row;
}

/**
 * When block `i` opens a data row (a `<tr>` of two short cells or more, each
 * one block), the index past the row's last block; otherwise -1. Reads the
 * row's blocks once; a row that is not one is never read again from a later
 * block (only its first block opens it).
 */
export function dataRowEnd(
  blocks: readonly HtmlBlock[],
  i: number,
  elements: HtmlElements,
): number {
  const first = blocks[i];
  if (!first) return -1;
  const row = at(elements.parent, first.owner);
  if (row < 0 || elements.tag(row) !== 'tr' || at(elements.firstBlock, row) !== i) return -1;
  if (!isCellOf(first, row, elements)) return -1;
  const end = Math.min(at(elements.endBlock, row), blocks.length);
  if (end - i < 2) return -1;
  for (let j = i; j < end; j++) {
    const b = blocks[j];
    if (!b || b.text.length > CELL_MAX || !isCellOf(b, row, elements)) return -1;
  }
  return end;
}

/** The blocks `from` to `to` (one data row) as one block: texts joined by a space, counts summed, the flags all cells share. */
export function joinedRow(
  blocks: readonly HtmlBlock[],
  from: number,
  to: number,
): HtmlBlock | undefined {
  const first = blocks[from];
  const last = blocks[to - 1];
  if (!first || !last) return undefined;
  const texts: string[] = [];
  let linkChars = 0;
  let links = 0;
  let commas = 0;
  let flags = first.flags;
  for (let j = from; j < to; j++) {
    const b = blocks[j];
    if (!b) continue;
    texts.push(b.text);
    linkChars += b.linkChars;
    links += b.links;
    commas += b.commas;
    flags &= b.flags;
  }
  const { lead: _lead, href: _href, ...rest } = first;
  return { ...rest, text: texts.join(' '), end: last.end, linkChars, links, commas, flags };
}
