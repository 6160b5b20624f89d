/**
 * Refiner of a listing's items: a date closing a headline on its own line
 * behind a separator (`Title | il y a 2 heures`, `Title – 12/03/2025`,
 * `عنوان - منذ ساعتين`), or a full date opening it before one (`12/12/2025 -
 * Title`, a year's archive), is the item's date, not part of its title.
 */
import { findDates } from '../../dates/find-dates.js';
import type { ReferenceDay } from '../../dates/reference.js';
import type { ListingItem } from '../../types.js';
import type { TextDoc } from './doc.js';

/** A separator (` | `, ` – `, ` — `, ` - `) somewhere in a line. */
const SEPARATOR = / [|–—-] /;

/** How far from a line's end its closing date is looked for (`mercredi 3 décembre 2026 - 14h30`). */
const TAIL = 60;

/**
 * Moves the date that is the whole tail of each item's title behind a
 * separator into the item's date (an item dated already keeps its own), and
 * tells how many items it found dated in full (a day of a year, no relative time).
 * The date is read first, then the separator right before it: a date holding
 * dashes of its own (`03 - 12 - 2026`, `3 déc. 2026 - 14h30`) leaves whole, and
 * a title's own dashes (`Maroc - Espagne : …`) stay in it.
 */
export function splitTitleDates(items: readonly ListingItem[], reference?: ReferenceDay): number {
  let full = 0;
  for (const it of items) {
    const title = it.title ?? '';
    if (openingDate(it, title, reference)) {
      full++;
      continue;
    }
    const from = Math.max(0, title.length - TAIL);
    if (!SEPARATOR.test(title.slice(from))) continue;
    const dates = findDates(title.slice(from), reference);
    const date = dates[dates.length - 1];
    const at = from + (date?.start ?? 0) - 3;
    if (!date || from + date.end !== title.length || at < 1) continue;
    if (!SEPARATOR.test(title.slice(at, at + 3))) continue;
    it.title = title.slice(0, at);
    if (!date.unresolved) it.publishedAt ??= date.iso;
    if (!date.relative) full++;
  }
  return full;
}

/** How far from a line's start its opening date and separator are looked for (`3 décembre 2026 - `). */
const HEAD = 40;
/** Shortest headline after an opening date. */
const MIN_REST = 12;

/**
 * Moves a full date opening `title` before a separator (`12/12/2025 - Title`, `3 décembre 2025 | Title`) into the
 * item's date (an item dated already keeps its own), the headline after it its title; true when moved. Read only
 * for a title opening with a digit, as such a date does.
 */
function openingDate(it: ListingItem, title: string, reference?: ReferenceDay): boolean {
  const c = title.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  const head = title.slice(0, HEAD);
  if (!SEPARATOR.test(head)) return false;
  const date = findDates(head, reference)[0];
  if (date?.start !== 0 || date.relative || date.unresolved) return false;
  if (!SEPARATOR.test(title.slice(date.end, date.end + 3))) return false;
  const rest = title.slice(date.end + 3).trim();
  if (rest.length < MIN_REST) return false;
  it.title = rest;
  it.publishedAt ??= date.iso;
  return true;
}

/** Fewest headlines in a row, each dated in full on its line, that make a listing's items. */
const MIN_DATED = 3;

/**
 * The first run of {@link MIN_DATED} lines or more in a row that are each a
 * headline with its full date behind a separator (`Title – 12/03/2025`, `Title
 * | 2 March 2025`, `12/03/2025 - Title`), as an author's, a section's or a
 * year's archive prints its list: the items, dated; undefined when there is
 * none. Only lines ending or opening with a digit, as a full date does, are read.
 */
export function datedHeadlines(doc: TextDoc): ListingItem[] | undefined {
  let run: ListingItem[] = [];
  for (const b of doc.blocks) {
    const c = b.text.charCodeAt(b.text.length - 1);
    const first = b.text.charCodeAt(0);
    const digit = (c > 47 && c < 58) || (first > 47 && first < 58);
    const it = digit ? { title: b.text, start: b.start, end: b.end } : undefined;
    if (it && splitTitleDates([it], doc.reference)) run.push(it);
    else if (run.length >= MIN_DATED) break;
    else run = [];
  }
  return run.length >= MIN_DATED ? run : undefined;
}

/** A clock time opening a headline's line (`18:42 `, `18h42 - `), the separator after it kept in the match. */
const OPENING_CLOCK = /^([01]\d|2[0-3])[:h]([0-5]\d)(?: [|–—-])? /u;
/** A clock time closing a headline's line behind a separator (` - 18:42`). */
const CLOSING_CLOCK = / [|–—-] ([01]\d|2[0-3])[:h]([0-5]\d)$/u;

/** The headline and the time of a line timed by the clock (`18:42 <headline>`, `<headline> - 18:42`), if it is one. */
function clockSplit(text: string): { title: string; time: string } | undefined {
  const open = OPENING_CLOCK.exec(text);
  const m = open ?? CLOSING_CLOCK.exec(text);
  if (!m) return undefined;
  const title = open ? text.slice(m[0].length).trim() : text.slice(0, m.index).trim();
  return title.length >= MIN_REST ? { title, time: `${m[1]}:${m[2]}` } : undefined;
}

/** Whether the times (`HH:MM`) run in order, newest or oldest first. */
function inClockOrder(times: readonly string[]): boolean {
  const rising = (sign: number) =>
    times.every((t, i) => i === 0 || sign * t.localeCompare(times[i - 1] ?? t) >= 0);
  return rising(1) || rising(-1);
}

/** Whether `text` is a headline timed by the clock on its own line (`18:42 <headline>`, `<headline> - 18:42`). */
export function clockTimedHeadline(text: string): boolean {
  return clockSplit(text) !== undefined;
}

/**
 * On the archive of `day`, the first run of {@link MIN_DATED} lines or more in a row that are each a headline timed
 * by the clock on its line, the times in order: the day's items, each dated that day at its time; else undefined.
 * Lines read as a latest-news ticker's (timed headlines look like one) or set aside as a day's archive's are read.
 */
export function clockHeadlines(doc: TextDoc, day: string | undefined): ListingItem[] | undefined {
  if (day === undefined) return undefined;
  let run: ListingItem[] = [];
  const times: string[] = [];
  for (const b of doc.blocks) {
    const role = doc.roles.get(b.index);
    const split =
      role === undefined || role === 'ticker' || role === 'related'
        ? clockSplit(b.text)
        : undefined;
    if (split) {
      run.push({
        title: split.title,
        start: b.start,
        end: b.end,
        publishedAt: `${day}T${split.time}`,
      });
      times.push(split.time);
    } else if (run.length >= MIN_DATED) break;
    else {
      run = [];
      times.length = 0;
    }
  }
  return run.length >= MIN_DATED && inClockOrder(times) ? run : undefined;
}
