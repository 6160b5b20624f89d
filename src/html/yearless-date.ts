/**
 * A day printed without its year (`Feb 24`, `24 févr.`, `24. Februar`), as
 * blogs and social sites print this year's posts, read only when it is the
 * whole text of a date element, and resolved against a reference day: the
 * last such day on or before it (a day after it is last year's).
 */
import { isoDay } from '../dates/iso.js';
import { monthNumber } from '../dates/names.js';
import type { ReferenceDay } from '../dates/reference.js';

const MONTH_FIRST = /^(?:on )?(\p{L}{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?$/u;
const DAY_FIRST = /^(?:le )?(\d{1,2})(?:er|\.)? (\p{L}{3,12})\.?$/u;

/** The day `text` names with no year, resolved against `reference`; undefined when `text` is anything else. */
export function yearlessDay(text: string, reference: ReferenceDay): string | undefined {
  const t = text.trim();
  if (t.length > 24) return undefined;
  const a = MONTH_FIRST.exec(t);
  const b = a ? undefined : DAY_FIRST.exec(t);
  const month = a ? monthNumber(a[1] ?? '') : b ? monthNumber(b[2] ?? '') : undefined;
  const day = Number(a ? a[2] : b?.[1]);
  if (!month || !day) return undefined;
  // A day after the reference (a day's slack for time zones) was printed last year.
  const later = month > reference.month || (month === reference.month && day > reference.day + 1);
  return isoDay(later ? reference.year - 1 : reference.year, month, day);
}
