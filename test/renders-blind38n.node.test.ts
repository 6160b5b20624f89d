/**
 * Blind round 38n (issue 10, session 38): five harder synthetic pages of
 * Maghreb news sites (a WordPress news theme with a trending bar and a hero
 * header; an Arabic portal under a Hijri day with a meta line closed by a view
 * counter; a column with the author's box over the headline; an English site
 * whose left sidebar of latest headlines comes first; a match report with a
 * score table), in test/fixtures/renders-blind38n/, each with its gold
 * written before it was rendered (`renderPages` in bench/probes/render.ts)
 * or read. The body checks are round 35b's (test/helpers/render-round.ts);
 * the gold also gives the header (title, authors, day), checked on each
 * render below. What still fails is listed with its reason and checked with
 * `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind38n');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none since the round's rules. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 38n: Maghreb news pages rendered to text', DIR, 5, KNOWN);
headerRound(
  'blind round 38n: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
