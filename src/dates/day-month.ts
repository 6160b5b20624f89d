/**
 * Recogniser: a line that opens with a day and a month and no year, as a
 * schedule prints its entries (`June 9 – West Palm Beach, FL`, `12 juin :
 * Casablanca`, `Samedi 12 juin – Rabat`, `9. Juni – Berlin`). Full dates with
 * a year are the date finder's (find-dates.ts).
 */
import { fold } from '../text/fold.js';
import { DAYS, monthNumber } from './names.js';

/** Characters of a line's start read for its day and month. */
const HEAD = 40;
/** A day of the month as schedules write it: `9`, `09`, `9.`, `1er`, `9th`. */
const DAY = /^(?:0?[1-9]|[12]\d|3[01])(?:\.|er|st|nd|rd|th)?$/;

/** Whether `text` opens with a day and a month, in either order, a weekday's name allowed before them. */
export function opensWithDayMonth(text: string): boolean {
  const words = text
    .slice(0, HEAD)
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
  let i = 0;
  if (words[0] !== undefined && DAYS.has(fold(words[0]).replace(/[.,:]$/, ''))) i = 1;
  const a = words[i];
  const b = words[i + 1]?.replace(/[.,:]$/, '');
  if (a === undefined || b === undefined) return false;
  return (
    (DAY.test(a) && monthNumber(b) !== undefined) || (monthNumber(a) !== undefined && DAY.test(b))
  );
}
