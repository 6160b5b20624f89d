/**
 * Blind round 41p (issue 10, session 41): four more synthetic pages of
 * Maghreb news sites (an Arabic column with the author's box above the
 * headline; a ministry's statement reproduced; a photo gallery; an English
 * column signed by a name and trade with no label), in
 * test/fixtures/renders-blind41p/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's and the header checks round 38m's
 * (test/helpers/render-round.ts); what still fails is listed with its reason
 * and checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind41p');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 41p: Maghreb news pages rendered to text', DIR, 4, KNOWN);
headerRound(
  'blind round 41p: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
