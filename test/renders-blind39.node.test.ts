/**
 * Blind round 39 (issue 10, session 39): nine synthetic web pages whose main
 * text is made of short units the gold keeps (a pet shop's product page, a
 * medicine entry, a how-to of numbered steps, an association's about-us page,
 * an Impressum, a recipe, a club's match report, a job advert, a wine shop's
 * description), in test/fixtures/renders-blind39/, each with its gold written
 * before it was rendered and its renders as Chromium's `innerText`, `w3m
 * -dump` and `lynx -dump` print it (`renderPages` in bench/probes/render.ts).
 * The checks are round 35b's (test/helpers/render-round.ts): for each render,
 * every line of the gold's main text (`with`) is in `article.text`, and none
 * of the lines the gold lists as another box's (`without`) is. What still
 * fails is listed in {@link KNOWN} with its reason (the folder's README says
 * more) and checked with `test.fails`: a fix makes it pass, and the entry is
 * then taken out.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

const LISTS =
  'a feature list under its heading follows the last line of the description and no sentence of the text closes it (a table and the reviews follow): the headed lists rule needs that sentence';
const NOTICE =
  'every line of the legal notice is short (address, register number, names): no line weighs as prose, so the body is the last sentence alone';
const CONTENTS =
  "the first section's heading stands right under the contents box's last entry and leaves with the box";
const ALT_AD =
  "the ad's image alt text under `Anzeige` stays in the body (w3m, lynx print it), and the heading under it is lost";
const LINE_UP =
  "the line-up line is read as a match sheet's and left out (markBoilerplate); lynx also wraps the goals line and prints the gallery's captions on one line";
const SULPHITE =
  "the sulphite and bottler line under the list weighs as prose and carries the run through the reviews' heading to a review";
const WRAPPED =
  'lynx wraps the sulphite line into two short ones and the list right under the last tasting line (no blank line) is left out';

/** Renders that still fail, by page and renderer, with the reason (the folder's README says more). */
const KNOWN: KnownFailures = {
  'de-beipackzettel': { chromium: CONTENTS, w3m: ALT_AD, lynx: ALT_AD },
  'de-impressum': { chromium: NOTICE, w3m: NOTICE, lynx: NOTICE },
  'de-spielbericht': { chromium: LINE_UP, w3m: LINE_UP, lynx: LINE_UP },
  'de-tiershop': { chromium: LISTS, w3m: LISTS, lynx: LISTS },
  'de-weinshop': { chromium: SULPHITE, w3m: SULPHITE, lynx: WRAPPED },
};

renderRound(
  'blind round 39: web pages of short units rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind39'),
  9,
  KNOWN,
);
