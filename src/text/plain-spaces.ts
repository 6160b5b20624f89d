/**
 * No-break and thin spaces (U+00A0, U+2007, U+2009, U+202F) as plain spaces,
 * for recognisers whose patterns spell a space as ` `: French typography and
 * browsers' `innerText` print `2\u00a0mai\u00a02023` and `12\u202f%`. Each is
 * one code unit, as the space is, so every offset found in the result is an
 * offset into `text`.
 */

/** The spaces read as plain ones. */
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
/** The same set, for the test that most lines pass. */
const HAS_ODD_SPACE = /[\u00a0\u2007\u2009\u202f]/;

/** `text` with its no-break and thin spaces made plain (the same string when it holds none). */
export function plainSpaces(text: string): string {
  return HAS_ODD_SPACE.test(text) ? text.replace(ODD_SPACES, ' ') : text;
}
