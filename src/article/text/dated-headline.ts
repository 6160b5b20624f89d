/**
 * Recogniser: the article's header printed whole under a long menu — a
 * headline, its date line right under it, the lede right under that. A menu's
 * blurb (a login box's paragraph) may read as the page's first text and hide
 * every anchor below it; the three lines together say where the article opens.
 */
import type { Block } from '../../input/block.js';
import { wordSpacesAtLeast } from '../../text/chars.js';
import { bodyLike, isFree, type TextDoc, titleLike } from './doc.js';
import { personLine } from './header.js';
import { teaserLike } from './listing.js';
import { notTitle } from './page-title.js';

/** Fewest words of the headline: a menu's entry or a name over a date is shorter. */
const HEADLINE_WORDS = 5;

/**
 * The headline over the first of `dates` (date lines' indices, in order) that
 * stands between a free headline of a few words and a free paragraph of prose
 * that is no teaser's excerpt; undefined when none does.
 */
export function datedHeadline(doc: TextDoc, dates: readonly number[]): Block | undefined {
  for (const k of dates) {
    const above = doc.blocks[k - 1];
    const below = doc.blocks[k + 1];
    if (
      above !== undefined &&
      below !== undefined &&
      isFree(doc, above) &&
      isFree(doc, below) &&
      titleLike(above.text) &&
      !bodyLike(above.text) &&
      wordSpacesAtLeast(above.text, HEADLINE_WORDS - 1) &&
      !personLine(above.text) &&
      bodyLike(below.text) &&
      !teaserLike(below.text) &&
      !notTitle(doc, above)
    )
      return above;
  }
  return undefined;
}
