/**
 * Recogniser: the page's frame printed first in a dump, before any menu —
 * a cookie-consent banner, the site's logo text printed twice, a notice.
 * Such a line reads as prose by its length, yet it is no text of the
 * article's: the header's search and its anchors go on under it.
 */

import { isConsentNotice } from '../../furniture/consent.js';
import type { Block } from '../../input/block.js';
import { isFurnitureText } from './body-region.js';

/** Blocks at the dump's top where the page's frame prints (a banner, the logo, a skip link). */
const FRAME_BLOCKS = 3;

/** Whether block `b` is among the dump's first blocks and a consent notice or furniture line: the page's frame. */
export function isPageFrame(b: Block): boolean {
  return b.index < FRAME_BLOCKS && (isConsentNotice(b.text) || isFurnitureText(b.text));
}
