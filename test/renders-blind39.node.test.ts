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

const FIRST = 'failed on the first run (reasons in the README)';
const all = { chromium: FIRST, w3m: FIRST, lynx: FIRST };

/** Renders that still fail, by page and renderer, with the reason (the folder's README says more). */
const KNOWN: KnownFailures = {
  'de-beipackzettel': all,
  'de-impressum': all,
  'de-spielbericht': all,
  'de-stellenanzeige': { chromium: FIRST },
  'de-tiershop': all,
  'de-weinshop': all,
  'fr-apropos': all,
};

renderRound(
  'blind round 39: web pages of short units rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind39'),
  9,
  KNOWN,
);
