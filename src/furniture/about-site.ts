/**
 * Recogniser for the heading over a site's description of itself in its
 * footer (`À propos` ⏎ `X est un journal d'information régionale fondé en
 * 2009…`, `About us`, `من نحن`): the prose under it is the site's, not the
 * article's. Headings are data, matched on folded whole lines.
 */
import { fold } from '../text/fold.js';
import { wholeLineTest } from '../text/whole-line.js';
import { phrases } from '../util/tables.js';

/** Headings over the site's description (folded, no closing colon or question mark). */
export const ABOUT_SITE_HEADINGS: readonly string[] = /* @__PURE__ */ phrases(
  'a propos|a propos de nous|qui sommes-nous|about us|about|من نحن',
);

/** Whether a whole line (up to 30 characters) is a heading over the site's description of itself. */
export const isAboutSiteHeading = wholeLineTest(ABOUT_SITE_HEADINGS, 30, ' :?');

/**
 * Openings of the heading over a firm's or a body's description closing a press release (`À propos de X`,
 * `About X`, `Über X`, `نبذة عن X`), folded.
 */
const ABOUT_ORGANISATION_OPENINGS: readonly string[] = /* @__PURE__ */ phrases(
  "a propos de |a propos d'|a propos d’|about |uber |acerca de |sobre |نبذة عن ",
);

/** Longest heading over a firm's description. */
const MAX_ABOUT_ORGANISATION = 60;
/** Most words of the name after the opening. */
const MAX_NAME_WORDS = 5;

/**
 * The name a whole line heads a firm's or a body's description with, as a press release closes
 * (`À propos d'Atlas Logistique` gives `Atlas Logistique`, `About Sais Logistics`): a known opening, then a name
 * (a capital or an Arabic letter first, five words at most), no stop at the end; undefined for any other line.
 */
export function aboutOrganisationName(text: string): string | undefined {
  if (text.length > MAX_ABOUT_ORGANISATION || /[.!?:؟]$/u.test(text)) return undefined;
  const f = fold(text);
  const opening = ABOUT_ORGANISATION_OPENINGS.find((o) => f.startsWith(o));
  if (!opening) return undefined;
  const name = text.slice(opening.length);
  const c = name.charAt(0);
  const named = c !== c.toLowerCase() || (c >= '\u0600' && c <= '\u06ff');
  return named && name.split(' ').length <= MAX_NAME_WORDS ? name : undefined;
}
