/**
 * Recogniser: a line that opens with a day and a month and no year, as a
 * schedule prints its entries (`June 9 – West Palm Beach, FL`, `12 juin :
 * Casablanca`, `Samedi 12 juin – Rabat`, `9. Juni – Berlin`). Full dates with
 * a year are the date finder's (find-dates.ts).
 */
import { holdsAsciiDigit } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { DAYS, monthNumber } from './names.js';

/** Longest word read as a weekday's or a month's name. */
const MAX_NAME = 12;
/** Longest line searched for a digit before its first words are read. */
const DIGIT_FIRST_MAX = 200;
/** A day of the month as schedules write it: `9`, `09`, `9.`, `1er`, `9th`. */
const DAY = /^(?:0?[1-9]|[12]\d|3[01])(?:\.|er|st|nd|rd|th)?$/;

/** The word of `text` from `from` to the next space or comma, its closing `.`, `,` or `:` dropped; `end` is where it stops. */
function wordAt(text: string, from: number): { word: string; end: number } {
  let end = from;
  while (end < text.length && end - from <= MAX_NAME) {
    const c = text.charCodeAt(end);
    if (c === 0x20 || c === 0x2c) break;
    end++;
  }
  let word = text.slice(from, end);
  const last = word.charCodeAt(word.length - 1);
  if (last === 0x2e || last === 0x3a) word = word.slice(0, -1);
  let next = end;
  while (next < text.length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x2c))
    next++;
  return { word, end: next };
}

/** Whether `word` is a day of the month. */
function isDay(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && DAY.test(word);
}

/** Whether `word` names a month (`juin`, `June`, `Jun.`). */
function isMonth(word: string): boolean {
  const c = word.charCodeAt(0);
  return (
    word.length >= 3 &&
    word.length <= MAX_NAME &&
    !(c >= 0x30 && c <= 0x39) &&
    monthNumber(word) !== undefined
  );
}

/** Whether `text` opens with a day and a month, in either order, a weekday's name allowed before them. */
export function opensWithDayMonth(text: string): boolean {
  // The day is written in digits ({@link isDay}): a line with none is read no further, one native search
  // (on a line of a list's length: a paragraph's first words are read instead of all of it).
  if (text.length <= DIGIT_FIRST_MAX && !holdsAsciiDigit(text)) return false;
  let first = wordAt(text, 0);
  // A weekday's name first (`Samedi 12 juin`): the day and month follow it.
  if (first.word.length >= 3 && !isDay(first.word) && DAYS.has(fold(first.word)))
    first = wordAt(text, first.end);
  const a = first.word;
  if (a.length === 0) return false;
  const dayFirst = isDay(a);
  // Only a day or a month's name can open the pair: most lines are ruled out by their first word.
  if (!dayFirst && !isMonth(a)) return false;
  const b = wordAt(text, first.end).word;
  return dayFirst ? isMonth(b) : isDay(b);
}
