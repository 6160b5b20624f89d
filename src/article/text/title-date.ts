/**
 * Refiner of a listing's items: a date closing a headline on its own line
 * behind a separator (`Title | il y a 2 heures`, `Title – 12/03/2025`,
 * `عنوان - منذ ساعتين`) is the item's date, not part of its title.
 */
import { findDates } from '../../dates/find-dates.js';
import type { ReferenceDay } from '../../dates/reference.js';
import type { ListingItem } from '../../types.js';
import type { TextDoc } from './doc.js';

/** The last separator of a line (` | `, ` – `, ` — `, ` - `) and the line's tail after it. */
const DATED_TAIL = / [|–—-] ((?:[^ |–—]| (?![|–—-] ))+)$/;

/**
 * Moves the date that is the whole tail of each item's title behind a
 * separator into the item's date (an item dated already keeps its own), and
 * tells how many items it found dated in full (a day of a year, no relative time).
 */
export function splitTitleDates(items: readonly ListingItem[], reference?: ReferenceDay): number {
  let full = 0;
  for (const it of items) {
    const m = DATED_TAIL.exec(it.title ?? '');
    if (!m) continue;
    const tail = m[1] ?? '';
    const date = findDates(tail, reference)[0];
    if (date?.start !== 0 || date.end !== tail.length) continue;
    it.title = m.input.slice(0, m.index);
    if (!date.unresolved) it.publishedAt ??= date.iso;
    if (!date.relative) full++;
  }
  return full;
}

/** Fewest headlines in a row, each dated in full on its line, that make a listing's items. */
const MIN_DATED = 3;

/**
 * The first run of {@link MIN_DATED} lines or more in a row that are each a
 * headline with its full date behind a separator (`Title – 12/03/2025`, `Title
 * | 2 March 2025`), as an author's or a section's archive prints its list: the
 * items, dated; undefined when there is none. Only lines ending in a digit,
 * as a full date does (`2025`), are read.
 */
export function datedHeadlines(doc: TextDoc): ListingItem[] | undefined {
  let run: ListingItem[] = [];
  for (const b of doc.blocks) {
    const c = b.text.charCodeAt(b.text.length - 1);
    const it = c > 47 && c < 58 ? { title: b.text, start: b.start, end: b.end } : undefined;
    if (it && splitTitleDates([it], doc.reference)) run.push(it);
    else if (run.length >= MIN_DATED) break;
    else run = [];
  }
  return run.length >= MIN_DATED ? run : undefined;
}
