/**
 * The standfirst of an HTML page: the deck between the title and the body that
 * the body leaves out (a lead marked `chapo`, `standfirst`, `intro`… joins the
 * body: see marked-lead.ts). The page marks a deck by its class words (`dek`,
 * `subtitle`, `strapline`, `sous-titre`…), prints it as the heading right
 * under the `<h1>`, or sets it between the headline and the header's byline
 * or date line (which header-deck.ts leaves out of the body); either way its
 * text must read as a deck ({@link deckLike}).
 */
import { deckLike } from '../article/recognisers/deck.js';
import { composed } from './body.js';
import type { HtmlElements } from './elements.js';
import * as F from './flags.js';
import { HEADER_REACH, lastHeaderLine } from './header-deck.js';
import { markedBox } from './marked-lead.js';
import type { HtmlBlock } from './walk.js';

/**
 * Class words of a deck, whole words or BEM parts (`article__dek`,
 * `c-subtitle`), in the languages sites name them in: French `sous-titre`,
 * German `Untertitel`, Italian `sottotitolo`, Spanish `subtitulo`.
 */
const DECK_WORDS =
  /(?:^|[\s_-])(?:dek|deck|subtitle|sub-title|subheadline|sub-headline|subhead|strapline|standfirst|sous-titre|soustitre|untertitel|sottotitolo|subtitulo)(?:$|[\s_-])/i;

/** Blocks after the title within which the deck is looked for. */
const REACH = 8;
/** Regions no deck stands in. */
const NOT_DECK =
  F.NEVER_BODY | F.H1 | F.CAPTION | F.BYLINE | F.DATE | F.RELATED | F.SHARE | F.FURNITURE;

/**
 * The deck among the blocks after the title (`titleBlock`) and before the
 * body's first block, none of them in the body; undefined when none reads as one.
 */
export function findDeck(
  blocks: readonly HtmlBlock[],
  elements: HtmlElements,
  body: readonly HtmlBlock[],
  titleBlock: number,
): HtmlBlock | undefined {
  if (titleBlock < 0) return undefined;
  const inBody = new Set<number>();
  let first = blocks.length;
  for (const b of body) {
    inBody.add(b.index);
    if (b.index > titleBlock && b.index < first) first = b.index;
  }
  const stop = Math.min(first, titleBlock + 1 + REACH);
  const line = lastHeaderLine(blocks, titleBlock + 1, titleBlock + 1 + HEADER_REACH);
  for (let i = titleBlock + 1; i < stop; i++) {
    const b = blocks[i];
    if (!b || inBody.has(i) || (b.flags & NOT_DECK) !== 0) continue;
    if (b.linkChars > 0.2 * b.text.length) continue;
    // A heading right under the title is its deck, as is a line above the header's byline or date line;
    // further down, only a marked one is.
    const placed = (i === titleBlock + 1 && (b.flags & F.HEADING) !== 0) || i < line;
    if ((placed || markedBox(b, elements, DECK_WORDS) >= 0) && deckLike(composed(b.text))) return b;
  }
  return undefined;
}
