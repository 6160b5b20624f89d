/**
 * Recogniser for a line of the body that is one link to another site (`Here
 * is the event on Facebook`, `» To the offer: …`, a venue's name linking to
 * its own site), right after a paragraph of prose. The link-density rule drops
 * whole-link lines as teasers, but a site's teasers point to its own
 * articles; a link out of the site is a reference the article gives.
 */

import * as F from './flags.js';
import { keepBlock } from './keep.js';
import type { HtmlBlock } from './walk.js';

/** The host of an absolute `http(s)` or protocol-relative address, lower case, without `www.`; undefined for a relative one. */
const HOST = /^(?:https?:)?\/\/(?:www\.)?([^/:?#\s]{1,253})/i;

/** The last two labels of an address's host (`news.example.org` → `example.org`), undefined for a relative address. */
export function siteOf(url: string | undefined): string | undefined {
  const host = HOST.exec(url ?? '')?.[1]?.toLowerCase();
  if (!host) return undefined;
  const dot = host.lastIndexOf('.', host.lastIndexOf('.') - 1);
  return dot < 0 ? host : host.slice(dot + 1);
}

/** Flags of lines that are never such a reference: menus, lists of links, headings, share and furniture boxes. */
const NOT_REFERENCE =
  F.LIST |
  F.HEADING |
  F.NAV |
  F.SHARE |
  F.FURNITURE |
  F.RELATED |
  F.COMMENTS |
  F.FOOTER |
  F.ASIDE |
  F.FIGURE |
  F.CAPTION;
/** Length bounds of the line: a label of a few words, not a teaser's headline with its excerpt. */
const MIN_CHARS = 8;
const MAX_CHARS = 120;
/** The paragraph before it: prose of this length, with few links. */
const PROSE_MIN = 100;
const PROSE_LINKS = 0.2;

/** How many whole-link blocks of the page show each text: a button repeated under every item (`Details and order!`) or a box printed twice (mobile and desktop) is no reference. */
export function linkTextCounts(blocks: readonly HtmlBlock[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of blocks)
    if (b.href !== undefined && b.text.length <= MAX_CHARS)
      counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  return counts;
}

/**
 * Whether `b`, a whole-link line dropped for its links, is a reference out of the site `site` that the prose
 * paragraph `prev` (the body's last kept block) leads to. `counts` is {@link linkTextCounts} of the page.
 */
export function isOutboundReference(
  b: HtmlBlock,
  prev: HtmlBlock | undefined,
  site: string | undefined,
  counts: () => ReadonlyMap<string, number>,
): boolean {
  if (site === undefined || b.href === undefined || prev === undefined) return false;
  if ((b.flags & NOT_REFERENCE) !== 0 || b.links !== 1) return false;
  if (b.text.length < MIN_CHARS || b.text.length > MAX_CHARS) return false;
  if (prev.text.length < PROSE_MIN || prev.linkChars > PROSE_LINKS * prev.text.length) return false;
  const target = siteOf(b.href);
  if (target === undefined || target === site || (counts().get(b.text) ?? 0) > 1) return false;
  // Dropped for its links alone: the same line read as text is kept (not furniture, a credit, a byline).
  return keepBlock({ ...b, linkChars: 0 });
}
