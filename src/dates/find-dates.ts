/**
 * Date recognisers for publication dates in lines of text: numeric
 * (`14/05/2025`, `14 - 05 - 2025`, `14.05.2025`), ISO (`2025-05-14`), named
 * months in French, English, the three Arabic families and the other languages
 * of `names.ts` (`dimanche 6 juillet 2025`, `May 2, 2023`, `13 يونيو 2024`,
 * `13. Februar 2017`, `7 de mayo de 2022`, `24 сентября 2018`), Arabic-Indic digits, a clock time
 * after the date (`à 09h17`, `- 14:30`, `14:30 مساءً`), Hijri dates skipped,
 * and relative dates (`il y a 3 heures`, `منذ 5 أشهر`, `hier`, `vor 2 Tagen`, `hace 3 horas`) resolved
 * against a reference day when one is given.
 *
 * Each recogniser runs a few global regular expressions without nested
 * quantifiers over one line; callers bound the line length.
 */

import { fold } from '../text/fold.js';
import { matchesOf } from '../text/matches.js';
import { phrases, words } from '../util/tables.js';
import { findCjkDates } from './cjk.js';
import { findCommaFormDates } from './comma-forms.js';
import { asciiDigits, isoDay, type WrittenDay, withTime } from './iso.js';
import { normaliseIsoString } from './iso-string.js';
import { lettersWithin, monthNumber } from './names.js';
import { type ReferenceDay, shiftDay } from './reference.js';
import { findWrittenFormDates } from './written-forms.js';

/** A date found in a line: ISO value (with time when written) and its span in the line. */
export interface LineDate {
  iso: string;
  start: number;
  end: number;
  /** Resolved from a relative expression (`il y a 3 heures`). */
  relative?: boolean;
  /** A relative expression with no reference day to resolve it against. */
  unresolved?: boolean;
}

// A year may be glued to the clock time after it (`4 de mayo de 202200:00 hs`) or to the next date
// (`19. Juni 201619. Juni 2016`, a page's published and modified dates): a renderer joined two cells.
const NUMERIC =
  /(?<![0-9\u0660-\u0669])([0-9\u0660-\u0669]{1,2}) ?([-/.]) ?([0-9\u0660-\u0669]{1,2}) ?([-/.]) ?([0-9\u0660-\u0669]{4})(?:(?![0-9\u0660-\u0669])|(?=[0-9]{2}:[0-9]{2}(?![0-9]))|(?=[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{4}))/gu;
/**
 * A numeric date with a two-digit year (`11/19/19`, `19.10.19`), read only
 * when a clock time follows (`11/19/19 06:56 AM`, `19.10.19, 12:00 Uhr`,
 * `11/13/19 AT 4:00 PM`): alone, such a run is as often a score or a version.
 * A time range after it (`19.1.23, 10:00-11:30 Uhr`) is an event's, not a stamp's.
 */
const NUMERIC_SHORT_YEAR =
  /(?<![0-9./])([0-9]{1,2})([/.])([0-9]{1,2})\2([0-9]{2})(?![0-9./])(?=,? ?(?:at |AT |um |à )?[0-9]{1,2}:[0-9]{2}(?! ?[-–] ?[0-9]))/gu;
// Seconds, a fraction and a zone are kept when written (`2026-03-14T10:32:00+01:00`, a feed's or a reader service's
// time line), as the HTML path keeps them from metadata.
const ISO =
  /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2}|[+-]\d{4})?)?)?(?!\d)/g;
/** A numeric date written year first with dots or slashes (`2016.12.01`, `2019/11/20`), as East Asian and some European pages print it; never part of a longer dotted number (a version). */
const YEAR_FIRST =
  /(?<![0-9./])((?:19|20)[0-9]{2})([./])([0-9]{1,2})\2([0-9]{1,2})(?![0-9]|[./][0-9])/g;
/**
 * The day may carry its ordinal mark (`3rd August 2017`, `1st of May 2020`, `1º de maio`, `5η Μαΐου`); dots or
 * hyphens alone may join the parts (`21.dez.2018`, `12-Jan-2020`), as the HTML finder reads them; the year may touch
 * a clock time or the next date (`202221/04/2022`, a page's published and modified dates). The month's 3–12
 * letters are bounded in code ({@link lettersWithin}): a non-letter closes them on both sides, so they are the
 * whole run either way.
 */
const DAY_MONTH_YEAR =
  /(?<![\p{L}0-9\u0660-\u0669])([0-9\u0660-\u0669]{1,2})(?:er|ᵉʳ|st|nd|rd|th|º|°|η)?(?:\.|\.? (?:de |of )?|-)([\p{L}\u064b-\u065f]+)(?:\.|\.?,? (?:del? )?|-)([0-9\u0660-\u0669]{4})(?:(?![0-9\u0660-\u0669])|(?=[0-9]{2}:[0-9]{2}(?![0-9]))|(?=[0-9]{1,2}\.? \p{L})|(?=[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4}))/gu;
/**
 * The month's abbreviating dot may touch the day (`Jan.25, 2017`), a comma may follow the month (`Nov, 29, 2016`),
 * the day may carry its ordinal (`January 12th, 2020`), the year may touch a clock time (`20162:00`). The
 * month's 3–9 letters, a whole run, are bounded in code.
 */
const MONTH_DAY_YEAR =
  /(?<![\p{L}])(\p{L}+)(?:\. ?|,? )(\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))/gu;
/**
 * What {@link DAY_MONTH_YEAR} and {@link MONTH_DAY_YEAR} cannot match without (a digit, the month's
 * characters, the year; a day, the year): one search each with no letter class, before the
 * patterns whose `\p{L}` runs cost most on two-byte text (every line of a page with one
 * non-Latin-1 character is).
 */
const DAY_MONTH_YEAR_GATE =
  /[0-9\u0660-\u0669](?:er|ᵉʳ|st|nd|rd|th|º|°|η)?(?:\.|\.? (?:de |of )?|-)[^\s]{3,12}(?:\.|\.?,? (?:del? )?|-)[0-9\u0660-\u0669]{4}/u;
const MONTH_DAY_YEAR_GATE = /\d(?:st|nd|rd|th)?,? \d{4}/;
/**
 * A clock time after a date (`à 09h17`, `14 نوفمبر 2025 على الساعة 11:20`, `04.02.2022  |  15:33`: more spaces than one
 * where a page pads its separator), and its am/pm mark when one stands as a word (`09:40 م`, not the `م` of a name after
 * the time).
 */
const TIME_AFTER =
  /^ *(?:(?:à|at|AT|um|a|-|–|,|،|\||@|(?:على )?الساعة) *)?([0-9\u0660-\u0669]{1,2}) ?[hH:] ?([0-9\u0660-\u0669]{2})(?: ?(مساءً|مساء|صباحاً|صباحا|PM|pm|AM|am|p\.m\.|a\.m\.|م|ص)(?!\p{L}))?/u;
const HIJRI_AFTER = /^ ?(?:هـ|ه\b|هجري)/u;
const RELATIVE_FR =
  /il y a (\d+|une?|quelques) (minutes?|heures?|h|jours?|semaines?|mois|ans?|années?)/giu;
const RELATIVE_AR =
  /منذ ?([0-9\u0660-\u0669]{0,3}) ?(دقيقة|دقائق|ساعتين|ساعات|ساعة|يومين|أيام|ايام|يوم|أسبوعين|أسابيع|اسابيع|أسبوع|اسبوع|شهرين|أشهر|اشهر|شهر|سنتين|سنوات|سنة|أعوام|عام)/gu;
const RELATIVE_EN =
  /(?<![\p{L}\d])(\d{1,3}|an?|a few) (minutes?|hours?|days?|weeks?|months?|years?) ago/giu;
/** German (`vor 3 Stunden`, `vor einem Tag`) and Spanish (`hace 2 días`, `hace una semana`) relative dates. */
const RELATIVE_DE =
  /(?<!\p{L})vor (\d{1,3}|einer|einem|wenigen|ein paar) (minuten|minute|stunden|stunde|tagen|tag|wochen|woche|monaten|monat|jahren|jahr)(?!\p{L})/giu;
const RELATIVE_ES =
  /(?<!\p{L})hace (\d{1,3}|una?|unos|unas|pocos|pocas) (minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|a[ñn]os?)(?!\p{L})/giu;
const YESTERDAY = /(?<!\p{L})(hier|yesterday|gestern|ayer|أمس)(?!\p{L})/giu;
/** The day before yesterday (`avant-hier`, `the day before yesterday`, `أول أمس`, `أول من أمس`): two days back, its span holding the `hier` inside it. */
const DAY_BEFORE_YESTERDAY =
  /(?<!\p{L})(?:avant[- ]hier|day before yesterday|vorgestern|anteayer|antes de ayer|أول (?:من )?أمس)(?!\p{L})/giu;
/** Every date written with digits has one (Western, Arabic-Indic, Persian or full-width). */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9０-９]/;
/** Four digits in a row (Western or Arabic-Indic, mixed as the patterns allow): the year that NUMERIC, ISO, DAY_MONTH_YEAR and MONTH_DAY_YEAR all need. */
const YEAR_DIGITS = /[0-9\u0660-\u0669]{4}/;
/** A word without which no relative date matches. */
const RELATIVE_HINT = /il y a|ago|منذ|hier|yesterday|أمس|vor |hace |gestern|ayer/i;

const PM = new Set(words('مساء مساءً PM pm p.m. م'));

function num(s: string | undefined): number {
  return Number(asciiDigits(s ?? ''));
}

function addTime(line: string, end: number, day: string): { iso: string; end: number } {
  const m = TIME_AFTER.exec(line.slice(end, end + 24));
  if (!m) return { iso: day, end };
  let hour = num(m[1]);
  const minute = num(m[2]);
  if (m[3] && PM.has(m[3]) && hour < 12) hour += 12;
  const iso = withTime(day, hour, minute);
  return iso === day ? { iso, end } : { iso, end: end + m[0].length };
}

/**
 * The day of a numeric date: day first (`05/08/2019` is 5 August), month
 * first only when day first makes no date and month first does
 * (`11/19/2019`, `11.15.2019`, as US pages write them).
 */
function dayOrMonthFirst(year: number, first: number, second: number): string | undefined {
  return isoDay(year, second, first) ?? (second > 12 ? isoDay(year, first, second) : undefined);
}

function numeric(line: string, out: LineDate[]): void {
  for (const m of matchesOf(NUMERIC, line)) {
    if (m[2] !== m[4]) continue; // one separator throughout: `14/05/2025`, not `14/05-2025`
    const end = m.index + m[0].length;
    if (HIJRI_AFTER.test(line.slice(end, end + 8))) continue;
    const day = dayOrMonthFirst(num(m[5]), num(m[1]), num(m[3]));
    if (!day) continue;
    const t = addTime(line, end, day);
    out.push({ iso: t.iso, start: m.index, end: t.end });
  }
}

/** Two-digit years read as this century's below 70, the last one's from 70. */
const CENTURY_PIVOT = 70;

/**
 * Two-digit-year dates: with dots day first (`19.10.19`, as German pages
 * write them), with slashes month first (`11/12/19 4:40PM`, as US pages
 * write them) unless the first number is no month.
 */
function numericShortYear(line: string, out: LineDate[]): void {
  for (const m of matchesOf(NUMERIC_SHORT_YEAR, line)) {
    const yy = num(m[4]);
    const year = yy < CENTURY_PIVOT ? 2000 + yy : 1900 + yy;
    const [a, b] = [num(m[1]), num(m[3])];
    const day = m[2] === '/' && a <= 12 ? isoDay(year, a, b) : dayOrMonthFirst(year, a, b);
    if (!day) continue;
    const t = addTime(line, m.index + m[0].length, day);
    out.push({ iso: t.iso, start: m.index, end: t.end });
  }
}

/** Whether an ISO match's hour, minute and second are a clock's. */
function validClock(m: RegExpExecArray): boolean {
  return num(m[4]) <= 23 && num(m[5]) <= 59 && num(m[6]) <= 59;
}

function iso(line: string, out: LineDate[]): void {
  for (const m of matchesOf(ISO, line)) {
    const day = isoDay(num(m[1]), num(m[2]), num(m[3]));
    if (!day) continue;
    const value =
      m[4] === undefined
        ? day
        : m[6] !== undefined && validClock(m)
          ? (normaliseIsoString(m[0]) ?? day)
          : withTime(day, num(m[4]), num(m[5]));
    out.push({ iso: value, start: m.index, end: m.index + m[0].length });
  }
}

function yearFirst(line: string, out: LineDate[]): void {
  for (const m of matchesOf(YEAR_FIRST, line)) {
    const day = isoDay(num(m[1]), num(m[3]), num(m[4]));
    if (!day) continue;
    const t = addTime(line, m.index + m[0].length, day);
    out.push({ iso: t.iso, start: m.index, end: t.end });
  }
}

function named(line: string, out: LineDate[]): void {
  if (DAY_MONTH_YEAR_GATE.test(line)) dayMonthYear(line, out);
  if (MONTH_DAY_YEAR_GATE.test(line)) monthDayYear(line, out);
  // `26, Abril, 2022`, `Dec 28 Sat 2013`, year first, Vietnamese, the Levant's Arabic names, as the HTML path reads them.
  for (const d of findCommaFormDates(line)) writtenDay(line, d, out);
  for (const d of findWrittenFormDates(line)) writtenDay(line, d, out);
}

/** A date a shared recogniser found, with the clock time written after it. */
function writtenDay(line: string, d: WrittenDay, out: LineDate[]): void {
  const t = addTime(line, d.end, d.iso);
  out.push({ iso: t.iso, start: d.index, end: t.end });
}

function dayMonthYear(line: string, out: LineDate[]): void {
  for (const m of matchesOf(DAY_MONTH_YEAR, line)) {
    if (!lettersWithin(m[2] ?? '', 3, 12)) continue;
    const month = monthNumber(m[2] ?? '');
    if (month === undefined) continue;
    const end = m.index + m[0].length;
    if (HIJRI_AFTER.test(line.slice(end, end + 8))) continue;
    const day = isoDay(num(m[3]), month, num(m[1]));
    if (!day) continue;
    const t = addTime(line, end, day);
    out.push({ iso: t.iso, start: m.index, end: t.end });
  }
}

function monthDayYear(line: string, out: LineDate[]): void {
  for (const m of matchesOf(MONTH_DAY_YEAR, line)) {
    if (!lettersWithin(m[1] ?? '', 3, 9)) continue;
    const month = monthNumber(m[1] ?? '');
    if (month === undefined) continue;
    const day = isoDay(num(m[3]), month, num(m[2]));
    if (!day) continue;
    const t = addTime(line, m.index + m[0].length, day);
    out.push({ iso: t.iso, start: m.index, end: t.end });
  }
}

const FR_UNITS: Readonly<Record<string, [number, number]>> = {
  minute: [0, 0],
  minutes: [0, 0],
  heure: [0, 0],
  heures: [0, 0],
  h: [0, 0],
  jour: [1, 0],
  jours: [1, 0],
  semaine: [7, 0],
  semaines: [7, 0],
  mois: [0, 1],
  an: [0, 12],
  ans: [0, 12],
  annee: [0, 12],
  annees: [0, 12],
  minute_en: [0, 0],
  hour: [0, 0],
  hours: [0, 0],
  day: [1, 0],
  days: [1, 0],
  week: [7, 0],
  weeks: [7, 0],
  month: [0, 1],
  months: [0, 1],
  year: [0, 12],
  years: [0, 12],
};
/** German and Spanish units (folded: no accents, lower case): days and months back per unit. */
const DE_ES_UNITS: Readonly<Record<string, [number, number]>> = {
  minute: [0, 0],
  minuten: [0, 0],
  stunde: [0, 0],
  stunden: [0, 0],
  tag: [1, 0],
  tagen: [1, 0],
  woche: [7, 0],
  wochen: [7, 0],
  monat: [0, 1],
  monaten: [0, 1],
  jahr: [0, 12],
  jahren: [0, 12],
  minuto: [0, 0],
  minutos: [0, 0],
  hora: [0, 0],
  horas: [0, 0],
  dia: [1, 0],
  dias: [1, 0],
  semana: [7, 0],
  semanas: [7, 0],
  mes: [0, 1],
  meses: [0, 1],
  ano: [0, 12],
  anos: [0, 12],
};
/** Words for one (`einer`, `una`) and for a few (`wenigen`, `unos`), by language. */
const ONE = new Set(words('un une a an ein einer einem una uno'));
const FEW = new Set(phrases('quelques|a few|wenigen|ein paar|unos|unas|pocos|pocas'));
const AR_UNITS: Readonly<Record<string, [number, number, number?]>> = {
  دقيقة: [0, 0],
  دقائق: [0, 0],
  ساعة: [0, 0],
  ساعات: [0, 0],
  ساعتين: [0, 0],
  يوم: [1, 0],
  أيام: [1, 0],
  ايام: [1, 0],
  يومين: [1, 0, 2],
  أسبوع: [7, 0],
  اسبوع: [7, 0],
  أسابيع: [7, 0],
  اسابيع: [7, 0],
  أسبوعين: [7, 0, 2],
  شهر: [0, 1],
  أشهر: [0, 1],
  اشهر: [0, 1],
  شهرين: [0, 1, 2],
  سنة: [0, 12],
  سنوات: [0, 12],
  سنتين: [0, 12, 2],
  عام: [0, 12],
  أعوام: [0, 12],
};

function countOf(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  if (w === '') return 1;
  if (ONE.has(w)) return 1;
  if (FEW.has(w)) return 3;
  return num(w);
}

function relative(line: string, out: LineDate[], ref: ReferenceDay | undefined): void {
  const push = (start: number, end: number, days: number, months: number): void => {
    const value = ref ? shiftDay(ref, -days, -months) : undefined;
    if (value) out.push({ iso: value, start, end, relative: true });
    else out.push({ iso: '', start, end, relative: true, unresolved: true });
  };
  for (const m of matchesOf(RELATIVE_FR, line)) {
    const unit = FR_UNITS[fold(m[2] ?? '')] ?? [0, 0];
    const n = countOf(m[1]);
    push(m.index, m.index + m[0].length, unit[0] * n, unit[1] * n);
  }
  for (const m of matchesOf(RELATIVE_EN, line)) {
    const unit = FR_UNITS[(m[2] ?? '').toLowerCase()] ?? [0, 0];
    const n = countOf(m[1]);
    push(m.index, m.index + m[0].length, unit[0] * n, unit[1] * n);
  }
  for (const re of [RELATIVE_DE, RELATIVE_ES])
    for (const m of matchesOf(re, line)) {
      const unit = DE_ES_UNITS[fold(m[2] ?? '')] ?? [0, 0];
      const n = countOf(m[1]);
      push(m.index, m.index + m[0].length, unit[0] * n, unit[1] * n);
    }
  for (const m of matchesOf(RELATIVE_AR, line)) {
    const unit = AR_UNITS[m[2] ?? ''] ?? [0, 0];
    const n = m[1] ? num(m[1]) : (unit[2] ?? 1);
    push(m.index, m.index + m[0].length, unit[0] * n, unit[1] * n);
  }
  for (const m of matchesOf(YESTERDAY, line)) push(m.index, m.index + m[0].length, 1, 0);
  // Found after `hier`, as the longer of two overlapping dates it is the one kept.
  for (const m of matchesOf(DAY_BEFORE_YESTERDAY, line)) push(m.index, m.index + m[0].length, 2, 0);
}

/** Longest line scanned (callers pass lines; longer ones are scanned on their first part only). */
export const MAX_DATE_LINE = 600;

/**
 * All dates of a line, in order of position, overlapping ones removed (the
 * longest wins). Relative dates are resolved against `reference` when given.
 */
export function findDates(text: string, reference?: ReferenceDay): LineDate[] {
  const line = text.length > MAX_DATE_LINE ? text.slice(0, MAX_DATE_LINE) : text;
  const found: LineDate[] = [];
  // Cheap gates first: most lines of a page hold no digit and no relative-date word.
  // The three read a four-digit year: a line with digits but no such run (`12:30`, `3 comments`) is not scanned.
  const digit = ANY_DIGIT.test(line);
  if (digit && YEAR_DIGITS.test(line)) {
    numeric(line, found);
    iso(line, found);
    yearFirst(line, found);
    named(line, found);
  } else if (digit && line.includes(':')) {
    // No four-digit year: a two-digit one before a clock time is the only numeric date left.
    numericShortYear(line, found);
  }
  if (digit)
    for (const d of findCjkDates(line)) found.push({ iso: d.iso, start: d.index, end: d.end });
  if (RELATIVE_HINT.test(line)) relative(line, found, reference);
  // Nothing to order or to overlap (most lines).
  if (found.length < 2) return found;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LineDate[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

/** Share of `text` covered by the dates {@link findDates} reads in it (0 for an empty text): a line that is mostly a date (`Updated Nov 19, 9:41 AM`) covers half or more. */
export function dateShare(text: string, reference?: ReferenceDay): number {
  if (text.length === 0) return 0;
  let covered = 0;
  for (const d of findDates(text, reference)) covered += d.end - d.start;
  return covered / text.length;
}
