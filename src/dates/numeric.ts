/** Recogniser for numeric day-month-year dates: `14 - 05 - 2025`, `14/05/2025`, `14.05.2025`. */
import { asciiDigits, isoDay } from './iso.js';

/** A date found in a string: its ISO value and where it stands. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

const NUMERIC_DMY =
  /(?<![\d٠-٩])([\d٠-٩]{1,2}) ?[-/.] ?([\d٠-٩]{1,2}) ?[-/.] ?([\d٠-٩]{4})(?![\d٠-٩])/gu;

/** Every valid `DD sep MM sep YYYY` date in `text`, in order. Each candidate is checked in constant time. */
export function findNumericDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  NUMERIC_DMY.lastIndex = 0;
  for (const m of text.matchAll(NUMERIC_DMY)) {
    const [d, mo, y] = [m[1], m[2], m[3]].map((x) => Number(asciiDigits(x ?? '')));
    const iso = isoDay(y ?? 0, mo ?? 0, d ?? 0);
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/**
 * A date in figures where a line opens (`12/12/2025`, `03.12.25`, `24-01-2022`, `2025-12-03`): day, month and a
 * year of two or four figures parted by `/`, `.` or `-`, or an ISO day; Latin figures, no space inside (those are
 * {@link findNumericDates}'s). Sticky: read at `lastIndex` only.
 */
const DATE_IN_FIGURES = /\d{1,2}[./-]\d{1,2}[./-]\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2}/y;

/**
 * Length of the date in figures ({@link DATE_IN_FIGURES}) standing at `at` in `text`, 0 when none does. Not checked
 * as a calendar day, read in constant time; what must follow it (a space, a separator) is the caller's test.
 */
export function numericDateAt(text: string, at: number): number {
  DATE_IN_FIGURES.lastIndex = at;
  return DATE_IN_FIGURES.exec(text)?.[0].length ?? 0;
}
