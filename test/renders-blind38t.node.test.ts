/**
 * Blind round 38t (issue 10, session 38): four more synthetic pages of
 * Maghreb news sites (an Egyptian-style Arabic portal signed `كتب X`; a
 * correspondent's byline with its date; a TAP copy with an editor's note; a
 * live match page stamped by the minute), in
 * test/fixtures/renders-blind38t/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's and the header checks round 38m's
 * (test/helpers/render-round.ts); what still fails is listed with its reason
 * and checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind38t');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none since the round's rules. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 38t: Maghreb news pages rendered to text', DIR, 4, KNOWN);
headerRound(
  'blind round 38t: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
