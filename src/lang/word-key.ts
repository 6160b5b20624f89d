/**
 * A short word of ASCII letters as one number, so word lists can be looked up
 * in a set of numbers without slicing or lower-casing the text.
 */

/**
 * The word `text[start, end)` as a number: each letter lower-cased and read as
 * a base-32 digit from 1 (`a`) to 26 (`z`), or -1 when a character is not an
 * ASCII letter. One number per word (no digit is 0), exact up to ten letters.
 */
export function asciiWordKey(text: string, start: number, end: number): number {
  let key = 0;
  for (let i = start; i < end; i++) {
    const lower = text.charCodeAt(i) | 0x20;
    if (lower < 0x61 || lower > 0x7a) return -1;
    key = key * 32 + (lower - 0x60);
  }
  return key;
}
