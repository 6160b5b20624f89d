/**
 * Recogniser for dates written in visible text: ISO (`2021-05-01`), numeric
 * (`01.05.2021`, `1/5/2021`, `2021/05/01`), day-month-year and
 * month-day-year with month names in French, English, Arabic (the three
 * families), German, Spanish, Italian, Portuguese, Dutch, Russian,
 * Ukrainian, Polish, Turkish, the Scandinavian languages, Indonesian and
 * Malay, Czech and Slovak, Romanian, Hungarian (`2020. március 12.`),
 * Finnish, Catalan, Bulgarian and Greek, Vietnamese `12 tháng 3 năm 2020`,
 * Chinese, Japanese and Korean `2020年7月3日` / `2020년 7월 3일`, Arabic-Indic digits, the
 * Levant's two-word month names and pan-Arab double names (`3 ديسمبر/كانون الأول 2026`). Global regular expressions with bounded quantifiers only,
 * but a month's letters: a whole run between non-letters, matched as `\p{L}+` and bounded in code ({@link lettersWithin}),
 * as a bounded repeat of a letter class is compiled once per repeat (15–140 ms at a process's first two-byte line).
 */
import { findCjkDates } from '../dates/cjk.js';
import { findCommaFormDates } from '../dates/comma-forms.js';
import { asciiDigits, isoDay, recentDay, type WrittenDay } from '../dates/iso.js';
import { lettersWithin, monthNumber } from '../dates/names.js';
import { eachWrittenFormDate } from '../dates/written-forms.js';
import { matchesOf } from '../text/matches.js';

/** A date found in a text: the day and where it was written. */
export type TextDate = WrittenDay;

// `[0-9\u0660-\u0669\u06f0-\u06f9]`: ASCII, Arabic-Indic or Persian digits (written out: patterns stay literal for the ReDoS check).
const ISO = /(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;
const YMD = /(?<![\d])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d])/g;
const NUMERIC =
  /(?<![0-9\u0660-\u0669\u06f0-\u06f9.:/])([0-9\u0660-\u0669\u06f0-\u06f9]{1,2}) ?([./-]) ?([0-9\u0660-\u0669\u06f0-\u06f9]{1,2}) ?\2 ?([0-9\u0660-\u0669\u06f0-\u06f9]{4})(?![0-9\u0660-\u0669\u06f0-\u06f9])/gu;
const DAY_MONTH =
  /(?<![\p{L}\d])([0-9\u0660-\u0669\u06f0-\u06f9]{1,2})(?:st|nd|rd|th|er|ᵉʳ|º|°|η)?(?:\.|\.? (?:de |of )?|-)([\p{L}\u064b-\u065f]+)(?:\.|\.?,? (?:del? )?|-)([0-9\u0660-\u0669\u06f0-\u06f9]{4})(?:(?![0-9\u0660-\u0669\u06f0-\u06f9])|(?=[0-9]{1,2}[./: ]))/gu;
/**
 * Month, day and year; the month's abbreviating dot may touch the day (`Jan.25, 2017`), a comma may follow
 * the month (`Nov, 29, 2016`).
 */
const MONTH_DAY =
  /(?<![\p{L}])(\p{L}+)(?:\. ?|,? )(\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:(?!\d)|(?=\d{1,2}[./: ]))/gu;
/**
 * What {@link DAY_MONTH} and {@link MONTH_DAY} cannot match without (a day, the month's characters,
 * the year; a day, the year): one search each with no letter class, before the patterns whose
 * `\p{L}` runs cost most on two-byte text.
 */
const DAY_MONTH_GATE =
  /[0-9\u0660-\u0669\u06f0-\u06f9](?:st|nd|rd|th|er|ᵉʳ|º|°|η)?(?:\.|\.? (?:de |of )?|-)[^\s]{3,12}(?:\.|\.?,? (?:del? )?|-)[0-9\u0660-\u0669\u06f0-\u06f9]{4}/u;
const MONTH_DAY_GATE = /\d(?:st|nd|rd|th)?,? \d{4}/;
/**
 * A date glued to the word before it by inline markup: a place or label before a day with its dot
 * (`Hamburg07. November 2023`, `Autor11. Dezember 2012`), a label before a capitalised month
 * (`Associated PressDecember 2, 2016`). {@link DAY_MONTH} and {@link MONTH_DAY} want no letter there.
 * HTML only: on a text dump such a line is a kicker run into its date (`FINTECH20. Juni 2019`), not markup's glue.
 */
const GLUED_DAY = /(?<=\p{L})(\d{1,2})\. ?(\p{L}+) (\d{4})(?!\d)/gu;
const GLUED_MONTH = /(?<=\p{Ll})(\p{Lu}\p{Ll}+)\.? (\d{1,2}),? (\d{4})(?!\d)/gu;
/** What the glued patterns need: a letter right before a digit or a capital (ASCII gates, no letter class). */
const GLUED_GATE = /[A-Za-z\u00c0-\u024f]\d{1,2}\. ?[^\s\d]|[a-z][A-Z][a-z]{2,8}\.? \d/;

/** Four digits in a row, of the digit sets the patterns above read (mixed as NUMERIC and DAY_MONTH allow). */
const YEAR_DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]{4}/;
/** {@link YEAR_DIGITS} or the year mark of Chinese, Japanese and Korean dates. */
const YEAR_OR_MARK = /[0-9\u0660-\u0669\u06f0-\u06f9]{4}|[年년]/;

const SHORT_YEAR = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?![\d./])/;

/**
 * A day written `30.10.23` or `13/11/19` (two-digit year, 2000–2099), the first in `text`;
 * month first (`11.03.17` is 3 November) when `monthFirst` (US English)
 * and the first figure can be a month. Read only inside date elements: elsewhere such
 * figures are too often something else (versions, scores).
 */
export function findShortYearDate(text: string, monthFirst = false): TextDate | undefined {
  const m = SHORT_YEAR.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[3]);
  // Day first, unless it cannot be, or a US page writes month first (a first figure above 12 is a day even there).
  const swap = a <= 12 && (b > 12 || monthFirst);
  const iso = swap ? isoDay(2000 + Number(m[4]), a, b) : isoDay(2000 + Number(m[4]), b, a);
  return iso ? { iso, index: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * A day written with a two-digit year right before a clock time
 * (`28.09.19 12:44`, `11/13/19, 4:40 PM`), as forums and comment lists print
 * a post's time; the two may be glued when a renderer joined their spans
 * (`28.09.1912:44`). Alone, such a run is as often a score or a version.
 */
const CLOCKED_SHORT_YEAR =
  /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2}),? ?(?=[0-2]?\d:[0-5]\d(?!\d))/g;

/** The days {@link CLOCKED_SHORT_YEAR} finds in `text` (years 2000–2099), in order of position; month first as {@link findShortYearDate} reads it. */
export function findClockedShortYearDates(text: string, monthFirst = false): TextDate[] {
  if (!text.includes(':')) return [];
  const out: TextDate[] = [];
  for (const m of matchesOf(CLOCKED_SHORT_YEAR, text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const swap = a <= 12 && (b > 12 || (monthFirst && m[2] === '/'));
    const iso = swap ? isoDay(2000 + Number(m[4]), a, b) : isoDay(2000 + Number(m[4]), b, a);
    if (iso) out.push({ iso, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Every plausible calendar date in `text` (years 1990–2099), in order of position. */
export function findTextDates(text: string, monthFirst = false): TextDate[] {
  const out: TextDate[] = [];
  eachTextDate(text, monthFirst, (d) => {
    out.push(d);
    return false;
  });
  return out.sort((x, y) => x.index - y.index);
}

/** Whether `text` holds a date {@link findTextDates} would find: the search stops at the first. */
export function hasTextDate(text: string): boolean {
  let found = false;
  eachTextDate(text, false, () => {
    found = true;
    return true;
  });
  return found;
}

/**
 * Hands the plausible calendar dates of `text` to `take`, pattern by pattern
 * (not in order of position), until `take` returns true.
 */
function eachTextDate(text: string, monthFirst: boolean, take: (d: TextDate) => boolean): void {
  // Every pattern reads a four-digit year or a CJK year mark: most texts have neither (one search).
  if (!YEAR_OR_MARK.test(text)) return;
  // Chinese, Japanese and Korean dates (their digits may be full-width, an era's year has one to three).
  for (const d of findCjkDates(text)) if (take(d)) return;
  // Every pattern below reads a four-digit year.
  if (!YEAR_DIGITS.test(text)) return;
  // True once `take` wants no more.
  const push = (y: number, m: number, d: number, index: number, len: number): boolean => {
    const iso = recentDay(y, m, d);
    return iso !== undefined && take({ iso, index, end: index + len });
  };
  for (const m of matchesOf(ISO, text))
    if (push(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0), m.index, m[0].length)) return;
  for (const m of matchesOf(YMD, text))
    if (push(+(m[1] ?? 0), +(m[3] ?? 0), +(m[4] ?? 0), m.index, m[0].length)) return;
  for (const m of matchesOf(NUMERIC, text)) {
    const a = Number(asciiDigits(m[1] ?? ''));
    const b = Number(asciiDigits(m[3] ?? ''));
    const y = Number(asciiDigits(m[4] ?? ''));
    // Day first, unless it cannot be, or a US page writes month/day/year.
    const swap = a <= 12 && (b > 12 || (monthFirst && m[2] === '/'));
    if (swap ? push(y, a, b, m.index, m[0].length) : push(y, b, a, m.index, m[0].length)) return;
  }
  if (DAY_MONTH_GATE.test(text))
    for (const m of matchesOf(DAY_MONTH, text)) {
      if (!lettersWithin(m[2] ?? '', 3, 12)) continue;
      const month = monthNumber(m[2] ?? '');
      if (
        month &&
        push(
          Number(asciiDigits(m[3] ?? '')),
          month,
          Number(asciiDigits(m[1] ?? '')),
          m.index,
          m[0].length,
        )
      )
        return;
    }
  // Year first, Vietnamese, the Levant's Arabic names.
  let done = false;
  eachWrittenFormDate(text, (d) => {
    done = take(d);
    return done;
  });
  if (done) return;
  if (MONTH_DAY_GATE.test(text))
    for (const m of matchesOf(MONTH_DAY, text)) {
      if (!lettersWithin(m[1] ?? '', 3, 9)) continue;
      const month = monthNumber(m[1] ?? '');
      if (month && push(+(m[3] ?? 0), month, +(m[2] ?? 0), m.index, m[0].length)) return;
    }
  for (const d of findCommaFormDates(text)) if (take(d)) return;
  if (GLUED_GATE.test(text)) {
    for (const m of matchesOf(GLUED_DAY, text)) {
      if (!lettersWithin(m[2] ?? '', 3, 12)) continue;
      const month = monthNumber(m[2] ?? '');
      if (month && push(+(m[3] ?? 0), month, +(m[1] ?? 0), m.index, m[0].length)) return;
    }
    for (const m of matchesOf(GLUED_MONTH, text)) {
      if (!lettersWithin(m[1] ?? '', 3, 9)) continue;
      const month = monthNumber(m[1] ?? '');
      if (month && push(+(m[3] ?? 0), month, +(m[2] ?? 0), m.index, m[0].length)) return;
    }
  }
}
