/**
 * Blind round 42a (issue 10, session 42): four synthetic pages of
 * francophone West and Central African news sites (an `Auteur: X - site |
 * Publié le … | Lu N fois` line, an agency's dispatch with its initials, a
 * paywalled article, a dateline under `X | 02-12-2026`), in
 * test/fixtures/renders-blind42a/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's and the header checks round 38m's
 * (test/helpers/render-round.ts); what still fails is listed with its reason
 * and checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind42a');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 42a: Maghreb news pages rendered to text', DIR, 4, KNOWN);
headerRound(
  'blind round 42a: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
