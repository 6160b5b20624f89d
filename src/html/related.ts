/**
 * Related-article links of an HTML page: blocks that are one link each,
 * inside a related/recommended region from the article's first paragraph on
 * (a trending box above it is the site's), or in a list of links that follows the
 * article body, and the capsules the walk cut from the body's paragraphs
 * (`À LIRE AUSSI <a>…</a>`). Navigation, footers and comments are left out.
 */
import { relatedAt } from '../article/recognisers/related.js';
import { isRelatedBoxHeading, isSectionBoxHeading } from '../furniture/teaser-headings.js';
import type { RelatedLink, Span } from '../types.js';
import * as F from './flags.js';
import { HEADINGS } from './tags.js';
import type { HtmlBlock, InlineRelated } from './walk.js';

/** A link to a page: an absolute, scheme-relative or root-relative address. */
const LINKED = /^(?:https?:)?\/\/|^\//i;

/** At most this many related links are reported. */
const MAX_RELATED = 30;

/** Blocks under a related label read as its box: a few teasers, a headline and an excerpt each. */
const LABEL_REACH = 12;
/** Longest label line. */
const MAX_LABEL = 40;

/** Whether a block is a related label alone (`À lire aussi`, `Read also:`, `اقرأ أيضا`) or a related box's heading (`Articles similaires`, `More in Morocco`), heading a box of links. */
export function isLabel(b: HtmlBlock): boolean {
  if (b.text.length > MAX_LABEL) return false;
  const match = relatedAt(b.text, 0, b.text.length);
  return (
    (match !== undefined && match.titleStart === undefined) ||
    isRelatedBoxHeading(b.text) ||
    isSectionBoxHeading(b.text)
  );
}

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
  // Blocks left of the box a related label heads (`<h3>À lire aussi</h3>` over teasers, no class word needed).
  let labelled = 0;
  // Blocks in a row under the label that are not one link: an excerpt under each link, or a sentence under the label.
  let loose = 0;
  for (const b of blocks) {
    if (out.length >= MAX_RELATED) break;
    if (labelled > 0) {
      // Under a link, one block of text is its excerpt; a second in a row ends the box.
      loose = b.href === undefined && b.lead === undefined ? loose + 1 : 0;
      // A heading ends the box, unless it is one of its linked headlines (`<h3><a>…</a></h3>`).
      const heading = HEADINGS.has(b.tag ?? '') && b.href === undefined;
      labelled = heading || loose > 1 ? 0 : labelled - 1;
    }
    if (b.href === undefined && b.lead === undefined && isLabel(b)) {
      labelled = LABEL_REACH;
      loose = 0;
      continue;
    }
    // A block opened by its link with a short tail (a date) is that link.
    const href = b.href ?? b.lead?.href;
    if (href === undefined || ((b.flags & F.RELATED) === 0 && labelled === 0)) continue;
    if ((b.flags & (F.NAV | F.COMMENTS | F.HIDDEN | F.FOOTER)) !== 0) continue;
    if (b.index < bodyEnd - 2000 || b.text.length < 15 || b.text.split(' ').length < 3) continue;
    // Above the article's first paragraph, a box of links is the site's (trending, most read), not the article's.
    if (body && b.start < body.start) continue;
    if (!LINKED.test(href) || seen.has(href)) continue;
    const lead = b.href === undefined ? b.lead : undefined;
    const title = lead ? b.text.slice(0, lead.length) : b.text;
    // A lead link's own text must be a headline too (not `Veranstaltungen`, an image's file name).
    if (lead && (title.length < 15 || title.split(' ').length < 3)) continue;
    seen.add(href);
    out.push(
      lead
        ? { title, url: href, start: lead.start, end: lead.end }
        : { title, url: href, start: b.start, end: b.end },
    );
  }
  return out.sort((a, b) => a.start - b.start);
}
