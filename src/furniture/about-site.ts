/**
 * Recogniser for the heading over a site's description of itself in its
 * footer (`À propos` ⏎ `X est un journal d'information régionale fondé en
 * 2009…`, `About us`, `من نحن`): the prose under it is the site's, not the
 * article's. Headings are data, matched on folded whole lines.
 */
import { wholeLineTest } from '../text/whole-line.js';
import { phrases } from '../util/tables.js';

/** Headings over the site's description (folded, no closing colon or question mark). */
export const ABOUT_SITE_HEADINGS: readonly string[] = /* @__PURE__ */ phrases(
  'a propos|a propos de nous|qui sommes-nous|about us|about|من نحن',
);

/** Whether a whole line (up to 30 characters) is a heading over the site's description of itself. */
export const isAboutSiteHeading = wholeLineTest(ABOUT_SITE_HEADINGS, 30, ' :?');
