/**
 * Invisible characters a page's text may carry: soft hyphens (U+00AD),
 * zero-width spaces (U+200B), word joiners (U+2060) and byte-order marks
 * (U+FEFF). A browser's copy keeps them; they split words for anyone who
 * searches the text, and the HTML path never lets them into a field.
 */

const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLES = /[\u00ad\u200b\u2060\ufeff]/g;

/** True when `s` holds an invisible character. */
export function hasInvisibles(s: string): boolean {
  return INVISIBLE.test(s);
}

/** `s` without its invisible characters. */
export function dropInvisibles(s: string): string {
  return INVISIBLE.test(s) ? s.replace(INVISIBLES, '') : s;
}
