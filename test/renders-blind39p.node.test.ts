/**
 * Blind round 39p (issue 10, session 39): four more synthetic pages of
 * Maghreb news sites made of short units (a list of measures, an interview's
 * questions, a statement's numbered points, a short lede and a short last
 * paragraph), in
 * test/fixtures/renders-blind39p/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's and the header checks round 38m's
 * (test/helpers/render-round.ts); what still fails is listed with its reason
 * and checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind39p');

/** Body checks that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {
  'en-short-lede': {
    chromium: 'a subheading and one short sentence closing the text read as a box',
    w3m: 'a subheading and one short sentence closing the text read as a box',
    lynx: 'a subheading and one short sentence closing the text read as a box',
  },
};

/** Header checks that still fail, by page and renderer, with the reason: none. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 39p: Maghreb news pages rendered to text', DIR, 4, KNOWN);
headerRound(
  'blind round 39p: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
