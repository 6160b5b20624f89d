/**
 * Recogniser: a picture's caption under the mark a text browser prints for
 * the picture. w3m prints an image with no alt text as its file's name in
 * brackets (`[ferry-dock]`) and the figure's caption on the next line, no
 * blank line between; a caption with no credit is a full sentence, and
 * nothing else tells it from a short paragraph. A line of a caption's length
 * right under such a mark, with a blank line (or nothing) under it, is the
 * caption, unless it is a byline (the author's portrait over it). On the dev
 * corpus's tune renders it drops six kept lines on six w3m pages, none of the
 * gold's main text (captions, a teaser, a ticket link, a brochure's licence).
 * w3m prints a picture with its alt text as that text (`pear crumble in a blue
 * baking dish`): a line of small-letter words alone, with no mark, over a
 * sentence is a mark too, and goes with its caption (session 38; no tune
 * render changes, one check render loses a caption).
 */
import { recogniseByline } from '../recognisers/byline.js';
import type { TextDoc } from './doc.js';

/** Longest line read as a caption under its picture's mark: a sentence or two. */
const MARKED_CAPTION_MAX = 250;
/** Shortest: a phrase, not a label or a button. */
const MARKED_CAPTION_MIN = 20;

/** Whether block `at` is a picture's caption printed right under the picture's mark (`[name]`). */
export function markedCaption(doc: TextDoc, at: number): boolean {
  const b = doc.blocks[at];
  if (
    !b ||
    b.blankBefore > 0 ||
    b.text.length > MARKED_CAPTION_MAX ||
    b.text.length < MARKED_CAPTION_MIN ||
    b.text.charCodeAt(0) === 0x5b
  )
    return false;
  // One line, a blank line under it: a paragraph glued under a picture runs on.
  const next = doc.blocks[at + 1];
  if (next !== undefined && next.blankBefore === 0) return false;
  // The mark stands after a blank line, as a figure does: in a wrapped paragraph (lynx) an inline picture's
  // mark may fall alone on a line, and the paragraph runs on under it.
  const mark = doc.blocks[at - 1];
  if (mark === undefined || mark.blankBefore === 0) return false;
  // Under an alt text, which a line of prose may look like, only a sentence: a capital first, a stop last.
  if (
    !imageMark(mark.text) &&
    !(altText(mark.text) && CAPITAL.test(b.text) && b.text.endsWith('.'))
  )
    return false;
  // A byline under the author's portrait (`von X, Redaktion Veröffentlicht: …`) is the header's.
  return recogniseByline(b) === undefined;
}

/** Whether a mark's inner character at `i` is a file name's own (a digit, `-`, `_`, `.`). */
function fileChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x2e;
}

/**
 * Whether a line is an image's mark as w3m prints a picture with no alt
 * text: a file's name in brackets, one word with a digit, `-`, `_` or `.` in
 * it or a small letter first (`[ferry-dock]`, `[IMG_2811]`, `[atelier]`), not
 * a form's button (`[Submit]`) nor its field (`[          ]`).
 */
function imageMark(text: string): boolean {
  const end = text.length - 1;
  if (end < 2 || text.charCodeAt(0) !== 0x5b || text.charCodeAt(end) !== 0x5d) return false;
  const first = text.charAt(1);
  let named = first !== first.toUpperCase();
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x5b || c === 0x5d || c === 0x09) return false;
    if (fileChar(c)) named = true;
  }
  return named;
}

/** Whether block `at` is a picture's alt text printed over its caption (see {@link markedCaption}): it goes with it. */
export function altOverMarkedCaption(doc: TextDoc, at: number): boolean {
  const b = doc.blocks[at];
  return b !== undefined && altText(b.text) && markedCaption(doc, at + 1);
}

/** Longest line read as a picture's alt text over its caption. */
const ALT_MAX = 100;

/** A capital opening a line. */
const CAPITAL = /^\p{Lu}/u;
/** Words of letters only, the first in small letters (`pear crumble in a blue baking dish`). */
const ALT_WORDS = /^\p{Ll}[\p{L} ]+$/u;

/**
 * Whether a line is a picture's alt text as w3m prints it over the figure's caption
 * (`pear crumble in a blue baking dish`): words of letters only, the first in small letters, no mark of
 * any kind (a line of code, a wrapped sentence's end or a list's entry holds one).
 */
function altText(text: string): boolean {
  return text.length <= ALT_MAX && ALT_WORDS.test(text);
}
