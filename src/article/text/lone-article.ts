/**
 * Recogniser: one article's header among a page's teasers. A short news
 * brief printed beside a sidebar of cut excerpts (`Latest news` over five
 * headlines and their `…`) has too little prose in one run to outweigh the
 * teasers, and w3m and lynx print the sidebar first; its header tells it:
 * a headline, its byline or date line, then a paragraph ending its sentence,
 * not cut. A listing's units print no such header, or one per unit.
 */
import { bodyLike, isFree, paragraphLike, type TextDoc, titleLike } from './doc.js';
import { teaserLike } from './listing.js';
import { signature } from './page-title.js';

/** Most lines between the headline and the paragraph: a byline and a date line, each on its own. */
const MAX_SIGNATURE = 2;

/** The characters a paragraph ends its sentence with. */
const SENTENCE_END = /[.!?؟»"”)]$/u;

/** Whether the headline at `k` has a byline or date line under it, then a whole paragraph (no teaser's cut). */
function headerAt(doc: TextDoc, k: number): boolean {
  let j = k + 1;
  while (j <= k + MAX_SIGNATURE) {
    const b = doc.blocks[j];
    if (!b || !signature(doc, j)) break;
    j++;
  }
  if (j === k + 1) return false;
  const signed = j - k - 1;
  // Lines known as the frame's (a video player's labels: `Play Video`, `Current Time 0:00`) may stand between the
  // header and the text.
  const last = j + MAX_SKIPPED;
  while (j < last && doc.blocks[j] !== undefined && !isFree(doc, doc.blocks[j])) j++;
  // Under a byline and a date line both, a whole sentence is text enough (a video's caption, a brief's one sentence).
  return wholeParagraph(doc, j) || (signed === MAX_SIGNATURE && wholeSentence(doc, j));
}

/** Most lines of the frame skipped between a header and its text. */
const MAX_SKIPPED = 12;
/** Whether block `k` is a whole sentence, free, not a teaser's cut excerpt. */
function wholeSentence(doc: TextDoc, k: number): boolean {
  const p = doc.blocks[k];
  return (
    p !== undefined &&
    isFree(doc, p) &&
    paragraphLike(p.text) &&
    SENTENCE_END.test(p.text) &&
    !teaserLike(p.text)
  );
}

/** Whether block `k` is a whole paragraph, free: prose ending its sentence, not a teaser's cut excerpt. */
export function wholeParagraph(doc: TextDoc, k: number): boolean {
  const p = doc.blocks[k];
  return (
    p !== undefined &&
    isFree(doc, p) &&
    bodyLike(p.text) &&
    SENTENCE_END.test(p.text) &&
    !teaserLike(p.text)
  );
}

/**
 * Whether the page holds exactly one article header: a headline-shaped free
 * line (not a teaser), its byline or date line right under it, and a whole
 * paragraph after them. Two or more are a listing's signed units.
 */
export function loneArticleHeader(doc: TextDoc): boolean {
  let found = 0;
  for (const b of doc.blocks) {
    if (!isFree(doc, b) || !titleLike(b.text) || teaserLike(b.text)) continue;
    if (headerAt(doc, b.index) && ++found > 1) return false;
  }
  return found === 1;
}
