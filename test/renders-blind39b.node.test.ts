/**
 * Blind round 39b (issue 10, session 39): seven synthetic web pages whose
 * main text is made of short units the gold keeps (an event announcement, a
 * timeline article, a product review, a council's decisions, a results
 * table, a FAQ page, an op-ed opening with a one-line question), in English
 * and French, in test/fixtures/renders-blind39b/, each with its gold written
 * before it was rendered and its renders as Chromium's `innerText`, `w3m
 * -dump` and `lynx -dump` print it (`renderPages` in bench/probes/render.ts).
 * The checks are round 35b's (test/helpers/render-round.ts). What still
 * fails is listed in {@link KNOWN} with its reason (the folder's README says
 * more) and checked with `test.fails`.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

const FACTS =
  "the date, time and place lines under the headline are read as the header's (a date line) and left out";
const FACTS_WRAPPED = `${FACTS}; lynx also wraps the closing sentence into two blocks, the first with no sentence's end, so no sentence closes the programme and it is lost with the sentence`;
const WRAPPED_LEDE =
  "lynx wraps the one paragraph over three lines and the body starts at its last line (the lines above stay the header's)";
const DISCLOSURE =
  'the rating line `Verdict: 4/5` stands between the lists and the closing sentence, so no sentence closes the lists and they are lost with the verdict; the affiliate disclosure and the `Price when reviewed` line over the text stay in the body';
const FAQ =
  "the headline `Questions fréquentes` (the trail's last entry printed again) is not taken as the title: the first question is, and leaves the body (with another headline it still leaves it)";
const OPENING_QUESTION =
  'the opening one-line question under the date line is read as a related headline and the next short line as the standfirst: the body starts at the third line';

/** Renders that still fail, by page and renderer, with the reason (the folder's README says more). */
const KNOWN: KnownFailures = {
  'en-event': { chromium: FACTS, w3m: FACTS, lynx: FACTS_WRAPPED },
  'en-results': { lynx: WRAPPED_LEDE },
  'en-review': { chromium: DISCLOSURE, w3m: DISCLOSURE, lynx: DISCLOSURE },
  'fr-faq': { chromium: FAQ, w3m: FAQ, lynx: FAQ },
  'fr-tribune': { chromium: OPENING_QUESTION, w3m: OPENING_QUESTION, lynx: OPENING_QUESTION },
};

renderRound(
  'blind round 39b: web pages of short units rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind39b'),
  7,
  KNOWN,
);
