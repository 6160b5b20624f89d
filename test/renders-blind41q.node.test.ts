/**
 * Blind round 41q (issue 10, session 41): four more synthetic pages of
 * Maghreb news sites (two authors and an agency on one byline; two Arabic
 * authors under `إعداد:`; the date above the headline; a caption between the
 * headline and the byline), in test/fixtures/renders-blind41q/, each with its
 * gold written before it was rendered (`renderPages` in
 * bench/probes/render.ts) or read. The body checks are round 35b's and the
 * header checks round 38m's (test/helpers/render-round.ts); what still fails
 * is listed with its reason and checked with `test.fails` (the folder's
 * README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind41q');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 41q: Maghreb news pages rendered to text', DIR, 4, KNOWN);
headerRound(
  'blind round 41q: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
