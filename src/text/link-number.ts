/**
 * Recogniser: the number lynx prints in brackets before a link's text
 * (`[12]port authority`, `By [6]Amina Saidi`, `… [6]Lire la suite`), read
 * forwards from its bracket or backwards from the text it opens.
 */

/** Most digits in a link's number (lynx numbers a page's links from 1). */
const MAX_DIGITS = 5;

/** An ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** End of the link number `[n]` opening at `i` in `text`, or -1. */
export function linkNumberEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x5b) return -1;
  let j = i + 1;
  while (j < text.length && j - i - 1 < MAX_DIGITS && isDigit(text.charCodeAt(j))) j++;
  return j > i + 1 && text.charCodeAt(j) === 0x5d ? j + 1 : -1;
}

/** Start of the link number `[n]` ending right before `at` in `text`, or `at` when there is none. */
export function linkNumberStart(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 0x5d) return at;
  let i = at - 2;
  while (i >= 0 && at - 2 - i < MAX_DIGITS && isDigit(text.charCodeAt(i))) i--;
  return i < at - 2 && text.charCodeAt(i) === 0x5b ? i : at;
}

/** Whether `text` holds `n` link numbers or more: a row of links (a menu, a share bar), as lynx prints one. */
export function holdsLinkNumbers(text: string, n: number): boolean {
  for (let i = text.indexOf('['); i >= 0 && n > 0; i = text.indexOf('[', i + 1))
    if (linkNumberEnd(text, i) > 0) n--;
  return n <= 0;
}
