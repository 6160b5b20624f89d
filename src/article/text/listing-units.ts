/**
 * Recognisers: the repeated units that tell a listing from its content when
 * no address is given. A listing prints one unit per article: a headline over
 * a date line of the same shape (`05/08/2019|2 min de lecture`), or an excerpt
 * cut in mid-word. An article prints one date line, and ends its paragraphs.
 */

import { findDates } from '../../dates/find-dates.js';
import type { ReferenceDay } from '../../dates/reference.js';
import { isAttributedQuote } from '../../text/attributed-quote.js';

/** Longest date line whose shape is read (a date line is short). */
const MAX_META = 80;
/** The last character of a line cut in mid-word: a lower-case letter, or a cut entity's `&`. */
const LAST_CUT = /^(?:\p{Ll}|&)$/u;
/** Shortest excerpt whose cut end counts: shorter lines are headings and menu labels. */
const MIN_CUT = 120;

/** A date line's day (ISO, `YYYY-MM-DD`) and shape, when it reads a date. */
interface Stamp {
  day: string;
  shape: string;
}

/**
 * The shape of a date line from its date on: digits as `0`, letters as `a`,
 * runs collapsed (`17/02/2020 à 08h52` → `0/0/0 a 0a0`), so that the units
 * of one listing share it whatever their day and month names; with the day.
 */
export function dateStamp(text: string, reference?: ReferenceDay): Stamp | undefined {
  if (text.length > MAX_META) return undefined;
  const date = findDates(text, reference)[0];
  if (!date || date.unresolved) return undefined;
  let shape = '';
  let last = '';
  for (const ch of text.slice(date.start)) {
    const c = /\p{Nd}/u.test(ch) ? '0' : /\p{L}/u.test(ch) ? 'a' : /\s/u.test(ch) ? ' ' : ch;
    if (c !== last || (c !== '0' && c !== 'a' && c !== ' ')) shape += c;
    last = c;
  }
  return { day: date.iso.slice(0, 10), shape };
}

/**
 * An excerpt cut in mid-word: one long line of sentences (a comma or a full
 * stop inside) that ends on a lower-case letter, or on an HTML entity cut
 * short (`agac&`). A wrapped block (a menu, a renderer's wrapped paragraph) is none.
 */
export function cutMidWord(text: string): boolean {
  return (
    text.length >= MIN_CUT &&
    LAST_CUT.test(text.slice(-1)) &&
    !text.includes('\n') &&
    (text.includes(', ') || text.includes('. ')) &&
    // A quotation and who said it ends on the speaker's words, not cut.
    !isAttributedQuote(text)
  );
}

/**
 * Counts dated units: date lines under a headline, of the first one's shape,
 * newest first as a listing orders them (a comment thread runs oldest first).
 */
export class DatedUnits {
  private shape: string | undefined;
  private day = '';
  private units = 0;
  private ascending = false;
  private readonly reference: ReferenceDay | undefined;

  constructor(reference?: ReferenceDay) {
    this.reference = reference;
  }

  /** Reads a date line; `headlineAbove` says whether a headline (or a headline and its excerpt) stands over it. */
  dateLine(text: string, headlineAbove: boolean): void {
    if (!headlineAbove || this.ascending) return;
    const stamp = dateStamp(text, this.reference);
    if (stamp === undefined) return;
    if (this.shape === undefined) this.shape = stamp.shape;
    if (stamp.shape !== this.shape) return;
    if (this.units > 0 && stamp.day > this.day) this.ascending = true;
    this.day = stamp.day;
    this.units++;
  }

  /** How many units, newest first, shared the first unit's shape (none once a later day followed an earlier one). */
  get count(): number {
    return this.ascending ? 0 : this.units;
  }
}
