/**
 * Recogniser for two spellings of a date with its month's name that the
 * day-month-year and month-day-year patterns leave: a comma after the day and
 * after the month (`26, Abril, 2022`; with one comma, `Heft 10, Oktober 2012`
 * is no day) and the weekday's short name between day and year, as some blog
 * platforms print it (`Dec 28 Sat 2013`). Shared by the HTML and text date
 * finders.
 */

import { matchesOf } from '../text/matches.js';
import { recentDay, type WrittenDay } from './iso.js';
import { lettersWithin, monthNumber } from './names.js';

/** Day, month and year each followed by a comma; the month's 3–12 letters, a whole run, bounded in code ({@link lettersWithin}). */
const COMMA_DAY_MONTH = /(?<![\p{L}\d])(\d{1,2}), (\p{L}+), (\d{4})(?!\d)/gu;
/** Month, day, the weekday's short name and the year; the month's 3–9 letters bounded in code. */
const MONTH_DAY_WEEKDAY =
  /(?<![\p{L}])(\p{L}+)\.? (\d{1,2}) (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,? (\d{4})(?!\d)/gu;
/** What either form cannot match without: one search for both. */
const GATE = /\d, [^\s\d]{3,12}, \d{4}|\d (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,? \d{4}/;

/** The dates of `text` in either form (years 1990–2099): the comma form's, then the weekday form's. */
export function findCommaFormDates(text: string): WrittenDay[] {
  if (!GATE.test(text)) return [];
  const out: WrittenDay[] = [];
  const push = (y: number, m: number | undefined, d: number, index: number, len: number) => {
    const iso = m ? recentDay(y, m, d) : undefined;
    if (iso) out.push({ iso, index, end: index + len });
  };
  for (const m of matchesOf(COMMA_DAY_MONTH, text))
    if (lettersWithin(m[2] ?? '', 3, 12))
      push(+(m[3] ?? 0), monthNumber(m[2] ?? ''), +(m[1] ?? 0), m.index, m[0].length);
  for (const m of matchesOf(MONTH_DAY_WEEKDAY, text))
    if (lettersWithin(m[1] ?? '', 3, 9))
      push(+(m[3] ?? 0), monthNumber(m[1] ?? ''), +(m[2] ?? 0), m.index, m[0].length);
  return out;
}
