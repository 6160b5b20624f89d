/**
 * The body's refiners, in the order they run once the body's region is kept
 * and its title known: each takes out of the paragraphs what its recogniser
 * knows is no text of the article's (the title printed again, a print's page
 * margins, pull quotes, the edges' furniture, a wrapped dump's tails, key
 * points, an author's box, a post's meta line, closing appeals, the site's
 * box, promotions, a teaser's copy). A new refiner of the body's paragraphs
 * joins the chain here.
 */
import {
  cutAtAuthorBox,
  cutAtPostMeta,
  dropAuthorBoxes,
  dropClosingAppeals,
  dropKeyPoints,
  trimBodyEdges,
} from './body-edges.js';
import { type BodyParts, dropTitleRepeats } from './body-refiners.js';
import type { TextDoc } from './doc.js';
import { dropPrintMargins } from './print-margins.js';
import { dropPromoBoxes } from './promo-boxes.js';
import { dropPullQuotes } from './pull-quotes.js';
import { dropSiteBox } from './site-box.js';
import { dropTeaserCopies } from './teaser-copies.js';
import { dropWrappedTails } from './wrapped-tails.js';

/**
 * Runs the body's refiners on `body` (its paragraphs and their blocks, changed in place). `title` is the article's
 * title, `thread` the last block of a forum thread's posts the region reaches (-1: none), `names` the authors
 * the header signed (an author's box naming one of them ends the text).
 */
export function refineBody(
  doc: TextDoc,
  body: BodyParts,
  title: string | undefined,
  thread: number,
  names: readonly string[],
): void {
  if (title !== undefined) dropTitleRepeats(doc, body, title);
  dropPrintMargins(doc, body.paragraphs, body.owners, title);
  dropPullQuotes(doc, body);
  trimBodyEdges(doc, body.paragraphs, body.owners, thread);
  dropWrappedTails(doc, body.paragraphs, body.owners);
  dropKeyPoints(doc, body.paragraphs, body.owners);
  cutAtAuthorBox(doc, body.paragraphs, body.owners, names);
  cutAtPostMeta(doc, body.paragraphs, body.owners);
  dropAuthorBoxes(doc, body.paragraphs, body.owners);
  dropClosingAppeals(doc, body.paragraphs, body.owners);
  dropSiteBox(doc, body.paragraphs, body.owners);
  dropPromoBoxes(doc, body.paragraphs, body.owners);
  dropTeaserCopies(doc, body.paragraphs, body.owners);
}
