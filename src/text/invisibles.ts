/**
 * Invisible characters a page's text may carry: soft hyphens (U+00AD),
 * zero-width spaces (U+200B), word joiners (U+2060) and byte-order marks
 * (U+FEFF). A browser's copy keeps them; they split words for anyone who
 * searches the text, and the HTML path never lets them into a field.
 */

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLES = /[\u00ad\u200b\u2060\ufeff]/g;

/** True for the code unit of an invisible character (the HTML walk's per-character test). */
export function isInvisibleCode(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/**
 * True for the code unit of an invisible format character that may follow a
 * line's last word (a post copied from a social network ends its lines with
 * U+2063): zero-width space, word joiner, the invisible operators U+2061–U+2064,
 * byte-order mark. A sentence's stop before them still ends it.
 */
export function isFormatCode(c: number): boolean {
  return c === 0x200b || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

/** True when `s` holds an invisible character. */
export function hasInvisibles(s: string): boolean {
  return INVISIBLE.test(s);
}

/** `s` without its invisible characters. */
export function dropInvisibles(s: string): string {
  return INVISIBLE.test(s) ? s.replace(INVISIBLES, '') : s;
}
