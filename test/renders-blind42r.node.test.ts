/**
 * Blind round 42r (issue 10, session 42): ten synthetic web pages of the
 * trafilatura set's kinds (shops, institutions, a club, magazines, a blog, a
 * documentation page, small news sites; English, French, German, Spanish,
 * Arabic) whose story holds lists and tables of its own in its middle or at
 * its end (features with bold labels, spec tables and `<dl>` boxes,
 * nutrition values, requirements as sentences, numbered steps, pros and
 * cons, opening hours, prices, a line-up), with link boxes inside the
 * article or right after it that must still go. They are in
 * test/fixtures/renders-blind42r/, each with its gold written before it was
 * rendered and its renders as Chromium's `innerText`, `w3m -dump` and `lynx
 * -dump` print it (`renderPages` in bench/probes/render.ts). The checks are
 * round 35b's (test/helpers/render-round.ts). What still fails is listed in
 * {@link KNOWN} with its reason (the folder's README says more) and checked
 * with `test.fails`.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

const SHORT_ITEMS =
  "the documents' short items, a lone-word heading and a table whose w3m row shows one column gap weigh against the body one by one: the run ends at the conditions, and the dates table and the closing sentence go with them";
const PROS_CONS =
  'a heading over bold `Pro` / `Contra` labels over items, a spec `<dl>` holding a price and `Fazit` over the closing paragraph: no headed list the rule reads (a heading over a label, a price ends a list, a heading between the lists and the sentence), so the run ends over them';
const CONTENTS_COPY =
  'the subheading is printed again in the `On this page` box under the run and left out as a repeated line (a box of two entries is not read as a contents copy)';
const LISTS_AT_END =
  'the story ends with its lists and table (no sentence of the text under them), as round 39 `de-tiershop`: the headed lists rule needs that sentence';
const BOX_HEADING =
  'the `Related guides` heading inside the article weighs as a teaser heading and ends the run; the lists and steps under the box are lost';
const BOX_TEASERS =
  "the run holds everything, but under the in-body `Related guides` heading every short line up to the steps' prose is read as the box's teasers (`keepRegion`), the next list's heading and items with them";
const SHORT_INTRO =
  '`El cartel queda así:` opens no list (an intro needs six words), so the line-up weighs against the body and the run ends; four words were tried and lowered the trafilatura check split';
const BOX_THEN_PROSE =
  'the line-up is kept, but the `Te puede interesar` heading under it weighs as a teaser heading and the run ends there: the price list and the last paragraph under the box are lost';

/** Renders that still fail, by page and renderer, with the reason (the folder's README says more). */
const KNOWN: KnownFailures = {
  'ar-minha': { w3m: SHORT_ITEMS, lynx: SHORT_ITEMS },
  'de-ebike': { chromium: PROS_CONS, w3m: PROS_CONS, lynx: PROS_CONS },
  'en-docs': { chromium: CONTENTS_COPY },
  'en-kettle': { chromium: LISTS_AT_END, w3m: LISTS_AT_END, lynx: LISTS_AT_END },
  'en-loan': { chromium: BOX_HEADING, w3m: BOX_TEASERS, lynx: BOX_TEASERS },
  'es-festival': { chromium: SHORT_INTRO, w3m: SHORT_INTRO, lynx: BOX_THEN_PROSE },
};

renderRound(
  'blind round 42r: lists and tables inside the story',
  join(import.meta.dirname, 'fixtures', 'renders-blind42r'),
  10,
  KNOWN,
);
