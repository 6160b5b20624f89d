/**
 * Blind round 39n (issue 10, session 39): five more synthetic pages of
 * Maghreb news sites (an economic outlet with a market bar; a Tunisian Arabic
 * page dated with the Tunisian month; an English page `Written by X`; a health
 * page updated after its publication, signed `Par Dr X`; a sport page with
 * `Par : X` and `Le : date`), in
 * test/fixtures/renders-blind39n/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's and the header checks round 38m's
 * (test/helpers/render-round.ts); what still fails is listed with its reason
 * and checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind39n');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 39n: Maghreb news pages rendered to text', DIR, 4, KNOWN);
headerRound(
  'blind round 39n: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
