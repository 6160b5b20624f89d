/**
 * Refiner for the end of an HTML body: the author's box set after the
 * article (`<div class="author-bio">`, `author-description`, `about-author`),
 * whose paragraphs of prose (`Ich bin Jessie, 32 Jahre jung…`, `X ist seit
 * 2018 Direktor…`) the container's blocks take in. Its class words name it;
 * the box is left out when it closes the body. A box of that name in the
 * middle of the text (a quote of the author's set in the article) stays.
 */

import { at, type HtmlElements } from './elements.js';
import type { HtmlBlock } from './walk.js';

/** Class words of an author's box: whole words or BEM parts (`author-bio`, `post-author__description`, `about-the-author`). */
const BIO_BOX =
  /(?:^|[\s_-])(?:author|autor|auteur|writer)[-_]{0,2}(?:bio|biography|box|description|about|details|profile|card)(?:$|[\s_-])|(?:^|[\s_-])about[-_]?(?:the[-_]?)?(?:author|autor|auteur)(?:$|[\s_-])/i;
/** Levels looked up from a block's own element. */
const LEVELS = 4;
/** Kept blocks that must stay before the box: a body that is all such a box is not cut. */
const MIN_LEFT = 2;

/** Whether block `b` sits in an author's box named by its class words. */
function inBioBox(b: HtmlBlock, elements: HtmlElements): boolean {
  let id = b.owner;
  for (let level = 0; level <= LEVELS && id >= 0 && id < elements.length; level++) {
    const cls = elements.classNames[id];
    if (cls !== undefined && cls.length <= 200 && BIO_BOX.test(cls)) return true;
    id = at(elements.parent, id);
  }
  return false;
}

/** The kept blocks without the run at their end that sits in an author's box. */
export function withoutBioBox(
  kept: readonly HtmlBlock[],
  elements: HtmlElements,
): readonly HtmlBlock[] {
  let n = kept.length;
  while (n > MIN_LEFT) {
    const b = kept[n - 1];
    if (!b || !inBioBox(b, elements)) break;
    n--;
  }
  return n === kept.length ? kept : kept.slice(0, n);
}
