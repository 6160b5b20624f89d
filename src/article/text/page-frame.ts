/**
 * Recogniser: the page's frame printed first in a dump, before any menu —
 * a cookie-consent banner, the site's logo text printed twice, a notice.
 * Such a line reads as prose by its length, yet it is no text of the
 * article's: the header's search and its anchors go on under it.
 */

import { isConsentNotice } from '../../furniture/consent.js';
import type { Block } from '../../input/block.js';
import { furnitureOf } from './body-region.js';
import { foldedOf, type TextDoc } from './doc.js';

/** Blocks at the dump's top where the page's frame prints (a banner, the logo, a skip link). */
const FRAME_BLOCKS = 3;

/**
 * Whether block `b` is among the dump's first blocks and a consent notice or furniture line: the page's frame.
 * The block's fold and furniture answer are the document's, shared with the body's choice.
 */
export function isPageFrame(doc: TextDoc, b: Block): boolean {
  return (
    b.index < FRAME_BLOCKS &&
    (isConsentNotice(b.text, () => foldedOf(doc, b)) || furnitureOf(doc, b))
  );
}
