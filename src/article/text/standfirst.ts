/**
 * The standfirst of a text page: the deck printed between the headline and
 * the body, which the body leaves out. The header's reader marks every free
 * line it passes there `standfirst`; the first that reads as a deck is taken.
 * A headline found only once the body was chosen had no header read under
 * it (`late`): there the deck is read as the header's reader would, above
 * the header's closing line (its byline, date or source line).
 */
import { isClosingBio, opensWithAuthorName } from '../../furniture/bio.js';
import { isPictureCaption } from '../../furniture/captions.js';
import { isPhotoCredit } from '../../furniture/credits.js';
import type { Block } from '../../input/block.js';
import { deckLike } from '../recognisers/deck.js';
import { furnitureOf } from './body-region.js';
import { foldedOf, type TextDoc } from './doc.js';
import type { Header } from './header.js';
import type { TitleChoice } from './title.js';

/** Lines under a headline read for its header, as the header's reader reads them. */
const HEADER_LINES = 5;

/**
 * The first line marked `standfirst` between the title's block and the body's
 * first block (both exclusive) that reads as a deck; undefined when none does.
 * When `late`, the first line within the header's reach that reads as a deck
 * and is no furniture, no picture's caption (nor a line over a photo credit)
 * and not the headline printed again, when a byline, date or source line
 * stands under it before the body (`Headline ⏎ deck ⏎ By X ⏎ date ⏎ share
 * buttons ⏎ body`).
 */
export function standfirstBlock(
  doc: TextDoc,
  titleIndex: number,
  bodyIndex: number,
  late = false,
): Block | undefined {
  let deck: Block | undefined;
  const to = late ? Math.min(bodyIndex, titleIndex + 1 + HEADER_LINES) : bodyIndex;
  for (let k = titleIndex + 1; k < to; k++) {
    const b = doc.blocks[k];
    const role = doc.roles.get(k);
    if (!late) {
      if (b && role === 'standfirst' && deckLike(b.text)) return b;
    } else if (role === 'byline' || role === 'date' || role === 'source') return deck;
    // A line of the body's, kept or left out, or one no reader claimed.
    else if (
      !deck &&
      b &&
      (role === undefined || role === 'body' || role === 'boilerplate') &&
      lateDeck(doc, b, doc.blocks[titleIndex])
    )
      deck = b;
  }
  return undefined;
}

/** Whether block `b`, under headline `title`, reads as its deck (see {@link standfirstBlock}). */
function lateDeck(doc: TextDoc, b: Block, title: Block | undefined): boolean {
  const f = foldedOf(doc, b);
  const next = doc.blocks[b.index + 1];
  return (
    deckLike(b.text) &&
    !furnitureOf(doc, b) &&
    !isPictureCaption(b.text, f) &&
    // A credit alone (`Courtesy of X`, `Care of X`): the picture's, under the headline.
    !isPhotoCredit(b.text, f) &&
    f !== (title && foldedOf(doc, title)) &&
    // A line over a photo credit (`Alex Wong | Getty Images`) is the picture's caption.
    !(next && isPhotoCredit(next.text, foldedOf(doc, next)))
  );
}

/** Blocks above a headline read for an earlier print of it. */
const PRINT_REACH = 40;
/** Shortest earlier print read: a shorter line ending the title's is a word of it, not the headline. */
const PRINT_MIN = 20;

/**
 * The deck under an earlier print of the headline, when the title was read
 * from a later one (a share bar's copy, `Share this story: <headline>`, or a
 * sticky header's): the nearest block within a few dozen above `title` that
 * prints the headline whole, or the end of the title's line (its label cut),
 * and under it the deck as {@link standfirstBlock} reads it late (over its
 * byline, date or source line).
 */
function deckUnderEarlierPrint(doc: TextDoc, title: Block, text: string): Block | undefined {
  for (let k = title.index - 1; k >= 0 && k >= title.index - PRINT_REACH; k--) {
    const t = doc.blocks[k]?.text;
    if (t && t.length >= PRINT_MIN && text.endsWith(t))
      return standfirstBlock(doc, k, title.index, true);
  }
  return undefined;
}

/**
 * The deck between headline `title` and the body opening at block `first`, unless it is the author's biography
 * (`X is a professor of …`, X a name the header read). `late`: the headline was found once the body was chosen and
 * had no header read under it, so its deck is read there now, or under an earlier print of the headline.
 */
export function standfirstOf(
  doc: TextDoc,
  title: TitleChoice,
  first: number,
  late: boolean,
  header: Header,
): Block | undefined {
  const deck =
    standfirstBlock(doc, title.block.index, first, late) ??
    (late ? deckUnderEarlierPrint(doc, title.block, title.text) : undefined);
  const bio =
    deck !== undefined &&
    opensWithAuthorName(
      deck.text,
      header.authors.map((n) => n.text),
    ) &&
    isClosingBio(deck.text);
  return bio ? undefined : deck;
}
