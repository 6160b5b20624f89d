/**
 * Blind round 42m (issue 10, session 42): four synthetic pages of Maghreb
 * news sites printed with the full furniture around the article (cookie
 * notice, tickers, long menus, share rows, comments, most-read lists,
 * newsletter boxes, a market-index strip, a table in the body), in
 * test/fixtures/renders-blind42m/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's and the header checks round 38m's
 * (test/helpers/render-round.ts); what still fails is listed with its reason
 * and checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind42m');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 42m: Maghreb news pages rendered to text', DIR, 4, KNOWN);
headerRound(
  'blind round 42m: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
