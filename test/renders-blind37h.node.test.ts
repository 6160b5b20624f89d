/**
 * Blind round 37h (issue 10, session 37): eight synthetic web pages of kinds
 * and languages the earlier rounds lacked (a US local paper's article with ad
 * slots, `Story continues below` and a newsletter box between paragraphs; a
 * tech site's article with an `Update, 3:15 p.m.:` note and inline
 * `Related:` links; a WordPress blog post with its sidebar and reply form; a
 * company's engineering blog post with a promotion box and an author box; an
 * Italian town's event page; a Dutch municipality's news item; a Finnish and
 * a Czech regional paper's article), in test/fixtures/renders-blind37h/, each
 * with its gold written before it was rendered and its renders as Chromium's
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

/** Renders that still fail, by page and renderer, with the reason: none since the round's rules. */
const KNOWN: KnownFailures = {};

renderRound(
  'blind round 37h: web pages rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind37h'),
  8,
  KNOWN,
);
