/**
 * Blind round 35c (issue 10, session 35): six synthetic web pages of kinds
 * round 35b did not have (a shop's product page, a software documentation
 * page, a Q&A page, a sports club's news post, a Moroccan listings site's
 * event announcement, an Algerian job board's advertisement; English, German,
 * French), in test/fixtures/renders-blind35c/, each with its gold written
 * before it was rendered and its renders as Chromium's `innerText`,
 * `w3m -dump` and `lynx -dump` print it (`renderPages` in
 * bench/probes/render.ts). The checks are round 35b's
 * (test/renders-blind35.node.test.ts): for each render, every paragraph of
 * the gold's main text (`with`: paragraphs, subheadings, list items) is in
 * `article.text`, and none of the lines the gold lists as another box's
 * (`without`: reviews, sidebars, related headlines, captions, footers) is.
 * What still fails is listed in {@link KNOWN} with its reason (the folder's
 * README says more) and checked with `test.fails`: a fix makes it pass, and
 * the entry is then taken out. */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

/** A features list at the end of a product's description, with the specifications table under it. */
const SHOP_LIST =
  'a list closing the description, a specifications table and reviews under it, is read as a box after the body';

/** Renders that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {
  'en-shop': { chromium: SHOP_LIST, w3m: SHOP_LIST, lynx: SHOP_LIST },
};

renderRound(
  'blind round 35c: web pages rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind35c'),
  6,
  KNOWN,
);
