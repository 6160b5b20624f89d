/**
 * Blind round 43ar (issue 10, session 43): eight synthetic Arabic pages of
 * Egyptian, Levantine, Gulf and pan-Arab outlets and of an international
 * broadcaster's Arabic edition (a kicker over the headline, days in
 * Arabic-Indic digits and in the Levant's month names, Hijri and Gregorian
 * days side by side, `كتب:` / `كتبت:` / `حاورها:` / `حرر بواسطة:` bylines,
 * the dateline byline `القاهرة: X`, a live-update page, an opinion column
 * with the writer's box first, an interview in `س:` / `ج:`, and a section
 * page in `listing/`), in test/fixtures/renders-blind43ar/, each with its
 * gold written before it was rendered (`renderPages` in
 * bench/probes/render.ts) or read. The body checks are round 35b's, the
 * header checks round 38m's and the listing's round 41k's
 * (test/helpers/render-round.ts); what still fails is listed with its reason
 * and checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import {
  headerRound,
  type KnownFailures,
  listingRound,
  renderRound,
} from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind43ar');

/** Body checks that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {};

const LIVE =
  "the meta line `الدوحة - الخليج الآن نشر في: … آخر تحديث: …` (city, the site's name, two stamps) is taken for the title over the headline and the `مباشر` badge";
/** Header checks that still fail, by page and renderer, with the reason. */
const KNOWN_HEADER: KnownFailures = {
  'ar-khaleej-live': { chromium: LIVE, w3m: LIVE },
  'ar-levant': {
    lynx: 'lynx prints the top bar (`بيروت الإثنين 7 كانون الأول 2026 18° English Français`) as a paragraph of its own, two blank lines over the menu: it is taken for the title',
  },
};

/** Listing checks that still fail, by page and renderer, with the reason. */
const KNOWN_LISTING: KnownFailures = {};

renderRound('blind round 43ar: Mashreq and Gulf news pages rendered to text', DIR, 7, KNOWN);
headerRound(
  'blind round 43ar: the header of Mashreq and Gulf news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
listingRound(
  'blind round 43ar: a Mashreq section page rendered to text',
  join(DIR, 'listing'),
  1,
  KNOWN_LISTING,
);
