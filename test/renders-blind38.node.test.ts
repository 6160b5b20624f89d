/**
 * Blind round 38 (issue 10, session 38): ten synthetic web pages of the kinds
 * the trafilatura set holds most (a German sports club's news post with a
 * result table, gallery captions and sponsor logos; a municipality's notice
 * with its contact box, opening hours and `Aktuelles` sidebar; a shop's
 * product page; a podcast episode's show notes; a glossary entry; an English
 * recipe, travel and personal blog post; a Spanish regional article; a French
 * association's news post), in test/fixtures/renders-blind38/, each with its
 * gold written before it was rendered and its renders as Chromium's
 * `innerText`, `w3m -dump` and `lynx -dump` print it (`renderPages` in
 * bench/probes/render.ts). The checks are round 35b's
 * (test/helpers/render-round.ts): for each render, every paragraph of the
 * gold's main text (`with`) is in `article.text`, and none of the lines the
 * gold lists as another box's (`without`) is. What still fails is listed in
 * {@link KNOWN} with its reason (the folder's README says more) and checked
 * with `test.fails`: a fix makes it pass, and the entry is then taken out.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

const CAPTION =
  'a photo caption with no credit, no label and no picture line over it (Chromium prints none; lynx joins it to the paragraph above) reads as a paragraph';

/** Renders that still fail, by page and renderer, with the reason (the folder's README says more). */
const KNOWN: KnownFailures = {
  'en-recipe': { chromium: CAPTION, lynx: CAPTION },
  'en-travel': { chromium: CAPTION, lynx: CAPTION },
};

renderRound(
  'blind round 38: web pages rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind38'),
  10,
  KNOWN,
);
