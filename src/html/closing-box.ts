/**
 * Refiner for the end of an HTML body: a small box of a few blocks set after
 * the article's last paragraph inside the chosen container (an app or
 * subscription promotion with its heading and button, an inline teaser to a
 * FAQ page, a press contact card). Its blocks sit together in a box that holds
 * nothing else of the body, while the paragraphs before them share another.
 * A box whose class words call it the article's text (`text-column`,
 * `content`, `article-footer`) is a closing section of the article.
 */
import { at, type HtmlElements, holds, sameKind } from './elements.js';
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** Most blocks such a box holds (a heading, a line or two, a button). */
const MAX_BLOCKS = 4;
/** Most characters it holds. */
const MAX_CHARS = 600;
/** Largest share of the body's text it may hold. */
const MAX_SHARE = 0.2;
/** Fewest blocks of the body before it. */
const MIN_BEFORE = 3;
/** Levels climbed at most. */
const LEVELS = 40;
/** Blocks whose runs are the article's own (a list of steps, a quote, a code block, a table, an embedded post). */
const OWN_RUNS = F.LIST | F.QUOTE | F.PRE | F.TABLE | F.EMBED;

/**
 * Class words of a box of the article's own text (`wpb_text_column`,
 * `TextMedia`, `section-content`, `body-copy`, `article-footer-note`): a
 * closing section or the article's own footer, not furniture.
 */
const TEXT_BOX = /text|content|body|copy|prose|article|entry|post|story|column/i;

/** Class words of a box that is the article's (a text box, `inlineTextbox`, may be a teaser). */
const ARTICLE_BOX = /content|body|copy|prose|article|entry|post|story|column/i;

/** The highest box over `owner` that does not hold `other`: the box of its own a run of blocks sits in. */
function ownBox(owner: number, other: number, elements: HtmlElements): number {
  let box = owner;
  for (let i = 0; i < LEVELS; i++) {
    const up = at(elements.parent, box);
    if (up < 0 || holds(up, other, elements, LEVELS)) break;
    box = up;
  }
  return box;
}

/**
 * A last block that is a classed `<div>` of its own with a link in it, after
 * paragraphs written as `<p>`: a teaser for another article set at the end
 * of the text (`<div class="inlineTextbox">… <a>Mehr</a></div>`).
 */
function isTeaserBox(
  last: HtmlBlock,
  prev: HtmlBlock,
  prev2: HtmlBlock | undefined,
  elements: HtmlElements,
): boolean {
  if (last.tag !== 'div' || last.links === 0 || prev.tag !== 'p' || prev2?.tag !== 'p')
    return false;
  const cls = elements.classNames[last.owner];
  return cls !== undefined && cls.trim().length > 0 && !ARTICLE_BOX.test(cls);
}

/** How many blocks at the end of the body make a closing box (0 when none). */
function closingBoxSize(blocks: readonly HtmlBlock[], elements: HtmlElements): number {
  const n = blocks.length;
  let all = 0;
  for (const b of blocks) all += b.text.length;
  let chars = 0;
  for (let k = 1; k <= MAX_BLOCKS && n - k >= MIN_BEFORE; k++) {
    const first = blocks[n - k];
    const prev = blocks[n - k - 1];
    if (!first || !prev) return 0;
    if ((first.flags & OWN_RUNS) !== 0) return 0;
    chars += first.text.length;
    if (chars > MAX_CHARS || chars > MAX_SHARE * all) return 0;
    // One block alone is the end box's case (body.ts) or a teaser box's (below).
    if (k < 2) continue;
    const box = ownBox(first.owner, prev.owner, elements);
    // The run's first block alone in its element (a paragraph whose parent holds the body) is no box.
    if (box === first.owner) continue;
    let inBox = true;
    for (let i = n - k; i < n && inBox; i++)
      inBox = holds(box, blocks[i]?.owner ?? -1, elements, LEVELS);
    if (!inBox) continue;
    const cls = elements.classNames[box];
    if (cls !== undefined && TEXT_BOX.test(cls)) continue;
    // The box before is not of the same kind as this one (a live page's next entry, a section of the article).
    if (sameKind(ownBox(prev.owner, first.owner, elements), box, elements)) continue;
    return k;
  }
  return 0;
}

/** Most characters of a teaser box. */
const MAX_TEASER = 600;

/** The body without a closing box of a few blocks, or a teaser box, after its last paragraph. */
export function withoutClosingBox(
  blocks: readonly HtmlBlock[],
  elements: HtmlElements,
): readonly HtmlBlock[] {
  const n = blocks.length;
  const last = blocks[n - 1];
  const prev = blocks[n - 2];
  const k =
    closingBoxSize(blocks, elements) ||
    (last &&
    prev &&
    last.text.length <= MAX_TEASER &&
    isTeaserBox(last, prev, blocks[n - 3], elements)
      ? 1
      : 0);
  return k === 0 ? blocks : blocks.slice(0, blocks.length - k);
}
