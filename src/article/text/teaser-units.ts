/**
 * Recogniser: the teaser units of a web listing page copied as text. Each unit
 * is a headline, an excerpt cut with `…` (or followed by a read-more link),
 * and around them a kicker, a byline and a date. The excerpt is found first;
 * its headline is the nearest headline-shaped line above it, within three
 * lines; its date and byline are the short lines right after it.
 */
import type { Block } from '../../input/block.js';
import type { ListingItem } from '../../types.js';
import { recogniseByline } from '../recognisers/byline.js';
import { firstDateOf } from './date.js';
import { isFree, type TextDoc } from './doc.js';
import { teaserLike } from './listing.js';
import { metaAuthor, namesAlone } from './meta-author.js';

/** How far above an excerpt its headline may stand, and below it its byline and date. */
const REACH = 3;
const MIN_TITLE = 15;
const MAX_TITLE = 200;
const MIN_EXCERPT = 40;
/** A line opening with a byline's label. */
const BYLINE_START = /^(?:[Bb]y|[Pp]ar|بواسطة|بقلم:?) /u;

/** A line an item may use: free, or a date or byline line a recogniser took early. */
function usable(doc: TextDoc, b: Block | undefined): b is Block {
  if (!b) return false;
  const role = doc.roles.get(b.index);
  return role === undefined || role === 'date' || role === 'byline';
}

/** A line shaped like a headline: a few words, no sentence or list punctuation at its end, no date alone. */
function headline(doc: TextDoc, b: Block): boolean {
  const t = b.text;
  if (t.length < MIN_TITLE || t.length > MAX_TITLE || teaserLike(t)) return false;
  if (',;:.'.includes(t.charAt(t.length - 1)) || t.split(' ').length < 3) return false;
  const role = doc.roles.get(b.index);
  return role === undefined;
}

/** Whether block `b` is an excerpt: cut with an ellipsis, or long and followed by a read-more link. */
function excerpt(doc: TextDoc, b: Block): boolean {
  if (b.text.length < MIN_EXCERPT || !isFree(doc, b)) return false;
  return teaserLike(b.text) || doc.roles.get(b.index + 1) === 'read-more';
}

/** The first resolved date of a line, if any (read once per block, see firstDateOf). */
function dayOf(doc: TextDoc, b: Block): string | undefined {
  const d = firstDateOf(doc, b);
  return d && !d.unresolved ? d.iso : undefined;
}

/** The teaser units of the page, in order; a line serves one unit at most. */
export function teaserUnits(doc: TextDoc): ListingItem[] {
  const items: ListingItem[] = [];
  let used = -1;
  // The names the page prints alone on a line (an author's archive heads its list so), read once when asked.
  let alone: ReadonlySet<string> | undefined;
  const namesOf = (): ReadonlySet<string> => {
    if (!alone) alone = namesAlone(doc);
    return alone;
  };
  for (const b of doc.blocks) {
    if (!excerpt(doc, b)) continue;
    let title: Block | undefined;
    // A date line between the headline and the excerpt (`<headline>` ⏎ `12 mars 2024` ⏎ `<excerpt>…`).
    let dated: string | undefined;
    // A byline between them (`<headline>` ⏎ `بقلم: X` ⏎ `<excerpt>…`) signs the unit.
    let signed: string | undefined;
    for (let k = b.index - 1; k > used && k >= b.index - REACH; k--) {
      const above = doc.blocks[k];
      if (above && usable(doc, above) && headline(doc, above)) {
        title = above;
        break;
      }
      if (above && usable(doc, above) && above.text.length <= 60) {
        dated ??= dayOf(doc, above);
        if (doc.roles.get(k) === 'byline') signed ??= recogniseByline(above)?.name;
        // A meta line naming the author around its date (`Posted on March 4, 2019 by X`).
        const date = firstDateOf(doc, above);
        if (date) signed ??= metaAuthor(above.text, date, namesOf());
      }
    }
    if (!title) continue;
    const item: ListingItem = { title: title.text, teaser: b.text, start: title.start, end: b.end };
    if (dated) item.publishedAt = dated;
    if (signed) item.author = signed;
    used = b.index;
    for (let k = b.index + 1; k <= b.index + REACH; k++) {
      const below = doc.blocks[k];
      if (!below || !usable(doc, below) || below.text.length > 60 || excerpt(doc, below)) break;
      const date = dayOf(doc, below);
      if (date && item.publishedAt === undefined) {
        item.publishedAt = date;
        // A byline around the date on its line (`Par X | 12/03/2025`, `… 12 mars 2025 par X`) signs the unit too.
        const at = firstDateOf(doc, below);
        if (at) item.author ??= metaAuthor(below.text, at, namesOf());
      } else if (BYLINE_START.test(below.text) && item.author === undefined)
        item.author = below.text.slice(below.text.indexOf(' ') + 1);
      // A line that is neither is the next unit's (its headline, a kicker): it stays free for it.
      else break;
      used = k;
      // The unit's span reaches over the lines it read.
      item.end = below.end;
    }
    items.push(item);
  }
  return items;
}
