/**
 * Recogniser: teaser units signed one by one, as boxes of other articles
 * print them under a story (`Urlaub im Wald: Die 7 schönsten Hotels` ⏎
 * `Ob Chalet, Öko-Resort oder …` ⏎ `Von Micol Passariello`; `<headline>` ⏎
 * `<excerpt>` ⏎ `Paweł Reszka` ⏎ `29.04.2021`). An article prints its byline
 * once, over its text: a short paragraph with a byline right under it, and
 * another one so a few lines away, are two units of a box.
 */
import type { Block } from '../../input/block.js';
import { holdsAsciiDigit } from '../../text/chars.js';
import { recogniseByline } from '../recognisers/byline.js';
import { shortDateLine } from './date.js';
import type { TextDoc } from './doc.js';
import { personLine } from './header.js';

/** Longest paragraph read as a unit's excerpt: an article's own paragraphs run longer. */
const MAX_EXCERPT = 400;
/** Longest line read as a unit's byline. */
const MAX_BYLINE = 60;
/** Longest date line under a unit's name. */
const MAX_DATE_LINE = 40;
/** Blocks from one unit's excerpt to the next one's (its byline, date, kicker and headline between). */
const UNIT_REACH = 6;

/** Whether block `b` signs the excerpt above it: a labelled byline with a name, or a name alone over a date line. */
function signs(doc: TextDoc, b: Block | undefined): boolean {
  if (!b || b.text.length > MAX_BYLINE) return false;
  const byline = recogniseByline(b);
  if (byline) return byline.name !== undefined;
  // A name opens with a capital and the date line under it is short and holds a digit: most lines stop here.
  const next = doc.blocks[b.index + 1];
  const c = b.text.charAt(0);
  if (
    !next ||
    next.text.length > MAX_DATE_LINE ||
    c === c.toLowerCase() ||
    !holdsAsciiDigit(next.text)
  )
    return false;
  // The date line next: read once per block, where the name's test folds the line several times.
  return shortDateLine(doc, next) !== undefined && personLine(b.text);
}

/** Whether block `k` is an excerpt signed right under it (see {@link signs}). */
function signedExcerpt(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return b !== undefined && b.text.length <= MAX_EXCERPT && signs(doc, doc.blocks[k + 1]);
}

/**
 * Whether block `k` is the excerpt of a signed teaser unit: signed right
 * under it, with another signed excerpt within {@link UNIT_REACH} blocks
 * above or below. `prose` tells a block that weighs as prose (a unit's
 * excerpt is one; its kicker and headline are not).
 */
export function bylinedUnit(doc: TextDoc, k: number, prose: (j: number) => boolean): boolean {
  if (!signedExcerpt(doc, k)) return false;
  for (let j = k - UNIT_REACH; j <= k + UNIT_REACH; j++)
    if (j !== k && j !== k + 1 && j !== k - 1 && prose(j) && signedExcerpt(doc, j)) return true;
  return false;
}
