/**
 * Folding for matching: lower case, no diacritics, one apostrophe, one quote,
 * Arabic presentation forms and tatweel normalised, spaces collapsed.
 * The folded string is for comparison only: spans always point at the original.
 */

const COMBINING = /\p{M}/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const QUOTES = /[\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\s\u00a0]+/g;
const TATWEEL = /\u0640/g;

/** True when `s` holds only printable ASCII and spaces: nothing to normalise. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || c === 0x60 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d))
      return false;
  }
  return true;
}

/** {@link fold} for plain ASCII: lower case, spaces collapsed and trimmed. */
function foldAscii(s: string): string {
  const lower = s.toLowerCase();
  let spaced = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (
      (c === 0x20 && (i === 0 || lower.charCodeAt(i - 1) === 0x20)) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d
    ) {
      spaced = true;
      break;
    }
  }
  return (spaced ? lower.replace(SPACES, ' ') : lower).trim();
}

/** Folds `s` for loose, case- and accent-insensitive comparison. */
export function fold(s: string): string {
  if (isPlainAscii(s)) return foldAscii(s);
  return s
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(TATWEEL, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .toLowerCase()
    .trim();
}

/**
 * Like {@link fold} but also drops quotes, turns hyphens into spaces and
 * ignores spacing around punctuation (`Sonatrach :` = `Sonatrach:`): for
 * near-duplicate keys.
 */
export function foldLoose(s: string): string {
  return fold(s)
    .replace(/["-]/g, ' ')
    .replace(/ ?([:;!?,.]) ?/g, '$1')
    .replace(/ +/g, ' ')
    .trim();
}
