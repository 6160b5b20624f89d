/**
 * Refiner: tag, archive, author and section pages. Teasers end in `…`,
 * `...`, `[…]`, `(...)` or a read-more link; titles stand on the line before
 * their teaser. A page with a listing header or several teasers and no run of
 * full paragraphs is a listing, and its teasers become `items`.
 */

import { findDates } from '../../dates/find-dates.js';
import type { Block } from '../../input/block.js';
import { fold } from '../../text/fold.js';
import type { ListingItem } from '../../types.js';
import { LISTING_HEADERS } from '../profiles/generic.js';
import { nameLike } from '../recognisers/byline.js';
import { readMoreSuffix } from '../recognisers/read-more.js';
import { isFree, type TextDoc, titleLike } from './doc.js';

const HEADERS = LISTING_HEADERS.map(fold);
const TEASER_END = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|\(\.\.\.\)|\(…\)|&[a-z]{1,6})$/u;
/** `Auteur: X` glued after a cut teaser (`…duAuteur: Hassan Manyani`). */
const GLUED_AUTHOR = /(?:Auteur|Author|Par) ?: ?([\p{Lu}][\p{L}'’ .-]{1,40})$/u;
/** `Par X – teaser` or `par X <teaser>` at a teaser's start. */
const LEADING_AUTHOR = /^[Pp]ar ([\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,3}) ?[–—-] /u;

/** True for a line that starts like a listing page's header (`Étiquette : X`, `تصفح الوسم`). */
export function isListingHeader(text: string): boolean {
  if (text.length > 80) return false;
  const key = fold(text);
  return HEADERS.some((h) => key.startsWith(h));
}

/** True for a teaser line: cut with an ellipsis, or ending in a read-more link. */
export function teaserLike(text: string): boolean {
  return TEASER_END.test(text) || readMoreSuffix(text) >= 0;
}

/** Whether the free blocks read as a listing: a header or three teasers, and no run of full paragraphs. */
export function looksLikeListing(doc: TextDoc, blocks: readonly Block[]): boolean {
  const free = blocks.filter(
    (b) => !doc.roles.has(b.index) || doc.roles.get(b.index) === 'read-more',
  );
  const teasers = free.filter(
    (b) => teaserLike(b.text) || doc.roles.get(b.index + 1) === 'read-more',
  ).length;
  const header = blocks.some((b) => doc.roles.get(b.index) === 'listing-header');
  let run = 0;
  let longestRun = 0;
  for (const b of free) {
    run = b.text.length >= 200 && !teaserLike(b.text) ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
  }
  if (longestRun >= 2) return false;
  return (header && teasers >= 2) || teasers >= 3;
}

/** Builds one item from an optional title block and a teaser block. */
function item(doc: TextDoc, title: Block | undefined, teaser: Block, from: number): ListingItem {
  let text = doc.input.slice(from, teaser.end);
  const out: ListingItem = { start: title?.start ?? from, end: teaser.end };
  if (title) out.title = title.text;
  const suffix = readMoreSuffix(text);
  if (suffix >= 0) text = text.slice(0, suffix).trimEnd();
  const glued = GLUED_AUTHOR.exec(text);
  if (glued?.[1] && nameLike(glued[1].trim())) {
    out.author = glued[1].trim();
    text = text.slice(0, glued.index);
  }
  const leading = LEADING_AUTHOR.exec(text);
  if (leading?.[1]) {
    out.author = leading[1];
    text = text.slice(leading[0].length);
  }
  const date = findDates(text.slice(0, 120), doc.reference)[0];
  if (date && !date.unresolved) out.publishedAt = date.iso;
  out.teaser = text.replace(/\s*\n\s*/gu, ' ').trim();
  return out;
}

/**
 * The items of a listing, in order: title⏎teaser pairs where titles stand
 * before teasers, else teasers alone (a teaser wrapped over two lines is joined).
 */
export function listingItems(doc: TextDoc, blocks: readonly Block[]): ListingItem[] {
  const free = blocks.filter((b) => isFree(doc, b));
  const isTeaser = (b: Block): boolean =>
    teaserLike(b.text) || doc.roles.get(b.index + 1) === 'read-more';
  let teasers = 0;
  let titled = 0;
  free.forEach((b, k) => {
    if (!isTeaser(b)) return;
    teasers++;
    const prev = free[k - 1];
    if (prev && !isTeaser(prev) && titleLike(prev.text) && prev.text.length <= 160) titled++;
  });
  const pairs = titled * 2 >= teasers;
  const items: ListingItem[] = [];
  let pending: Block | undefined;
  for (const b of free) {
    if (!isTeaser(b)) {
      pending = pending && !pairs ? pending : b;
      continue;
    }
    if (pairs) items.push(item(doc, pending, b, b.start));
    else items.push(item(doc, undefined, b, pending ? pending.start : b.start));
    pending = undefined;
  }
  return items;
}
