/**
 * Recogniser: the page's frame printed first in a dump, before any menu —
 * a cookie-consent banner, the site's logo text printed twice, a notice, a
 * banner over the menu (an edition's notice, the site's tagline).
 * Such a line reads as prose by its length, yet it is no text of the
 * article's: the header's search and its anchors go on under it.
 */

import { isConsentNotice } from '../../furniture/consent.js';
import type { Block } from '../../input/block.js';
import { isGluedBar } from '../../ticker/glued-bar.js';
import { furnitureOf } from './body-region.js';
import { foldedOf, isFree, type TextDoc } from './doc.js';

/** Blocks at the dump's top where the page's frame prints (a banner, the logo, a skip link). */
const FRAME_BLOCKS = 3;

/**
 * Whether block `b` is among the dump's first blocks and a consent notice or furniture line: the page's frame.
 * The block's fold and furniture answer are the document's, shared with the body's choice.
 */
export function isPageFrame(doc: TextDoc, b: Block): boolean {
  return (
    b.index < FRAME_BLOCKS &&
    (isConsentNotice(b.text, () => foldedOf(doc, b)) || furnitureOf(doc, b) || overMenu(doc, b))
  );
}

/**
 * Marks the page's first blocks that are a headline bar printed on one line, its headlines glued
 * (`Trending <headline> <headline> …`, {@link isGluedBar}): the page's frame, no text of the article's.
 */
export function markGluedBars(doc: TextDoc): void {
  for (const b of doc.blocks) {
    if (b.index >= FRAME_BLOCKS) break;
    if (isFree(doc, b) && isGluedBar(b.text)) doc.roles.set(b.index, 'boilerplate');
  }
}

/** Lines of a menu under a banner: this many in a row, each a link's few words. */
const MENU_LINES = 6;
/** Longest menu entry. */
const MENU_ENTRY = 30;

/**
 * Whether the site's menu follows block `b`, one entry a line: a banner over the menu (an edition's notice, a
 * site's tagline) is the page's frame, not the article's text, which no menu follows.
 */
function overMenu(doc: TextDoc, b: Block): boolean {
  for (let k = b.index + 1; k <= b.index + MENU_LINES; k++) {
    const next = doc.blocks[k];
    // A sentence's stop ends no menu entry; a label's colon may (`Change language & content:`).
    if (!next || next.text.length > MENU_ENTRY || /[.!?]$/u.test(next.text)) return false;
  }
  return true;
}
