/**
 * Blind round 38r (issue 10, session 38): five more synthetic pages of
 * Maghreb news sites (a numbered comment thread under a short article; an
 * APS dispatch in Arabic; an English op-ed with the author's bio; a press
 * release on a regional CMS; an Arabic live page of timed entries), in
 * test/fixtures/renders-blind38r/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's (test/helpers/render-round.ts); the gold also gives the
 * header (title, authors, day; a `null` field is not checked), checked on
 * each render below. What still fails is listed with its reason and checked
 * with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind38r');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none since the round's rules. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 38r: Maghreb news pages rendered to text', DIR, 5, KNOWN);
headerRound(
  'blind round 38r: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
