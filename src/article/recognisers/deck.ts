/**
 * Recogniser of a standfirst (deck): the sentence or two between a headline and
 * its article that sums the article up. Both paths ask it of the lines they
 * find there; most such lines are furniture (share labels, captions and their
 * credits, date stamps, menus in capitals or as lists, a picture's text printed
 * twice), so only a line that reads as prose is one.
 */
import { findDates } from '../../dates/find-dates.js';
import { captionWithCredit, endsWithCreditName } from '../../furniture/credits.js';
import { isStampLine } from '../../furniture/stamps.js';
import { isFurnitureBlock } from '../../html/furniture.js';
import { printedTwice } from '../../text/printed-twice.js';

/** Shortest deck, in characters and in words: a shorter line is a kicker or a label. */
const MIN_DECK = 30;
const MIN_WORDS = 6;
/** Longest: a longer block is a paragraph. */
const MAX_DECK = 600;

/** Opens as a sentence does: a capital, a letter of a script without case, a digit or an opening quote. */
const OPENS = /^[\p{Lu}\p{Lt}\p{Lo}\d«"“„‘'¿¡]/u;
/** Ends as a label over what follows, or a line that goes on. */
const GOES_ON = /[,;:–-]$/u;

/** Words with a letter in them (a dash or a slash between words is none). */
function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(' ')) if (/\p{L}/u.test(w)) n++;
  return n;
}

/** Words a deck has beyond its headline's, at least: a deck printed with no final stop is clearly longer. */
const DECK_EXTRA_WORDS = 3;

/** Number of words of a short line (runs of spaces count once). */
export function spacedWords(text: string): number {
  let n = 0;
  for (const w of text.split(' ')) if (w.length > 0) n++;
  return n;
}

/**
 * Whether `deck` is longer than the `headline` over it by a deck's margin
 * ({@link DECK_EXTRA_WORDS} words or more): the one length test that tells a
 * headline over its subtitle, for the text path's title and the ticker's runs.
 */
export function deckLonger(headline: string, deck: string): boolean {
  return spacedWords(deck) >= spacedWords(headline) + DECK_EXTRA_WORDS;
}

/** Separators of a list of sections or links (`Comedy / Reise / Vlog`). */
const LIST_SEPARATOR = / [/|·•] /gu;

/** Two list separators or more: a menu's or a channel list's line (`Comedy & Cartoons / Reise / Vlog`). */
export function listLine(text: string): boolean {
  return (text.match(LIST_SEPARATOR)?.length ?? 0) >= 2;
}

/** More capitals than small letters: a line in capitals is a menu's or a banner's. */
function mostlyCapitals(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (const c of text) {
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= 'a' && c <= 'z') lower++;
    else if (c !== c.toLowerCase()) upper++;
    else if (c !== c.toUpperCase()) lower++;
  }
  return upper > lower;
}

/** Whether a header line reads as a deck: prose of a few words that no furniture test claims. */
export function deckLike(text: string): boolean {
  return (
    text.length >= MIN_DECK &&
    text.length <= MAX_DECK &&
    OPENS.test(text) &&
    !GOES_ON.test(text) &&
    wordCount(text) >= MIN_WORDS &&
    !mostlyCapitals(text) &&
    !listLine(text) &&
    !printedTwice(text) &&
    !captionWithCredit(text) &&
    !endsWithCreditName(text) &&
    !isStampLine(text) &&
    !isFurnitureBlock(text, false) &&
    findDates(text).length === 0
  );
}
