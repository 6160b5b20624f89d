/**
 * Recogniser for the day forms the day-month-year and month-day-year patterns
 * leave: year first with a month name (Hungarian `2020. március 12.`) or with
 * spaced figures (Korean and Hungarian `2020. 7. 15.`), Vietnamese
 * `12 tháng 3 năm 2020`, Arabic with the Levant's two-word or two-letter month
 * names, both names or an Arabic comma (`3 كانون الأول 2026`, `5 آب 2024`,
 * `3 ديسمبر/كانون الأول 2026`, `03 ديسمبر، 2026`). Shared by the HTML and text
 * date finders.
 */

import { matchesOf } from '../text/matches.js';
import { asciiDigits, recentDay, type WrittenDay } from './iso.js';
import { lettersWithin, monthNumber } from './names.js';

/** Year first with a month name, Hungarian style: `2020. március 12.`; the month's 3–10 letters, a whole run, bounded in code ({@link lettersWithin}). */
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})\. (\p{L}+)\.? (\d{1,2})\.(?!\d)/gu;
/** Vietnamese: `12 tháng 3 năm 2020`, `12 tháng 3, 2020`. */
const VI = /(?<!\d)(\d{1,2}) tháng (\d{1,2}),? (?:năm )?(\d{4})(?!\d)/gu;
/** Korean and Hungarian numeric dates, a space after each dot and one closing the day: `2020. 7. 15.`. */
const YMD_SPACED = /(?<!\d)(\d{4})\. (\d{1,2})\. (\d{1,2})\.(?!\d)/g;
/**
 * Arabic day-month-year with the Levant's two-word and two-letter month names (`3 كانون الأول 2026`,
 * `5 آب 2024`), both names (`3 ديسمبر/كانون الأول 2026`, `21 أيلول / سبتمبر 2023`), an Arabic comma
 * before the year (`03 ديسمبر، 2026`). A name is one or two words of Arabic letters; a digit or a slash
 * ends it, so each part has one reading.
 */
const AR_DAY_MONTH =
  /(?<![\p{L}\d])([0-9\u0660-\u0669\u06f0-\u06f9]{1,2}) ([\u0621-\u064a]{2,8}(?: [\u0621-\u064a]{4,7})?)(?: ?\/ ?([\u0621-\u064a]{2,8}(?: [\u0621-\u064a]{4,7})?))?(،?) ([0-9\u0660-\u0669\u06f0-\u06f9]{4})(?![0-9\u0660-\u0669\u06f0-\u06f9])/gu;
/** An Arabic letter: the gate of {@link AR_DAY_MONTH}. */
const ARABIC_LETTER = /[\u0621-\u064a]/;
/**
 * The dates of `text` in these forms (years 1990–2099), form by form; `take` gets each and returns true
 * when it wants no more (then the search stops). A caller has checked that `text` holds four digits in a row.
 */
export function eachWrittenFormDate(text: string, take: (d: WrittenDay) => boolean): void {
  const push = (
    y: number,
    m: number | undefined,
    d: number,
    index: number,
    len: number,
  ): boolean => {
    const iso = m ? recentDay(y, m, d) : undefined;
    return iso !== undefined && take({ iso, index, end: index + len });
  };
  if (ARABIC_LETTER.test(text))
    for (const m of matchesOf(AR_DAY_MONTH, text)) {
      const name = m[2] ?? '';
      const other = m[3];
      // One word of three letters or more, no comma: the day-month pattern reads it.
      if (other === undefined && m[4] === '' && name.length >= 3 && !name.includes(' ')) continue;
      const month = monthNumber(name);
      // Both names must name the same month.
      if (!month || (other !== undefined && monthNumber(other) !== month)) continue;
      const y = Number(asciiDigits(m[5] ?? ''));
      if (push(y, month, Number(asciiDigits(m[1] ?? '')), m.index, m[0].length)) return;
    }
  for (const m of matchesOf(YEAR_MONTH_DAY, text))
    if (
      lettersWithin(m[2] ?? '', 3, 10) &&
      push(+(m[1] ?? 0), monthNumber(m[2] ?? ''), +(m[3] ?? 0), m.index, m[0].length)
    )
      return;
  for (const m of matchesOf(VI, text))
    if (push(+(m[3] ?? 0), +(m[2] ?? 0), +(m[1] ?? 0), m.index, m[0].length)) return;
  for (const m of matchesOf(YMD_SPACED, text))
    if (push(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0), m.index, m[0].length)) return;
}

/** Every date of `text` in these forms, form by form (not in order of position). */
export function findWrittenFormDates(text: string): WrittenDay[] {
  const out: WrittenDay[] = [];
  eachWrittenFormDate(text, (d) => {
    out.push(d);
    return false;
  });
  return out;
}
