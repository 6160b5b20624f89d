/**
 * A teaser card set inside an article's body: a small box holding another
 * article's headline as one link and its excerpt (`<div class="card"><span>Sur
 * le même sujet</span><h4><a href="/…">Headline</a></h4><p>Excerpt…</p></div>`).
 * The label and the linked headline are dropped as link text; the excerpt is a
 * paragraph of prose and needs its box to be told from the article's own.
 */

import { at, type HtmlElements, holds } from './elements.js';
import * as F from './flags.js';
import { isLabel } from './related.js';
import type { HtmlBlock } from './walk.js';

/** Longest excerpt: a teaser's one or two sentences. */
const EXCERPT_MAX = 400;
/** Shortest linked headline: `Read more` and a bare name are shorter. */
const HEADLINE_MIN = 15;
/** Longest linked headline. */
const HEADLINE_MAX = 200;
/** Characters the box may hold beside the headline and the excerpt: a label, a date, a read-more link. */
const BOX_SLACK = 60;

/** An excerpt cut by the site: it ends with an ellipsis. */
const CUT = /(?:…|\.\.\.)\s*$/u;

/**
 * Whether block `i` is the excerpt of a teaser card: it comes right after a
 * one-link headline, a box holds both and little else, and the box is labelled
 * as related (`À lire aussi`, `More on this story`) or the excerpt ends cut
 * (`…`). A listicle's linked subhead over its own paragraph has neither.
 */
export function isCardExcerpt(
  blocks: readonly HtmlBlock[],
  i: number,
  elements: HtmlElements,
): boolean {
  const b = blocks[i];
  const headline = blocks[i - 1];
  if (!b || !headline || b.href !== undefined || b.text.length > EXCERPT_MAX) return false;
  if ((b.flags & F.HEADING) !== 0 || headline.href === undefined) return false;
  const len = headline.text.length;
  if (len < HEADLINE_MIN || len > HEADLINE_MAX) return false;
  const box = b.owner < elements.length ? at(elements.parent, b.owner) : -1;
  if (box < 0 || !holds(box, headline.owner, elements)) return false;
  if (at(elements.text, box) > len + b.text.length + BOX_SLACK) return false;
  const label = blocks[i - 2];
  const labelled =
    label !== undefined &&
    label.href === undefined &&
    holds(box, label.owner, elements) &&
    isLabel(label);
  return labelled || CUT.test(b.text);
}
