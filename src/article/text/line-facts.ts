/**
 * Facts about a block's line that several recognisers read, each computed once
 * a block on first use and kept on the document beside its other per-block
 * answers ({@link blockNumbers}, {@link blockFlags}; the fold is
 * {@link foldedOf}'s): the same line is otherwise read again by each of them
 * (the fold's first two characters four times in `markBoilerplate` alone).
 */

import { isPagerLine } from '../../furniture/pager.js';
import { isStampLine, mayBeStampLine } from '../../furniture/stamps.js';
import type { Block } from '../../input/block.js';
import { foldHeadCode } from '../../text/fold.js';
import { blockFlag, blockFold, blockNumber, foldedOf, knownFold, type TextDoc } from './doc.js';

/** The block's {@link foldHeadCode}: the first two characters of its fold, as a number. */
export function headOf(doc: TextDoc, b: Block): number {
  return blockNumber(doc, 'heads', b, headCodeOf);
}

/** {@link foldHeadCode} of a block's text. */
const headCodeOf = (_: TextDoc, b: Block): number => foldHeadCode(b.text);

/** Whether the block's line is a listing's pager and nothing else ({@link isPagerLine}). */
export function pagerOf(doc: TextDoc, b: Block): boolean {
  return blockFlag(doc, 'pagers', b, pagerText);
}

/** {@link isPagerLine} of a block's text. */
const pagerText = (doc: TextDoc, b: Block): boolean => isPagerLine(b.text, blockFold(doc, b));

/**
 * {@link isStampLine} of the block's text. When the block's fold is kept already, its label is looked up on it
 * first (most lines open with none); else the date's gate is searched first, and the block folded only past it.
 */
export function stampLineOf(doc: TextDoc, b: Block): boolean {
  const f = knownFold(doc, b.index, b.text);
  if (f !== undefined) return isStampLine(b.text, f);
  return mayBeStampLine(b.text) && isStampLine(b.text, foldedOf(doc, b));
}
