/** Building ISO 8601 strings from parts, with range checks. */

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM-DD` when the parts make a real calendar day (years 1000–2999), else undefined. */
export function isoDay(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return undefined;
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Appends `THH:MM` to a day when the clock time is valid. */
export function withTime(day: string, hour: number, minute: number): string {
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return day;
  return `${day}T${pad(hour)}:${pad(minute)}`;
}

/** Converts Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII. */
export function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) out += String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String(c - 0x06f0);
    else out += ch;
  }
  return out;
}

/** A day written in a text: its ISO value and where it is written. */
export interface WrittenDay {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** Offset in the text. */
  index: number;
  /** End offset in the text. */
  end: number;
}

/** {@link isoDay} for the years pages are dated in (1990–2099): a number outside them is no page's date. */
export function recentDay(year: number, month: number, day: number): string | undefined {
  return year >= 1990 && year <= 2099 ? isoDay(year, month, day) : undefined;
}
