/** Character classes used across recognisers, as small predicates (no regex backtracking). */

/** U+00A0 NO-BREAK SPACE: crawlers keep it, tickers use runs of it as separators. */
export const NBSP = '\u00a0';

/** True for ASCII whitespace, NBSP and the other Unicode space separators a dump may hold. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for a line break character (LF, CR, or the Unicode line/paragraph separators). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** True for letters of the Arabic script blocks, presentation forms included. */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** Trims whitespace (NBSP included) from both ends of `input[start, end)` and returns the inner range. */
export function trimRange(input: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(input.charCodeAt(s))) s++;
  while (e > s && isSpace(input.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * True when a line opens with a text renderer's list bullet and a space
 * (`* `, `+ `, `- `, `• `, `o `, as w3m and lynx print list items) and goes on.
 */
export function startsWithBullet(text: string): boolean {
  return text.length > 2 && text.charAt(1) === ' ' && '*+-•o'.includes(text.charAt(0));
}

/** Chinese and Japanese characters, written with no space between words: their punctuation, kana, ideographs, full-width forms. */
const CJK = /[\u3001-\u9fff\uff00-\uffef]/gu;

/** What one Chinese or Japanese character counts for against a Latin letter. */
const CJK_WEIGHT = 3;

/**
 * A text's length as prose measures it: each Chinese or Japanese character
 * counts {@link CJK_WEIGHT} times, for those scripts say in 40 characters
 * what Latin scripts say in 120 (a Japanese paragraph is no shorter than a
 * French one). Korean spaces its words and counts as written. Other texts:
 * their length.
 */
export function proseLength(text: string): number {
  // Most text holds no CJK character: one native search says so.
  CJK.lastIndex = 0;
  if (!CJK.test(text)) return text.length;
  CJK.lastIndex = 0;
  let cjk = 0;
  while (CJK.exec(text) !== null) cjk++;
  return text.length + (CJK_WEIGHT - 1) * cjk;
}
