/**
 * Blind round 36 (issue 10, session 36): ten synthetic web pages of kinds
 * rounds 35b and 35c did not have (Spanish, Italian and Portuguese news with
 * inline related links and photo galleries, a Moroccan Arabic-language and an
 * Algerian French-language news page, a university press release, a personal
 * blog post with a long comment thread, a podcast episode page, a council's
 * information page, a magazine's long read with a drop cap and a pull quote),
 * in test/fixtures/renders-blind36/, each with its gold written before it was
 * rendered and its renders as Chromium's `innerText`, `w3m -dump` and
 * `lynx -dump` print it (`renderPages` in bench/probes/render.ts). The checks
 * are round 35b's (test/helpers/render-round.ts): for each render, every
 * paragraph of the gold's main text (`with`) is in `article.text`, and none of
 * the lines the gold lists as another box's (`without`) is. What still fails
 * is listed in {@link KNOWN} with its reason (the folder's README says more)
 * and checked with `test.fails`: a fix makes it pass, and the entry is then
 * taken out.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

/** A long read's photo caption with no credit (a full sentence) over the first paragraph. */
const LONGREAD = 'the uncredited caption (a full sentence) over the first paragraph reads as one';

/** Renders that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {
  'en-longread': {
    chromium: LONGREAD,
    lynx: LONGREAD,
  },
};

renderRound(
  'blind round 36: web pages rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind36'),
  10,
  KNOWN,
);
