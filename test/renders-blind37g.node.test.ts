/**
 * Blind round 37g (issue 10, session 37): ten synthetic web pages, German
 * first, of kinds the earlier rounds lacked (a regional paper's article with
 * inline related links, an ad slot and a paywall teaser; a police
 * department's page of press reports; a town's event page; a glossary entry;
 * a product comparison; a club's match report; a parish news item; a Q&A
 * site's question page; a Spanish regional paper and a French town hall's
 * news item), in test/fixtures/renders-blind37g/, each with its gold written
 * before it was rendered and its renders as Chromium's `innerText`,
 * `w3m -dump` and `lynx -dump` print it (`renderPages` in
 * bench/probes/render.ts). The checks are round 35b's
 * (test/helpers/render-round.ts): for each render, every paragraph of the
 * gold's main text (`with`) is in `article.text`, and none of the lines the
 * gold lists as another box's (`without`) is. What still fails is listed in
 * {@link KNOWN} with its reason (the folder's README says more) and checked
 * with `test.fails`: a fix makes it pass, and the entry is then taken out.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

/** A comparison table's rows (neither in nor out) end with the affiliate button's cell the gold lists as out. */
const TABLE_BUTTON =
  'the comparison table’s rows end with the `Preis prüfen*` cell: kept with its row, the gold lists the button out';

/** Renders that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {
  'de-produkttest': { chromium: TABLE_BUTTON, w3m: TABLE_BUTTON, lynx: TABLE_BUTTON },
};

renderRound(
  'blind round 37g: web pages rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind37g'),
  10,
  KNOWN,
);
