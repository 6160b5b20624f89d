/**
 * Blind round 39n (issue 10, session 39): four more synthetic pages of
 * Maghreb news sites (a TAP copy dated by its dateline only; an Arabic byline
 * `كتبت X`; a French travel blog with comments; an English page credited by a
 * wire's reporting line under the text), in
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
