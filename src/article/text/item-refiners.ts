/**
 * Refiner of a listing's items on text pages: a paragraph of prose read as an
 * item's headline, and an item with no headline in a listing of headlines,
 * are more of the item above (its excerpt, or the post a tag page prints in
 * full), not items of their own; units closed by date lines of one shape win
 * when they hold more headlines; headlines past the pager under the last
 * excerpt are the footer's.
 */
import { isPagerLine } from '../../furniture/pager.js';
import { isMoreHeading } from '../../furniture/teaser-headings.js';
import type { ListingItem } from '../../types.js';
import type { TextDoc } from './doc.js';

/** Longest headline closed by a full stop (`… during the COVID-19 crisis.`); a longer line so closed is prose. */
const MAX_STOPPED_HEADLINE = 150;

/** Whether an item's headline is a sentence of prose: longer than a headline, closed by a full stop (not an ellipsis). */
function proseHeadline(title: string): boolean {
  return title.length > MAX_STOPPED_HEADLINE && title.endsWith('.') && !title.endsWith('..');
}

/** How many items have a headline. */
function titledCount(items: readonly ListingItem[]): number {
  let n = 0;
  for (const i of items) if (i.title !== undefined) n++;
  return n;
}

/**
 * The items with each one whose headline is prose, or that has none, folded
 * into the item above: its span reaches over it, and it lends its date,
 * author and excerpt where the item above has none. A listing where most
 * items have no headline (excerpts alone) is left as it is.
 */
export function foldProseItems(items: readonly ListingItem[]): ListingItem[] {
  if (titledCount(items) * 2 < items.length) return [...items];
  const out: ListingItem[] = [];
  for (const item of items) {
    const above = out[out.length - 1];
    const folds = item.title === undefined || proseHeadline(item.title);
    if (!above || above.title === undefined || !folds) {
      out.push({ ...item });
      continue;
    }
    above.end = Math.max(above.end, item.end);
    const text = item.title ?? item.teaser;
    if (above.teaser === undefined && text !== undefined) above.teaser = text;
    if (above.publishedAt === undefined && item.publishedAt !== undefined)
      above.publishedAt = item.publishedAt;
    if (above.author === undefined && item.author !== undefined) above.author = item.author;
  }
  return out;
}

/**
 * The units closed by date lines of one shape (`stampedUnits`) when
 * they are more than the items with a headline read otherwise: their short
 * headlines (`Autodafé`, `Faits divers`) are items the other readers take for
 * menu labels. With `ties` (headlines each marked on their line: dated, timed, ranked), also when the others took
 * lines inside the units' run for headlines (a ranking's `Business · 214 comments`); holding no headline the others missed when `opened` (date lines
 * the page's ends show heading their units: the others dated each headline by the next unit's line and took the
 * masthead for a first item), and none of the others' headlines inside the run. Units of one date shape miss a unit
 * whose date is of another (`Yesterday` among `4 hours ago`, `منذ 5 ساعات` among `منذ يومين`): the others' items
 * stay then.
 */
export function withStampedUnits(
  items: readonly ListingItem[],
  stamped: readonly ListingItem[],
  ties = false,
  opened = false,
): ListingItem[] {
  const titled = titledCount(items);
  const first = stamped[0];
  const last = stamped[stamped.length - 1];
  // A unit's headline the other readers paired under such a line is that line's excerpt; most are their headlines
  // (units whose headlines are the others' excerpts took the excerpts for headlines).
  const found = new Set(items.flatMap((i) => [i.title, i.teaser]));
  const headlines = new Set(items.map((i) => i.title));
  const all =
    stamped.length >= 3 &&
    stamped.every((u) => found.has(u.title)) &&
    stamped.filter((u) => headlines.has(u.title)).length * 2 > stamped.length;
  const titles = new Set(stamped.map((u) => u.title));
  // A headline the others read inside the units' run that no unit holds.
  const extra = items.some(
    (i) =>
      i.title !== undefined &&
      !titles.has(i.title) &&
      first !== undefined &&
      last !== undefined &&
      i.start > first.start &&
      i.start < last.end,
  );
  return stamped.length > titled || (ties && all && extra) || (opened && all && !extra)
    ? [...stamped]
    : [...items];
}

/**
 * The items, each one with no date taking the day of the dated unit (`stampedUnits`) that holds it: the same headline
 * and excerpt, the item's start inside the unit. Where a page prints the date line over each headline, the other
 * readers see the units but not their days. Units closed by date lines are read only with their excerpts
 * (`excerpted`: headlines alone tell no date line's side); headlines dated on their own line or by a clock time
 * under a day's archive (`datedHeadlines`, `mediaUnits`) lend theirs alone.
 */
export function withStampedDays(
  items: readonly ListingItem[],
  stamped: readonly ListingItem[],
  excerpted = true,
): ListingItem[] {
  const byTitle = new Map<string, ListingItem>();
  for (const unit of stamped)
    if (
      unit.title !== undefined &&
      (unit.teaser !== undefined || !excerpted) &&
      unit.publishedAt !== undefined &&
      !byTitle.has(unit.title)
    )
      byTitle.set(unit.title, unit);
  return items.map((item) => {
    const unit = item.title === undefined ? undefined : byTitle.get(item.title);
    if (
      !unit ||
      item.publishedAt !== undefined ||
      unit.teaser !== item.teaser ||
      item.start < unit.start ||
      item.start >= unit.end
    )
      return item;
    return {
      ...item,
      start: unit.start,
      end: Math.max(item.end, unit.end),
      publishedAt: unit.publishedAt,
    };
  });
}

/**
 * The items less a first one with no excerpt and no date whose title is the site's name (`isSiteName`: spelt as the
 * address or the rights line's host spells it, or printed as the rights line's holder): the masthead over the list,
 * no item.
 */
export function withoutMasthead(
  items: readonly ListingItem[],
  isSiteName: (title: string) => boolean,
): ListingItem[] {
  const first = items[0];
  return first?.title !== undefined &&
    first.teaser === undefined &&
    first.publishedAt === undefined &&
    isSiteName(first.title)
    ? items.slice(1)
    : [...items];
}

/**
 * The items less a last one whose title is a heading over more articles
 * (`More from Environment`, `Most read`): the section's link
 * under its list, or the heading of a box under it, is no item.
 */
export function withoutMoreHeading(items: readonly ListingItem[]): ListingItem[] {
  const last = items[items.length - 1];
  return last?.title && isMoreHeading(last.title) ? items.slice(0, -1) : [...items];
}

/**
 * The items less the headline-only ones closing the list past its pager (`Charger plus`, `1 2 3 Suivant »`)
 * printed under the last item with an excerpt: a footer's links (`Qui sommes-nous ? | Contact`), no items. A
 * headline-only last item right under the last excerpt (one whose excerpt the dump cut) stays.
 */
export function withoutPastPager(doc: TextDoc, items: readonly ListingItem[]): ListingItem[] {
  let n = items.length;
  while (n > 0 && items[n - 1]?.teaser === undefined) n--;
  const teased = items[n - 1];
  const bare = items[n];
  if (!teased || !bare) return [...items];
  for (const b of doc.blocks) {
    if (b.start >= bare.start) break;
    if (b.start >= teased.end && isPagerLine(b.text)) return items.slice(0, n);
  }
  return [...items];
}
