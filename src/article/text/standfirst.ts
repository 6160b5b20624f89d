/**
 * The standfirst of a text page: the deck printed between the headline and
 * the body, which the body leaves out. The header's reader marks every free
 * line it passes there `standfirst`; the first that reads as a deck is taken.
 * A headline found only once the body was chosen had no header read under
 * it: there the deck is the line that reads as one above the header's
 * closing line (its byline, date or source line).
 */
import { isPictureCaption } from '../../furniture/captions.js';
import { isPhotoCredit } from '../../furniture/credits.js';
import type { Block } from '../../input/block.js';
import { deckLike } from '../recognisers/deck.js';
import { furnitureOf } from './body-region.js';
import { foldedOf, type Role, type TextDoc } from './doc.js';

/**
 * The first line marked `standfirst` between the title's block and the body's
 * first block (both exclusive) that reads as a deck; undefined when none does.
 */
export function standfirstBlock(
  doc: TextDoc,
  titleIndex: number,
  bodyIndex: number,
): Block | undefined {
  for (let k = titleIndex + 1; k < bodyIndex; k++) {
    const b = doc.blocks[k];
    if (b && doc.roles.get(k) === 'standfirst' && deckLike(b.text)) return b;
  }
  return undefined;
}

/** Lines under a headline read for its header, as the header's reader reads them. */
const HEADER_LINES = 5;

/** Roles that close an article's header. */
const CLOSING: ReadonlySet<Role | undefined> = new Set<Role | undefined>([
  'byline',
  'date',
  'source',
]);

/** Roles a deck under a headline found late may carry: none, or the body's, kept or left out. */
const LOOSE: ReadonlySet<Role | undefined> = new Set<Role | undefined>([
  undefined,
  'body',
  'boilerplate',
  'standfirst',
]);

/**
 * The deck under a headline found once the body was chosen (no header was
 * read under it): the first line within the header's reach, above the body's
 * first block, that reads as a deck and is no furniture, no picture's caption
 * (nor a line over a photo credit) and not the headline printed again, when a byline, date or source line
 * stands under it before the body (`Headline ⏎ deck ⏎ By X ⏎ date ⏎ share
 * buttons ⏎ body`); undefined otherwise.
 */
export function lateStandfirstBlock(
  doc: TextDoc,
  titleIndex: number,
  bodyIndex: number,
): Block | undefined {
  const title = doc.blocks[titleIndex];
  let deck: Block | undefined;
  const to = Math.min(bodyIndex, titleIndex + 1 + HEADER_LINES);
  for (let k = titleIndex + 1; k < to; k++) {
    const role = doc.roles.get(k);
    if (CLOSING.has(role)) return deck;
    const b = doc.blocks[k];
    if (!deck && b && LOOSE.has(role) && lateDeck(doc, b, title)) deck = b;
  }
  return undefined;
}

/** Whether block `b`, under headline `title`, reads as its deck: see {@link lateStandfirstBlock}. */
function lateDeck(doc: TextDoc, b: Block, title: Block | undefined): boolean {
  if (!deckLike(b.text) || furnitureOf(doc, b)) return false;
  const f = foldedOf(doc, b);
  if (isPictureCaption(b.text, f) || (title !== undefined && foldedOf(doc, title) === f))
    return false;
  // A line over a photo credit (`Alex Wong | Getty Images`) is the picture's caption.
  const next = doc.blocks[b.index + 1];
  return next === undefined || !isPhotoCredit(next.text, foldedOf(doc, next));
}
