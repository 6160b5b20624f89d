/**
 * Recogniser for the heading over a site's description of itself in its
 * footer (`À propos` ⏎ `X est un journal d'information régionale fondé en
 * 2009…`, `About us`, `من نحن`): the prose under it is the site's, not the
 * article's. Headings are data, matched on folded whole lines.
 */
import { trimEndOf } from '../html/trim.js';
import { fold } from '../text/fold.js';

/** Headings over the site's description (folded, no closing colon or question mark). */
export const ABOUT_SITE_HEADINGS: readonly string[] = [
  'a propos',
  'a propos de nous',
  'qui sommes-nous',
  'about us',
  'about',
  'من نحن',
];
const ABOUT_SITE = new Set(ABOUT_SITE_HEADINGS);

/** Whether a whole line is a heading over the site's description of itself. */
export function isAboutSiteHeading(text: string, folded?: string): boolean {
  return text.length <= 30 && ABOUT_SITE.has(trimEndOf(folded ?? fold(text), ' :?'));
}
