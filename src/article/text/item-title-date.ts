/**
 * Refiner of a listing item's title: a date printed after the title on the
 * title's own line, behind a separator (`Title | il y a 2 heures`,
 * `Title – 12/03/2025`, `عنوان - منذ ساعتين`), is the item's date, not part
 * of its title. Lines so dated, several in a list, are a listing's units.
 */
import { findDates, type LineDate } from '../../dates/find-dates.js';
import type { ReferenceDay } from '../../dates/reference.js';
import type { ListingItem } from '../../types.js';
import { type TextDoc, titleLike } from './doc.js';

/** The separators a date may stand behind on a title's line. */
const SEPARATORS = [' | ', ' – ', ' — ', ' - '] as const;

/** Longest date read behind a title (`il y a 2 heures`, `12 mars 2025 à 10:15`). */
const MAX_TAIL = 40;

/** Shortest title left in front of the date. */
const MIN_LEFT = 10;

/** The date closing `line` behind a separator, the whole tail, with where the separator starts; undefined when there is none. */
export function titleDate(
  line: string,
  reference?: ReferenceDay,
): { at: number; date: LineDate } | undefined {
  let at = -1;
  let sep = 0;
  for (const s of SEPARATORS) {
    const k = line.lastIndexOf(s);
    if (k > at) {
      at = k;
      sep = s.length;
    }
  }
  if (at < MIN_LEFT || line.length - at - sep > MAX_TAIL) return undefined;
  const tail = line.slice(at + sep);
  const date = findDates(tail, reference)[0];
  if (date?.start !== 0 || date.end < tail.trimEnd().length) return undefined;
  return { at, date };
}

/** Moves each date closing an item's title into the item's date (kept when the item has one already). */
export function splitTitleDates(items: readonly ListingItem[], reference?: ReferenceDay): void {
  for (const it of items) {
    const found = it.title ? titleDate(it.title, reference) : undefined;
    if (!it.title || !found) continue;
    it.title = it.title.slice(0, found.at).trimEnd();
    if (it.publishedAt === undefined && !found.date.unresolved) it.publishedAt = found.date.iso;
  }
}

/** Fewest lines dated on their title's line that make a list of them. */
const MIN_DATED = 3;

/**
 * The free lines of `doc` that are a headline with its date on its line
 * (`Title – 12/03/2025`), each an item dated so, when there are
 * {@link MIN_DATED} or more; else none.
 */
export function datedTitleItems(doc: TextDoc): ListingItem[] {
  const out: ListingItem[] = [];
  for (const b of doc.blocks) {
    const role = doc.roles.get(b.index);
    if ((role !== undefined && role !== 'date') || !titleLike(b.text)) continue;
    const found = titleDate(b.text, doc.reference);
    if (!found) continue;
    const it: ListingItem = {
      title: b.text.slice(0, found.at).trimEnd(),
      start: b.start,
      end: b.end,
    };
    if (!found.date.unresolved) it.publishedAt = found.date.iso;
    out.push(it);
  }
  return out.length >= MIN_DATED ? out : [];
}
