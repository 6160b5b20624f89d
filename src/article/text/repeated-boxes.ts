/**
 * Recogniser: a box printed several times on the page, line for line in the
 * same order (a `Most popular` box a magazine sets between the article's
 * sections and again under it, an info box printed in the sidebar and in the
 * body, an organisation's info box of long paragraphs printed above and under
 * the article). One line printed twice may be a picture's alt text over its
 * caption, and the body keeps its last place; three lines or more in a row
 * printed again in the same order are a box, and no place of it is the
 * article's, unless too little prose is left outside the boxes: an article
 * printed twice whole (a print version under it) keeps its text.
 */
import { isTableRowLine, spaceGaps } from '../../text/chars.js';
import { SHAPE_SLOTS, shapeSlot } from '../../text/line-shapes.js';
import type { TextDoc } from './doc.js';

/** Fewest lines in a row, printed again in the same order, that make a box. */
const MIN_RUN = 3;
/** Longest line compared (an info box's paragraphs are long too). */
const LINE_MAX = 2000;
/** Characters of paragraphs ({@link PARAGRAPH_MIN} characters or more each) the region must keep outside its boxes. */
const KEPT_PROSE = 600;
/** Shortest block counted as a paragraph for {@link KEPT_PROSE}. */
const PARAGRAPH_MIN = 80;
/** Fewest words of a box's line that says something (a headline, a pitch), not a button (`Full Screen`, `Close`). */
const SAYING_WORDS = 4;

/** Whether a line holds a letter: rules and bullets alone (`*`, `----`) are no box's lines. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return true;
    if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff)) return true;
  }
  return false;
}

/** Spaces in a row that part a table's columns as w3m and lynx pad them. */
const COLUMN_GAP = 3;

/**
 * Runs of {@link COLUMN_GAP} spaces or more between two pieces of text: two
 * make a row of three cells (`2.   Ott, Verena 1993   WÜ …`); one may be a
 * wrapped line lynx joined (`… Winter zu        entfliehen`).
 */
function columnGaps(text: string): number {
  return spaceGaps(text, COLUMN_GAP);
}

/** Whether `text` holds `n` words or more (runs of spaces count once). */
function wordsAtLeast(text: string, n: number): boolean {
  let words = 1;
  for (let i = text.indexOf(' '); i >= 0 && words < n; i = text.indexOf(' ', i + 1))
    if (i > 0 && text.charCodeAt(i - 1) !== 0x20) words++;
  return words >= n;
}

/**
 * The indices of blocks between `first` and `last` (inclusive) that belong to
 * a run of {@link MIN_RUN} blocks or more whose texts the page prints again,
 * in the same order, elsewhere (before or after); undefined when there is
 * none, or when the region would keep less than {@link KEPT_PROSE} of prose. Two passes over the page's blocks; a text is hashed only when its
 * shape comes twice.
 */
export function repeatedBoxBlocks(
  doc: TextDoc,
  first: number,
  last: number,
): Set<number> | undefined {
  const blocks = doc.blocks;
  const n = blocks.length;
  // How often each shape comes (0, 1, 2 or more), over the lines short enough to compare.
  const shapes = new Uint8Array(SHAPE_SLOTS);
  for (let k = 0; k < n; k++) {
    const t = blocks[k]?.text;
    if (t === undefined || t.length === 0 || t.length > LINE_MAX) continue;
    const slot = shapeSlot(t);
    if ((shapes[slot] ?? 0) < 2) shapes[slot] = (shapes[slot] ?? 0) + 1;
  }
  // A line is compared when its shape comes twice (most lines' does not: they are read no further),
  // it holds a letter and it is no table's row (a page may print a table twice: heats, then the final).
  const compared = (t: string | undefined): t is string =>
    t !== undefined &&
    t.length > 0 &&
    t.length <= LINE_MAX &&
    (shapes[shapeSlot(t)] ?? 0) >= 2 &&
    hasLetter(t) &&
    !isTableRowLine(t, false) &&
    columnGaps(t) < 2;
  // The block printed last with each text so far, and for each block the one before it with its text (-1: none).
  const lastWith = new Map<string, number>();
  const previous = new Int32Array(n).fill(-1);
  // Blocks in a row so far, each printed before right under the earlier copy of the one above it,
  // whether one of them says something (buttons alone, `Full Screen` ⏎ `Autoplay` ⏎ `Close`, are no box),
  // and whether the run's blocks so far are marked.
  let run = 0;
  let saying = false;
  let marked = false;
  let boxed: Set<number> | undefined;
  // Marks blocks `from` to `to` and their earlier copies, those inside the region.
  const markOne = (x: number): void => {
    if (x < first || x > last) return;
    boxed ??= new Set();
    boxed.add(x);
  };
  const mark = (from: number, to: number): void => {
    for (let j = from; j <= to; j++) {
      markOne(j);
      markOne(previous[j] ?? -1);
    }
  };
  for (let k = 0; k < n; k++) {
    const text = blocks[k]?.text;
    const hashed = compared(text) ? text : undefined;
    const p = hashed === undefined ? -1 : (lastWith.get(hashed) ?? -1);
    if (hashed !== undefined) lastWith.set(hashed, k);
    previous[k] = p;
    run = p < 0 ? 0 : run > 0 && previous[k - 1] === p - 1 ? run + 1 : 1;
    if (run <= 1) saying = marked = false;
    if (run > 0 && !saying && hashed !== undefined && wordsAtLeast(hashed, SAYING_WORDS))
      saying = true;
    if (run < MIN_RUN || !saying) continue;
    // The run is a box from here: its blocks so far once, then each block as it comes.
    mark(marked ? k : k - run + 1, k);
    marked = true;
  }
  if (boxed === undefined) return undefined;
  // What the region keeps outside the boxes must still read as an article.
  let kept = 0;
  for (let k = Math.max(0, first); k <= last && kept < KEPT_PROSE; k++) {
    const length = blocks[k]?.text.length ?? 0;
    if (!boxed.has(k) && length >= PARAGRAPH_MIN) kept += length;
  }
  return kept >= KEPT_PROSE ? boxed : undefined;
}
