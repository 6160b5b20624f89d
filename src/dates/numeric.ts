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
