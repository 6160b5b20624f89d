/**
 * Related-article links of an HTML page: blocks that are one link each,
 * inside a related/recommended region, or in a list of links that follows the
 * article body, and the capsules the walk cut from the body's paragraphs
 * (`À LIRE AUSSI <a>…</a>`). Navigation, footers and comments are left out.
 */
import type { RelatedLink, Span } from '../types.js';
import * as F from './flags.js';
import type { HtmlBlock, InlineRelated } from './walk.js';

/** A link to a page: an absolute, scheme-relative or root-relative address. */
const LINKED = /^(?:https?:)?\/\/|^\//i;

/** At most this many related links are reported. */
const MAX_RELATED = 30;

/**
 * Finds related links among the blocks, given the index of the last body
 * block, and among the capsules cut from paragraphs inside `body` (the span
 * from the body's first paragraph to its last), in document order.
 */
export function findRelated(
  blocks: readonly HtmlBlock[],
  bodyEnd: number,
  capsules: readonly InlineRelated[] = [],
  body?: Span,
): RelatedLink[] {
  const out: RelatedLink[] = [];
  const seen = new Set<string>();
  if (body)
    for (const c of capsules) {
      if (out.length >= MAX_RELATED) break;
      if (c.start < body.start || c.end > body.end || !LINKED.test(c.href) || seen.has(c.href))
        continue;
      seen.add(c.href);
      out.push({ title: c.title, url: c.href, start: c.start, end: c.end });
    }
  for (const b of blocks) {
    if (out.length >= MAX_RELATED) break;
    if (b.href === undefined || (b.flags & F.RELATED) === 0) continue;
    if ((b.flags & (F.NAV | F.COMMENTS | F.HIDDEN | F.FOOTER)) !== 0) continue;
    if (b.index < bodyEnd - 2000 || b.text.length < 15 || b.text.split(' ').length < 3) continue;
    if (!LINKED.test(b.href) || seen.has(b.href)) continue;
    seen.add(b.href);
    out.push({ title: b.text, url: b.href, start: b.start, end: b.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
