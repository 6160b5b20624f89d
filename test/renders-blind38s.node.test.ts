/**
 * Blind round 38s (issue 10, session 38): five more synthetic pages of
 * Maghreb news sites (a print view; an Arabic opinion column; a photo
 * gallery; a one-paragraph brief; an English aggregator's APS copy), in
 * test/fixtures/renders-blind38s/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's and the header checks round 38m's
 * (test/helpers/render-round.ts); what still fails is listed with its reason
 * and checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind38s');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none since the round's rules. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 38s: Maghreb news pages rendered to text', DIR, 5, KNOWN);
headerRound(
  'blind round 38s: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
