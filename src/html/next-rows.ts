/**
 * The rows of a page builder after the article's first one: WordPress page
 * builders and grid themes set an article's sections in boxes of one kind
 * (`<div class="vc_row wpb_row">` after `<div class="vc_row wpb_row">`), each
 * several wrappers deep, so the chosen container and its siblings end with the
 * first row. The rows of the same kind that follow it and read as prose
 * (a paragraph with no link, few links overall) are more of the article, up
 * to the first row that does not, save one such row passed over when prose
 * rows follow it (a row of pictures or downloads between two sections): the
 * run then does not hang on how far the container climb went, which decides
 * whether the builder's rows are taken as the top's siblings instead. The
 * same holds for the rows before the first one, back to the row that holds
 * the title, when the chosen container is a later section of the article.
 */

import { at, type HtmlElements } from './elements.js';
import type { HtmlBlock } from './walk.js';

/** Share of a row's text in links above which it is no more of the article. */
const ROW_LINKS = 0.25;
/** Shortest paragraph with no link that makes a row prose. */
const ROW_PARAGRAPH = 80;
/** Share of the wrapper's text the chosen elements must cover for the wrapper to stand for them. */
const COVER = 0.9;
/** Levels looked up for that wrapper. */
const LEVELS = 8;

/**
 * `chosen` with the following rows of the same kind as the wrapper the chosen
 * elements fill (same parent, tag and class written), while each reads as
 * prose and carries none of the `noVote` regions (one row that does not is
 * passed over, left out, when the next reads as prose).
 */
export function withNextRows(
  chosen: readonly number[],
  top: number,
  elements: HtmlElements,
  blocks: readonly HtmlBlock[],
  noVote: number,
  titleBlock = -1,
): readonly number[] {
  let covered = 0;
  for (const id of chosen) covered += at(elements.text, id);
  // The highest wrapper over the top that the chosen elements (nearly) fill.
  let row = top;
  for (let i = 0; i < LEVELS; i++) {
    const up = at(elements.parent, row);
    if (up < 0) break;
    const tag = elements.tag(up);
    if (tag === 'body' || tag === 'html' || covered < COVER * at(elements.text, up)) break;
    row = up;
  }
  const cls = elements.classNames[row]?.trim();
  const parent = at(elements.parent, row);
  if (!cls || parent < 0) return chosen;
  const tag = elements.tag(row);
  const depth = at(elements.depth, row);
  const out = [...chosen];
  if (titleBlock >= 0 && titleBlock < at(elements.firstBlock, row))
    withRowsBefore(out, row, parent, titleBlock, elements, blocks, noVote);
  // A row of the same kind that is no prose (a row of pictures or downloads between two sections) is passed over
  // once when the next row is prose again: it is left out, and the rows after it are more of the article.
  let passed = false;
  for (let id = row + 1; id < elements.length; id++) {
    const d = at(elements.depth, id);
    if (d < depth) break;
    if (d > depth || at(elements.parent, id) !== parent) continue;
    if (elements.tag(id) !== tag || elements.classNames[id]?.trim() !== cls) break;
    if (!isProseRow(id, elements, blocks, noVote)) {
      if (passed) break;
      passed = true;
      continue;
    }
    passed = false;
    out.push(id);
  }
  return out.length === chosen.length ? chosen : out;
}

/**
 * Adds to `out` the rows of the same kind as `row` before it, back to the row that holds the title, while they read
 * as prose (one that does not is passed over when the row before it does): the chosen container may be the
 * article's last section, its earlier sections left out by the sibling rule's score threshold. Rows wholly above
 * the title (a hero, a menu) are never taken.
 */
function withRowsBefore(
  out: number[],
  row: number,
  parent: number,
  titleBlock: number,
  elements: HtmlElements,
  blocks: readonly HtmlBlock[],
  noVote: number,
): void {
  const tag = elements.tag(row);
  const cls = elements.classNames[row]?.trim();
  const has = new Set(out);
  let passed = false;
  // The row's earlier siblings, nearest first: ids run back through each one's descendants to it, and the walk stops
  // at the first sibling that ends it (usually the one right before the row).
  for (let id = row - 1; id > parent; id--) {
    if (at(elements.parent, id) !== parent) continue;
    if (at(elements.endBlock, id) <= titleBlock) break;
    if (elements.tag(id) !== tag || elements.classNames[id]?.trim() !== cls) break;
    if (!isProseRow(id, elements, blocks, noVote)) {
      if (passed) break;
      passed = true;
      continue;
    }
    passed = false;
    if (!has.has(id)) out.push(id);
    // The row that holds the title opens the article.
    if (at(elements.firstBlock, id) <= titleBlock) break;
  }
}

/** A row with a paragraph that has no link, few links overall, and no region kept out of the vote. */
function isProseRow(
  id: number,
  elements: HtmlElements,
  blocks: readonly HtmlBlock[],
  noVote: number,
): boolean {
  const text = at(elements.text, id);
  if (text === 0 || at(elements.links, id) > ROW_LINKS * text) return false;
  if ((at(elements.flags, id) & noVote) !== 0) return false;
  const end = at(elements.endBlock, id);
  for (let i = at(elements.firstBlock, id); i < end; i++) {
    const b = blocks[i];
    if (b && b.linkChars === 0 && b.text.length >= ROW_PARAGRAPH && (b.flags & noVote) === 0)
      return true;
  }
  return false;
}
