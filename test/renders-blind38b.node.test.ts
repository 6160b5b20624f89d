/**
 * Blind round 38b (issue 10, session 38): eight synthetic web pages of kinds
 * no earlier round had (a Substack-style newsletter post, a Medium-style
 * post, a university news release, a US agency press release, software
 * release notes, a Brazilian news article, an Italian blog post, a UK
 * tabloid article with a video player's text), in
 * test/fixtures/renders-blind38b/, each with its gold written before it was
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

const NOTES =
  "release notes' short lines past the last full paragraph (a section's heading `Breaking changes`, a version `3.4.1` and its date) end the body, and the list items under them are lost";
const GLUED_HEADER =
  "w3m prints the .gov banner, skip link, seal's alt text, menu, search field and trail on one long line (HTML5 `header`/`nav` are no blocks to it): the header's reader takes the banner for the title and the glued line opens the body";
const ALT_CAPTION =
  "lynx prints the picture's alt text on the caption's line (`Telhado destruído por granizo Moradores … — Foto: X/Paper`), and the caption is no longer read as one";

/** Renders that still fail, by page and renderer, with the reason (the folder's README says more). */
const KNOWN: KnownFailures = {
  'en-changelog': { chromium: NOTES },
  'en-govpress': { w3m: GLUED_HEADER },
  'pt-noticia': { lynx: ALT_CAPTION },
};

renderRound(
  'blind round 38b: web pages rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind38b'),
  8,
  KNOWN,
);
