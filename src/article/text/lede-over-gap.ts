/**
 * Refiner: the lede right under the headline, parted from the body's run by a
 * box with no prose in it (a table of contents, a job carousel, a share bar
 * with its picture and byline). The run is chosen by weight before the
 * headline is known for sure, and a one-paragraph lede over a long box weighs
 * less than the box costs; once the headline is settled, the first prose
 * under it (only a few short header lines between) opens the body, when
 * nothing between it and the run is prose, a wall or a teaser heading.
 */
import { dateShare } from '../../dates/find-dates.js';
import { isPhotoCredit, isPlaceholderLine } from '../../furniture/credits.js';
import { countWords } from '../../lang/function-words.js';
import { recogniseByline } from '../recognisers/byline.js';
import type { BodyBlocks } from './body-blocks.js';
import {
  contentsEntry,
  endsSentence,
  isTeaserHeadingBlock,
  isWall,
  type Region,
  weightOf,
} from './body-region.js';
import { dateNear } from './date.js';
import { foldedOf, paragraphLike, type TextDoc } from './doc.js';
import { teaserLike } from './listing.js';
import { standfirstBlock } from './standfirst.js';

/** Short lines read past between the headline and its lede (reading time, a credit, a label, a date). */
const HEADER_LINES = 4;
/** Weight the lede must reach: a sentence or two, not a teaser's line. */
const LEDE_MASS = 100;
/** Longest line read as a byline. */
const MAX_BYLINE = 200;
/** Longest line read as a date line. */
const MAX_DATE_LINE = 80;
/** Blocks at the run's head read for its own byline or date line. */
const REGION_HEAD = 3;
/** Share of function words from which a line reads as prose (a row of links, an address, has none). */
const PROSE_DENSITY = 0.12;
/** A small letter opening a line: the tail of a sentence broken above it. */
const LOWER_START = /^\p{Ll}/u;

/**
 * The region `region` opened by the lede under headline block `title`, the box
 * between them its bridge; undefined when no such lede stands there. `late`:
 * the headline was found once the run was chosen, no header read under it.
 */
export function ledeOverGap(
  doc: TextDoc,
  body: BodyBlocks,
  region: Region,
  title: number,
  late: boolean,
): Region | undefined {
  // (No line between the headline and the run: no lede, nothing to read.)
  if (region.bridge || title + 1 >= region.first) return undefined;
  // (Only the blocks above the run are asked about.)
  const owners = new Set(body.owners.filter((k) => k > title && k < region.first));
  // A block of the body's reader's, weighing as prose.
  const prose = (k: number): boolean => {
    const b = doc.blocks[k];
    return b !== undefined && owners.has(k) && weightOf(doc, b) > 0 && !contentsEntry(b.text);
  };
  // No wall and no box of other articles' headlines between the headline and the run.
  const open = (k: number): boolean => {
    const b = doc.blocks[k];
    return b !== undefined && !isWall(doc, b) && !isTeaserHeadingBlock(doc, b);
  };
  // A byline, date or source line under the lede closes a header: the lede was its deck (standfirst.ts).
  const closesHeader = (k: number): boolean => {
    const b = doc.blocks[k];
    const role = doc.roles.get(k);
    return (
      role === 'byline' ||
      role === 'date' ||
      role === 'source' ||
      // (A byline or a date line the header's reader missed, as the body's reader may.)
      (b !== undefined &&
        ((b.text.length <= MAX_BYLINE && recogniseByline(b) !== undefined) ||
          (b.text.length <= MAX_DATE_LINE && dateShare(b.text, doc.reference) >= 0.5)))
    );
  };
  let first = title + 1;
  let read = 0;
  for (; first < region.first && !prose(first); first++) {
    if (!open(first)) return undefined;
    if (!echo(doc, first) && ++read > HEADER_LINES) return undefined;
  }
  // The lede's run: the heaviest stretch from its first paragraph, weighed as the body's run is
  // (a picture's caption and credit inside it cost a little).
  let last = first;
  let weight = 0;
  let run = 0;
  for (let k = first; k < region.first; k++) {
    const b = doc.blocks[k];
    if (!b || !open(k) || closesHeader(k)) return undefined;
    const w = owners.has(k) ? weightOf(doc, b) : 0;
    run += contentsEntry(b.text) ? Math.min(w, 0) : w;
    if (run <= 0) break;
    if (run > weight) {
      weight = run;
      last = k + 1;
    }
  }
  // The lede opens a sentence and closes one: no broken sentence's tail, no row of links.
  const opening = doc.blocks[first];
  const lede = doc.blocks[last - 1];
  if (
    !opening ||
    !lede ||
    // A teaser's excerpt cut short is another article's; a line over a photo credit is the picture's caption.
    teaserLike(opening.text) ||
    creditUnder(doc, first) ||
    weight < LEDE_MASS ||
    !paragraphLike(opening.text) ||
    LOWER_START.test(opening.text) ||
    !dense(opening.text) ||
    !endsSentence(lede.text)
  )
    return undefined;
  // The run opening with its own header (a byline, a date line): the article starts there, not above.
  for (let k = region.first; k < region.first + REGION_HEAD && k <= region.last; k++)
    if (closesHeader(k)) return undefined;
  for (let k = last; k < region.first; k++)
    if (!open(k) || prose(k) || closesHeader(k)) return undefined;
  // (A date the header's search reads right above the run: the lede over it was the deck all the same.)
  if (dateNear(doc, last - 1, region.first)) return undefined;
  // Nor the deck the standfirst's reader takes there (`late`: the headline was found once the run was chosen).
  const deck = standfirstBlock(doc, title, region.first, late);
  if (deck && deck.index >= first && deck.index < last) return undefined;
  return {
    first,
    last: region.last,
    weight: region.weight + weight,
    bridge: { first: last, last: region.first - 1 },
  };
}

/**
 * Whether block `k` is a line a renderer adds to the header's: an image's
 * placeholder (`[1efc02cfe3]`, w3m) or a name the next line prints again
 * with more after it (lynx prints an author photo's alt over the byline).
 */
function echo(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  const next = doc.blocks[k + 1];
  if (!b) return false;
  return (
    isPlaceholderLine(b.text) ||
    (next !== undefined && next.text.length > b.text.length && next.text.startsWith(b.text))
  );
}

/** Whether the block under block `k` is a photo credit. */
function creditUnder(doc: TextDoc, k: number): boolean {
  const next = doc.blocks[k + 1];
  return next !== undefined && isPhotoCredit(next.text, foldedOf(doc, next));
}

/** Whether `text` holds function words as prose does. */
function dense(text: string): boolean {
  const { words, functionWords } = countWords(text);
  return words > 0 && functionWords >= words * PROSE_DENSITY;
}
