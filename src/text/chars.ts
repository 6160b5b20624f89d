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
