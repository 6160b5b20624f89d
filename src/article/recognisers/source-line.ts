/** Recogniser: `Publié dans <Source> le DD - MM - YYYY` and its Arabic twin `نشر في <Source> يوم …`. */
import { findDates } from '../../dates/find-dates.js';
import { DAYS } from '../../dates/names.js';
import { findNumericDates } from '../../dates/numeric.js';
import type { Block } from '../../input/block.js';
import { fold } from '../../text/fold.js';
import type { SourceLineForm } from '../profiles/profile.js';

/** A day-month-year date and nothing else (Arabic-Indic digits allowed). */
const DATE_SHAPE = /^[\d٠-٩]{1,2} ?[-/.] ?[\d٠-٩]{1,2} ?[-/.] ?[\d٠-٩]{4}$/u;

/** Longest line read as a source line (keeps the recogniser's work per line bounded). */
const MAX_LENGTH = 300;

/** A source-credit line: who is credited and when, with spans in the input. */
export interface SourceLine {
  /** The block holding the line. */
  block: Block;
  /** The credited publication's name. */
  name: string;
  /** Span of the name in the input. */
  nameStart: number;
  /** End of the name's span. */
  nameEnd: number;
  /** ISO day, when the line ends with a valid date (`dateStart` is set for any date-shaped tail). */
  date?: string;
  /** Span of the date in the input. */
  dateStart?: number;
  /** End of the date's span. */
  dateEnd?: number;
}

/**
 * Whether a would-be name opens with a date (`14 جويلية 2025 - 09:40`, `الاثنين 14 جويلية 2025`):
 * `نشر في` also means "published on", and the line is then a date line, not a credit.
 */
function opensWithDate(name: string): boolean {
  const date = findDates(name)[0];
  if (!date) return false;
  const before = name.slice(0, date.start).trim();
  return before.length === 0 || (!before.includes(' ') && DAYS.has(fold(before)));
}

/**
 * A post's meta separators: a publication's name never holds one, and what follows it on the line is the post's
 * meta (`Published in Plain Engineering · 6 min read · Mar 12, 2025`).
 */
const META_SEPARATORS = [' · ', ' | ', ' • '];

/** `name` up to its first meta separator. */
function beforeMeta(name: string): string {
  let end = name.length;
  for (const sep of META_SEPARATORS) {
    const at = name.indexOf(sep);
    if (at > 0 && at < end) end = at;
  }
  return name.slice(0, end);
}

/** Reads `block` as a source line of one of `forms`; undefined when it is not one. */
export function recogniseSourceLine(
  block: Block,
  forms: readonly SourceLineForm[],
): SourceLine | undefined {
  const text = block.text;
  if (text.length > MAX_LENGTH) return undefined;
  for (const form of forms) {
    // The first character first: most lines open otherwise, and a code comparison costs less than a search.
    if (form.prefix.length > 0 && text.charCodeAt(0) !== form.prefix.charCodeAt(0)) continue;
    if (!text.startsWith(form.prefix)) continue;
    // `<prefix><name><connector><date>`: the date is what follows the last connector.
    const at = text.lastIndexOf(form.connector);
    const tail = at >= form.prefix.length ? text.slice(at + form.connector.length) : '';
    const dated = DATE_SHAPE.test(tail);
    const name = beforeMeta(text.slice(form.prefix.length, dated ? at : text.length)).trim();
    if (name.length === 0 || opensWithDate(name)) continue;
    const nameStart = block.start + text.indexOf(name, form.prefix.length);
    const line: SourceLine = { block, name, nameStart, nameEnd: nameStart + name.length };
    if (dated) {
      const dateStart = block.start + at + form.connector.length;
      line.dateStart = dateStart;
      line.dateEnd = block.end;
      const found = findNumericDates(tail)[0];
      if (found) line.date = found.iso;
    }
    return line;
  }
  return undefined;
}
