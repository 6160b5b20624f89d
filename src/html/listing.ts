/**
 * Recogniser: the teaser units of an HTML listing page (a tag, section,
 * archive, search or author page, known from its address). A unit opens with
 * a heading that is one link (its headline and target); before the next such
 * heading, the first paragraph long enough to be an excerpt is its teaser, and
 * a short line holding a date is its day. Menus, footers and asides hold no
 * units.
 */
import { findDates } from '../dates/find-dates.js';
import type { ListingItem } from '../types.js';
import * as F from './flags.js';
import { HEADINGS } from './tags.js';
import type { HtmlBlock } from './walk.js';

/** Blocks that are the site's, never a unit's. */
const OUTSIDE = F.NAV | F.FOOTER | F.ASIDE | F.HIDDEN | F.FORM;
/** Shortest excerpt; longest date line. */
const MIN_EXCERPT = 40;
const MAX_DATE_LINE = 60;

/** Whether block `b` opens a unit: a heading whose whole text is one link. */
function opensUnit(b: HtmlBlock): boolean {
  return (
    (b.flags & OUTSIDE) === 0 &&
    (b.flags & F.LINK) !== 0 &&
    b.href !== undefined &&
    (HEADINGS.has(b.tag ?? '') || (b.flags & F.HEADING) !== 0)
  );
}

/** The page's teaser units, in order. */
export function htmlListingItems(blocks: readonly HtmlBlock[]): ListingItem[] {
  const items: ListingItem[] = [];
  let unit: ListingItem | undefined;
  for (const b of blocks) {
    if (opensUnit(b)) {
      unit = { title: b.text, url: b.href, start: b.start, end: b.end };
      items.push(unit);
      continue;
    }
    if (!unit || (b.flags & OUTSIDE) !== 0) continue;
    if (unit.teaser === undefined && (b.flags & F.LINK) === 0 && b.text.length >= MIN_EXCERPT) {
      unit.teaser = b.text;
      unit.end = Math.max(unit.end, b.end);
    } else if (unit.publishedAt === undefined && b.text.length <= MAX_DATE_LINE) {
      const date = findDates(b.text)[0];
      if (date && !date.unresolved) unit.publishedAt = date.iso;
    }
  }
  return items;
}
