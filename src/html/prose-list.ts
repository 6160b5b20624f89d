/**
 * Refiner inside an HTML body: an item of a prose list that carries a link.
 * A bullet list of sentences (`<ul><li>Search engines will drive people to
 * your site</li><li>Your <a>email list</a> will begin to grow</li>…`) is the
 * article's text; one item whose words are mostly a link is still one of its
 * sentences, not a teaser, when the list's other items are plain text. A link
 * list (related articles, a menu) has links in most of its items.
 */
import { at, type HtmlElements } from './elements.js';
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** Shortest plain item that counts as a sentence of the list. */
const PLAIN_ITEM = 20;
/** Plain items a list needs for its linked items to be read as its sentences. */
const MIN_PLAIN = 2;

/**
 * Whether `b`, a list item whose text is mostly one or more links with some
 * words outside them, belongs to a list whose plain items (no link, at least
 * {@link PLAIN_ITEM} characters) number at least {@link MIN_PLAIN} and at
 * least as many as its items with links. `cache` keeps each list's verdict.
 */
export function isProseListItem(
  b: HtmlBlock,
  blocks: readonly HtmlBlock[],
  elements: HtmlElements,
  cache: Map<number, boolean>,
): boolean {
  if (b.tag !== 'li' || (b.flags & F.LINK) !== 0 || b.linkChars >= b.text.length) return false;
  const list = b.owner < elements.length ? at(elements.parent, b.owner) : -1;
  if (list < 0) return false;
  const known = cache.get(list);
  if (known !== undefined) return known;
  let plain = 0;
  let linked = 0;
  const end = at(elements.endBlock, list);
  for (let i = at(elements.firstBlock, list); i < end; i++) {
    const item = blocks[i];
    if (item?.tag !== 'li' || at(elements.parent, item.owner) !== list) continue;
    if (item.linkChars > 0) linked++;
    else if (item.text.length >= PLAIN_ITEM) plain++;
  }
  const prose = plain >= MIN_PLAIN && plain >= linked;
  cache.set(list, prose);
  return prose;
}
