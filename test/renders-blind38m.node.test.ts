/**
 * Blind round 38m (issue 10, session 38): five synthetic pages of Maghreb news
 * sites, the users' own family (a Moroccan French portal with a prayer-times
 * bar, a `Dernière minute` ticker, comments and `Les plus lus`; an Algerian
 * French daily with a chapeau and `Dans la même rubrique` teasers; a Tunisian
 * portal reproducing a TAP dispatch under a `Flash info` bar; an Algerian
 * Arabic daily with `بقلم:` and an inline `اقرأ أيضا:`; a Moroccan English
 * outlet with `Read also:` and an ad slot), in
 * test/fixtures/renders-blind38m/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's (test/helpers/render-round.ts); this round's gold also
 * gives the header (title, authors, day), checked on each render below. What
 * still fails is listed with its reason and checked with `test.fails` (the
 * folder's README says more).
 */
import { join } from 'node:path';
import { headerRound, type KnownFailures, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind38m');

/** Body checks that still fail, by page and renderer, with the reason: none. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason: none since the round's rules. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 38m: Maghreb news pages rendered to text', DIR, 5, KNOWN);
headerRound(
  'blind round 38m: the header of Maghreb news pages rendered to text',
  DIR,
  KNOWN_HEADER,
);
