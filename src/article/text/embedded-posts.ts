/**
 * Recogniser: the attribution line closing a social post embedded in an
 * article, as renderers print it under the post's text (`— Solidaires
 * Étudiant-e-s (@SolidairesEtuP8) February 17, 2020`, `— Jane Doe
 * (@janedoe) 3. März 2021`). The post is the article's: quoted, then
 * attributed.
 */

/** A dash, the poster's name, the handle in brackets, then the day it was posted, a year closing it. */
const ATTRIBUTION = /^[—–-] [^(]{1,80}\(@\w{1,30}\) [^(]{3,40}\d{4}$/u;
/** Longest attribution line. */
const MAX_LINE = 160;

/** Whether a line is an embedded post's attribution (see the module's header). */
export function isPostAttribution(text: string): boolean {
  const c = text.charCodeAt(0);
  // A dash opens it: most lines stop here.
  if (c !== 0x2014 && c !== 0x2013 && c !== 0x2d) return false;
  return text.length <= MAX_LINE && text.includes('(@') && ATTRIBUTION.test(text);
}
