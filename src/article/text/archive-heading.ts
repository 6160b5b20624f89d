/**
 * Recogniser: a listing told by the heading an archive page prints over its
 * list (`Étiquette : Front Polisario`, `Search results for: port`), read
 * above the page's first body-like text. A tag page holding a single post,
 * printed in full, is still a listing: its one item is the post's headline,
 * its first paragraph as the teaser, and the author and date printed between.
 */
import { findDates } from '../../dates/find-dates.js';
import { isArchiveHeading, isNoResults, NOT_FOUND } from '../../furniture/archive-headings.js';
import type { ListingItem } from '../../types.js';
import { endsSentence } from './body-region.js';
import { blockFold, bodyLike, type TextDoc, titleLike } from './doc.js';
import { holdsReadingTime } from './header.js';
import { listBulletLength } from './list-items.js';
import { teaserLike } from './listing.js';

/** The block index of an archive heading above the first body-like block, or -1. */
export function archiveHeadingAt(doc: TextDoc): number {
  for (const b of doc.blocks) {
    if (bodyLike(b.text)) return -1;
    if (isArchiveHeading(b.text, blockFold(doc, b))) return b.index;
  }
  return -1;
}

/** Whether an error page's heading (`Page introuvable`) stands above the first body-like block: no article there. */
export function notFoundPage(doc: TextDoc): boolean {
  for (const b of doc.blocks) {
    if (bodyLike(b.text)) return false;
    if (NOT_FOUND.includes(b.text.toLowerCase())) return true;
  }
  return false;
}

/** Blocks read under an archive heading for a notice that nothing was found. */
const NOTICE_REACH = 3;

/**
 * Whether one of the few blocks under the archive heading at `k` (or the
 * heading's own line) says the search or archive found nothing: the page
 * holds no listing and no article, whatever boxes stand under the notice.
 */
export function emptyArchive(doc: TextDoc, k: number): boolean {
  for (let j = k; j <= k + NOTICE_REACH && j < doc.blocks.length; j++) {
    const b = doc.blocks[j];
    if (b && isNoResults(b.text)) return true;
  }
  return false;
}

/** A body-like block that ends as a sentence ends, not cut short. */
function fullParagraph(text: string): boolean {
  return bodyLike(text) && endsSentence(text) && !teaserLike(text);
}

/**
 * Whether block `k` is a byline (`authorAt` names someone there), a short dated line (`Le Monde, 03 décembre 2010`)
 * or a meta line closed by a reading time (`site · Saturday, 15 January - 23:44 · 1 minute`).
 */
function metaLine(
  doc: TextDoc,
  k: number,
  authorAt: (index: number) => string | undefined,
): boolean {
  const b = doc.blocks[k];
  if (!b || b.text.length > META_MAX) return false;
  return (
    authorAt(k) !== undefined ||
    findDates(b.text, doc.reference).length > 0 ||
    holdsReadingTime(b.text)
  );
}

/** Longest byline or date line read between a post's paragraphs. */
const META_MAX = 80;

/** Lines read between the post's headline and its first paragraph for an author or a date. */
const META_REACH = 4;

/**
 * The one item of an archive page holding a single full post under its
 * heading at block `heading`: the first headline-shaped line under it, the
 * first body-like block under that, and between them an author named by a
 * byline (`authorAt` answers for a block index) and a date. Undefined when
 * what follows the headline is no post (not two finished paragraphs in a row).
 */
export function onePostItem(
  doc: TextDoc,
  heading: number,
  authorAt: (index: number) => string | undefined,
): ListingItem | undefined {
  const { blocks } = doc;
  let k = heading + 1;
  while (k < blocks.length && !titleLike(blocks[k]?.text ?? '')) k++;
  const head = blocks[k];
  if (!head || bodyLike(head.text)) return undefined;
  let teaser = k + 1;
  // A byline or date line under the headline is the post's meta, not its text, however long.
  while (
    teaser < blocks.length &&
    (!bodyLike(blocks[teaser]?.text ?? '') || metaLine(doc, teaser, authorAt))
  )
    teaser++;
  const text = blocks[teaser];
  if (!text || teaser - k > META_REACH + 1) return undefined;
  // A post, not a teaser: its first two paragraphs follow each other, each finished, with at most
  // a byline or a date line between (a listing's teaser is followed by the next headline, or cut short).
  let next = teaser + 1;
  while (next - teaser <= META_REACH && metaLine(doc, next, authorAt)) next++;
  const second = blocks[next];
  if (!second || !fullParagraph(text.text) || !fullParagraph(second.text)) return undefined;
  const bullet = listBulletLength(head.text);
  const item: ListingItem = {
    title: head.text.slice(bullet),
    teaser: text.text,
    start: head.start + bullet,
    end: text.end,
  };
  for (let m = k + 1; m < teaser; m++) {
    const line = blocks[m]?.text ?? '';
    item.author ??= authorAt(m);
    const date = item.publishedAt ? undefined : findDates(line, doc.reference)[0];
    if (date && !date.unresolved) item.publishedAt = date.iso;
  }
  return item;
}

/**
 * The one item of a listing's address printing a single full post under no
 * heading (a feed reader's tag page): the post's headline is the title-like
 * line nearest over its first finished paragraph, a byline, a date line or
 * a picture's cut text between; read from there as {@link onePostItem} reads it.
 */
export function lonePostItem(
  doc: TextDoc,
  authorAt: (index: number) => string | undefined,
): ListingItem | undefined {
  const { blocks } = doc;
  const first = blocks.findIndex((b) => fullParagraph(b.text));
  for (let k = first - 1; k >= 0 && first - k <= META_REACH + 1; k--) {
    const text = blocks[k]?.text ?? '';
    if (titleLike(text) && !metaLine(doc, k, authorAt)) return onePostItem(doc, k - 1, authorAt);
  }
  return undefined;
}

/** The day an archive's heading (block `archive`) names in full (`Archives du dimanche 6 décembre 2026`), if any. */
export function archiveDay(doc: TextDoc, archive: number): string | undefined {
  const heading = doc.blocks[archive];
  if (!heading) return undefined;
  const date = findDates(heading.text, doc.reference)[0];
  return date && !date.relative && !date.unresolved ? date.iso.slice(0, 10) : undefined;
}
