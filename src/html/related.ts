/**
 * Related-article links of an HTML page: blocks that are one link each,
 * inside a related/recommended region, or in a list of links that follows the
 * article body. Navigation, footers and comments are left out.
 */
import type { RelatedLink } from '../types.js';
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** At most this many related links are reported. */
const MAX_RELATED = 30;

/** Finds related links among the blocks, given the index of the last body block. */
export function findRelated(blocks: readonly HtmlBlock[], bodyEnd: number): RelatedLink[] {
  const out: RelatedLink[] = [];
  const seen = new Set<string>();
  for (const b of blocks) {
    if (out.length >= MAX_RELATED) break;
    if (b.href === undefined || (b.flags & F.RELATED) === 0) continue;
    if ((b.flags & (F.NAV | F.COMMENTS | F.HIDDEN | F.FOOTER)) !== 0) continue;
    if (b.index < bodyEnd - 2000 || b.text.length < 15 || b.text.split(' ').length < 3) continue;
    if (!/^(?:https?:)?\/\/|^\//i.test(b.href) || seen.has(b.href)) continue;
    seen.add(b.href);
    out.push({ title: b.text, url: b.href, start: b.start, end: b.end });
  }
  return out;
}
