/**
 * Recogniser for dates written in visible text: ISO (`2021-05-01`), numeric
 * (`01.05.2021`, `1/5/2021`, `2021/05/01`), day-month-year and
 * month-day-year with month names in French, English, Arabic (the three
 * families), German, Spanish, Italian, Portuguese, Dutch, Russian,
 * Ukrainian, Polish, Turkish, the Scandinavian languages, Indonesian and
 * Malay, Czech and Slovak, Romanian, Hungarian (`2020. március 12.`),
 * Finnish, Catalan, Bulgarian and Greek, Vietnamese `12 tháng 3 năm 2020`,
 * Chinese, Japanese and Korean `2020年7月3日` / `2020년 7월 3일`, Arabic-Indic digits. Global regular expressions with bounded quantifiers only.
 */
import { asciiDigits, isoDay } from '../dates/iso.js';
import { MONTHS } from '../dates/names.js';
import { fold } from '../text/fold.js';
import { matchesOf } from '../text/matches.js';

/** Month names beyond the French, English and Arabic of `dates/names.ts`, folded. Data only. */
const MORE_MONTHS: ReadonlyMap<string, number> = new Map([
  ['januar', 1],
  ['jaenner', 1],
  ['janner', 1],
  ['februar', 2],
  ['marz', 3],
  ['maerz', 3],
  ['juni', 6],
  ['juli', 7],
  ['oktober', 10],
  ['dezember', 12],
  ['okt', 10],
  ['dez', 12],
  ['mrz', 3],
  ['enero', 1],
  ['febrero', 2],
  ['marzo', 3],
  ['abril', 4],
  ['mayo', 5],
  ['junio', 6],
  ['julio', 7],
  ['agosto', 8],
  ['septiembre', 9],
  ['setiembre', 9],
  ['octubre', 10],
  ['noviembre', 11],
  ['diciembre', 12],
  ['gennaio', 1],
  ['febbraio', 2],
  ['aprile', 4],
  ['maggio', 5],
  ['giugno', 6],
  ['luglio', 7],
  ['settembre', 9],
  ['ottobre', 10],
  ['dicembre', 12],
  ['janeiro', 1],
  ['fevereiro', 2],
  ['marco', 3],
  ['maio', 5],
  ['junho', 6],
  ['julho', 7],
  ['setembro', 9],
  ['outubro', 10],
  ['dezembro', 12],
  ['januari', 1],
  ['februari', 2],
  ['maart', 3],
  ['mei', 5],
  ['augustus', 8],
  ['sept', 9],
  ['ene', 1],
  ['abr', 4],
  ['ago', 8],
  ['dic', 12],
  ['gen', 1],
  ['mag', 5],
  ['giu', 6],
  ['lug', 7],
  ['set', 9],
  ['ott', 10],
  ['mrt', 3],
  ['okt', 10],
  // Russian and Ukrainian (genitive, as dates write them), Polish (genitive), Turkish.
  ['января', 1],
  ['февраля', 2],
  ['марта', 3],
  ['апреля', 4],
  ['мая', 5],
  ['июня', 6],
  ['июля', 7],
  ['августа', 8],
  ['сентября', 9],
  ['октября', 10],
  ['ноября', 11],
  ['декабря', 12],
  ['січня', 1],
  ['лютого', 2],
  ['березня', 3],
  ['квітня', 4],
  ['травня', 5],
  ['червня', 6],
  ['липня', 7],
  ['серпня', 8],
  ['вересня', 9],
  ['жовтня', 10],
  ['листопада', 11],
  ['грудня', 12],
  ['stycznia', 1],
  ['lutego', 2],
  ['marca', 3],
  ['kwietnia', 4],
  ['maja', 5],
  ['czerwca', 6],
  ['lipca', 7],
  ['sierpnia', 8],
  ['wrzesnia', 9],
  ['pazdziernika', 10],
  ['listopada', 11],
  ['grudnia', 12],
  ['ocak', 1],
  ['subat', 2],
  ['mart', 3],
  ['nisan', 4],
  ['mayıs', 5],
  ['haziran', 6],
  ['temmuz', 7],
  ['agustos', 8],
  ['eylul', 9],
  ['ekim', 10],
  ['kasım', 11],
  ['aralık', 12],
  // Danish, Norwegian, Swedish (beyond the German and Dutch spellings above).
  ['marts', 3],
  ['maj', 5],
  ['augusti', 8],
  ['desember', 12],
  // Indonesian and Malay.
  ['maret', 3],
  ['agustus', 8],
  ['mac', 3],
  ['julai', 7],
  ['ogos', 8],
  ['disember', 12],
  // Czech and Slovak (genitive, as dates write them).
  ['ledna', 1],
  ['unora', 2],
  ['brezna', 3],
  ['dubna', 4],
  ['kvetna', 5],
  ['cervna', 6],
  ['cervence', 7],
  ['srpna', 8],
  ['zari', 9],
  ['rijna', 10],
  ['listopadu', 11],
  ['prosince', 12],
  ['januara', 1],
  ['februara', 2],
  ['aprila', 4],
  ['juna', 6],
  ['jula', 7],
  ['augusta', 8],
  ['septembra', 9],
  ['oktobra', 10],
  ['novembra', 11],
  ['decembra', 12],
  // Romanian.
  ['ianuarie', 1],
  ['februarie', 2],
  ['martie', 3],
  ['aprilie', 4],
  ['iunie', 6],
  ['iulie', 7],
  ['septembrie', 9],
  ['octombrie', 10],
  ['noiembrie', 11],
  ['decembrie', 12],
  // Hungarian (written year first: `2020. március 12.`).
  ['marcius', 3],
  ['aprilis', 4],
  ['majus', 5],
  ['junius', 6],
  ['julius', 7],
  ['augusztus', 8],
  ['szeptember', 9],
  // Finnish (partitive, as dates write them).
  ['tammikuuta', 1],
  ['helmikuuta', 2],
  ['maaliskuuta', 3],
  ['huhtikuuta', 4],
  ['toukokuuta', 5],
  ['kesakuuta', 6],
  ['heinakuuta', 7],
  ['elokuuta', 8],
  ['syyskuuta', 9],
  ['lokakuuta', 10],
  ['marraskuuta', 11],
  ['joulukuuta', 12],
  // Catalan.
  ['gener', 1],
  ['febrer', 2],
  ['marc', 3],
  ['maig', 5],
  ['juny', 6],
  ['juliol', 7],
  ['agost', 8],
  ['setembre', 9],
  ['octubre', 10],
  ['desembre', 12],
  // Bulgarian.
  ['януари', 1],
  ['февруари', 2],
  ['март', 3],
  ['април', 4],
  ['май', 5],
  ['юни', 6],
  ['юли', 7],
  ['август', 8],
  ['септември', 9],
  ['октомври', 10],
  ['ноември', 11],
  ['декември', 12],
  // Greek (genitive, folded: no accents).
  ['ιανουαριου', 1],
  ['φεβρουαριου', 2],
  ['μαρτιου', 3],
  ['απριλιου', 4],
  ['μαιου', 5],
  ['ιουνιου', 6],
  ['ιουλιου', 7],
  ['αυγουστου', 8],
  ['σεπτεμβριου', 9],
  ['οκτωβριου', 10],
  ['νοεμβριου', 11],
  ['δεκεμβριου', 12],
]);

/** The month number of a month name or abbreviation, any supported language. */
export function monthNumber(word: string): number | undefined {
  const key = fold(word).replace(/\.$/, '');
  return MONTHS.get(key) ?? MORE_MONTHS.get(key);
}

/** A date found in a text: the day and where it was written. */
export interface TextDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Offset in the text. */
  index: number;
  /** End offset in the text. */
  end: number;
}

// `[0-9\u0660-\u0669\u06f0-\u06f9]`: ASCII, Arabic-Indic or Persian digits (written out: patterns stay literal for the ReDoS check).
const ISO = /(?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;
const YMD = /(?<![\d])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d])/g;
const NUMERIC =
  /(?<![0-9\u0660-\u0669\u06f0-\u06f9.:/])([0-9\u0660-\u0669\u06f0-\u06f9]{1,2}) ?([./-]) ?([0-9\u0660-\u0669\u06f0-\u06f9]{1,2}) ?\2 ?([0-9\u0660-\u0669\u06f0-\u06f9]{4})(?![0-9\u0660-\u0669\u06f0-\u06f9])/gu;
const DAY_MONTH =
  /(?<![\p{L}\d])([0-9\u0660-\u0669\u06f0-\u06f9]{1,2})(?:st|nd|rd|th|er|ᵉʳ|º|η)?(?:\.? (?:de |of )?|-)([\p{L}\u064b-\u065f]{3,12})(?:\.?,? (?:de )?|-)([0-9\u0660-\u0669\u06f0-\u06f9]{4})(?![0-9\u0660-\u0669\u06f0-\u06f9])/gu;
/** Year first with a month name, Hungarian style: `2020. március 12.`. */
const YEAR_MONTH_DAY = /(?<!\d)(\d{4})\. (\p{L}{3,10})\.? (\d{1,2})\.(?!\d)/gu;
/** Vietnamese: `12 tháng 3 năm 2020`, `12 tháng 3, 2020`. */
const VI = /(?<!\d)(\d{1,2}) tháng (\d{1,2}),? (?:năm )?(\d{4})(?!\d)/gu;
const CJK = /(?<!\d)(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]/gu;
const MONTH_DAY = /(?<![\p{L}])(\p{L}{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?!\d)/gu;

/** Four digits in a row, of the digit sets the patterns above read (mixed as NUMERIC and DAY_MONTH allow). */
const YEAR_DIGITS = /[0-9\u0660-\u0669\u06f0-\u06f9]{4}/;

const SHORT_YEAR = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/;

/**
 * A day written `30.10.23` (two-digit year, 2000–2099), the first in `text`;
 * month first (`11.03.17` is 3 November) when `monthFirst` (US English)
 * and the first figure can be a month. Read only inside date elements: elsewhere such
 * figures are too often something else (versions, scores).
 */
export function findShortYearDate(text: string, monthFirst = false): TextDate | undefined {
  const m = SHORT_YEAR.exec(text);
  if (!m) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  // Day first, unless it cannot be, or a US page writes month first (a first figure above 12 is a day even there).
  const swap = a <= 12 && (b > 12 || monthFirst);
  const iso = swap ? isoDay(2000 + Number(m[3]), a, b) : isoDay(2000 + Number(m[3]), b, a);
  return iso ? { iso, index: m.index, end: m.index + m[0].length } : undefined;
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
  // Every pattern below reads a four-digit year: a text without four digits in a row has no date here.
  if (!YEAR_DIGITS.test(text)) return;
  // True once `take` wants no more.
  const push = (y: number, m: number, d: number, index: number, len: number): boolean => {
    if (y < 1990 || y > 2099) return false;
    const iso = isoDay(y, m, d);
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
  for (const m of matchesOf(DAY_MONTH, text)) {
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
  for (const m of matchesOf(YEAR_MONTH_DAY, text)) {
    const month = monthNumber(m[2] ?? '');
    if (month && push(+(m[1] ?? 0), month, +(m[3] ?? 0), m.index, m[0].length)) return;
  }
  for (const m of matchesOf(VI, text))
    if (push(+(m[3] ?? 0), +(m[2] ?? 0), +(m[1] ?? 0), m.index, m[0].length)) return;
  for (const m of matchesOf(CJK, text))
    if (push(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0), m.index, m[0].length)) return;
  for (const m of matchesOf(MONTH_DAY, text)) {
    const month = monthNumber(m[1] ?? '');
    if (month && push(+(m[3] ?? 0), month, +(m[2] ?? 0), m.index, m[0].length)) return;
  }
}
