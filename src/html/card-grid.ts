/**
 * A grid of teaser cards: three boxes or more of one kind (same parent, same
 * tag, the same class written), each holding a paragraph of prose and a link
 * of its own (`<div class="tile"><div>Headline</div><div>Excerpt…</div><a>Read
 * more</a></div>` repeated), as a site's carousel or "latest posts" strip
 * shows other articles. Such a box beside the article's container scores as
 * prose (the excerpts are sentences, the links short) but is not more of the
 * article.
 */

import { at, type HtmlElements } from './elements.js';
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** Fewest cards that make a grid. */
const MIN_CARDS = 3;
/** Shortest excerpt: a line of prose, not a date or a label. */
const EXCERPT_MIN = 80;
/** Longest card: a teaser's headline, excerpt and link, not a section of an article. */
const CARD_MAX = 800;
/** Share of the box's text the grid's cards must hold. */
const GRID_SHARE = 0.5;

/**
 * Whether element `box` is mostly a grid of teaser cards. Linear in the box's
 * elements and blocks.
 */
export function isCardGrid(
  box: number,
  elements: HtmlElements,
  blocks: readonly HtmlBlock[],
): boolean {
  const first = at(elements.firstBlock, box);
  const end = at(elements.endBlock, box);
  const boxText = at(elements.text, box);
  if (end - first < 2 * MIN_CARDS || boxText === 0) return false;
  // Running counts over the box's blocks: whole links, and prose lines of excerpt length.
  const links = new Int32Array(end - first + 1);
  const prose = new Int32Array(end - first + 1);
  for (let i = first; i < end; i++) {
    const b = blocks[i];
    const k = i - first;
    const link = b !== undefined && (b.flags & F.LINK) !== 0 ? 1 : 0;
    const line =
      b !== undefined && link === 0 && b.text.length >= EXCERPT_MIN && b.linkChars === 0 ? 1 : 0;
    links[k + 1] = (links[k] ?? 0) + link;
    prose[k + 1] = (prose[k] ?? 0) + line;
  }
  const count = (a: Int32Array, id: number): number => {
    const s = Math.max(first, at(elements.firstBlock, id)) - first;
    const e = Math.min(end, at(elements.endBlock, id)) - first;
    return e > s ? (a[e] ?? 0) - (a[s] ?? 0) : 0;
  };
  // Cards by kind: parent, tag and class; each kind's count and text.
  const kinds = new Map<string, { cards: number; text: number }>();
  const depth = at(elements.depth, box);
  for (let id = box + 1; id < elements.length; id++) {
    if (at(elements.depth, id) <= depth) break;
    const cls = elements.classNames[id]?.trim();
    if (!cls) continue;
    const text = at(elements.text, id);
    if (text > CARD_MAX || count(links, id) === 0 || count(prose, id) === 0) continue;
    const key = `${at(elements.parent, id)} ${elements.tag(id)} ${cls}`;
    const kind = kinds.get(key) ?? { cards: 0, text: 0 };
    kind.cards++;
    kind.text += text;
    kinds.set(key, kind);
  }
  for (const kind of kinds.values())
    if (kind.cards >= MIN_CARDS && kind.text >= GRID_SHARE * boxText) return true;
  return false;
}
