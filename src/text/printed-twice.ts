/**
 * Recogniser: a text printed twice in a row on one line (`Tech Insider Tech
 * Insider`, `Shy owlShy owl`): a logo's or an image's alt beside its title or
 * caption, as w3m, lynx and some copies print them. A page's own sentence does
 * not repeat itself whole.
 */

/** Shortest half read as printed twice (`Ha Ha` stays text). */
const MIN_HALF = 4;

/** Whether `t` is one text twice, glued or with one space between. One comparison of the halves. */
export function printedTwice(t: string): boolean {
  const n = t.length;
  const half = n >> 1;
  if (half < MIN_HALF) return false;
  if (n % 2 === 0) return t.slice(0, half) === t.slice(half);
  return t.charCodeAt(half) === 0x20 && t.slice(0, half) === t.slice(half + 1);
}
