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

/** Folds `s` for loose, case- and accent-insensitive comparison. */
export function fold(s: string): string {
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
