/**
 * Recogniser: the article printed a second time further down the page, as
 * w3m and lynx print a hidden metadata block (the headline, ISO stamps, image
 * addresses, then the whole text again in long lines cut at a fixed width, no
 * paragraph breaks). The copy's lines are found by their word 5-grams: most
 * of them were read before, in the body's blocks above. One pass over the
 * body's blocks with a set of hashed 5-grams: linear in the text read.
 */
import type { Block } from '../../input/block.js';
import { isSpace } from '../../text/chars.js';
import type { Region } from './body-region.js';
import type { TextDoc } from './doc.js';

/** Words in a shingle. */
const GRAM = 5;
/** Share of a line's shingles read before for the line to be a copy. */
const COPY_SHARE = 0.6;
/** Fewest shingles a line needs to be judged. */
const MIN_GRAMS = 12;
/** Length from which a line that stops mid-sentence is a cut line of a copy. */
const CUT_LINE = 200;
/** Cut lines the run must hold before any shingle is counted. */
const CUT_LINES = 2;
/** Share of the run's text the copy must hold: a caption printed twice is the repeat rule's, not a copy of the article. */
const COPY_MASS = 0.25;
/** Characters that end a sentence or a cut teaser. */
const ENDS = '.!?…:;"”»)؟。';

/** A line long enough for prose that stops mid-sentence, as a copy's fixed-width lines do. */
function cutLine(b: Block): boolean {
  return b.text.length >= CUT_LINE && !ENDS.includes(b.text.charAt(b.text.length - 1));
}

/** The run's text (its body blocks' lengths) and its cut lines' share of it, when it holds {@link CUT_LINES} of them, together {@link COPY_MASS} of its text (the most a copy can hold); undefined otherwise. */
function cutLinesOf(doc: TextDoc, region: Region): { total: number; cut: number } | undefined {
  let n = 0;
  let cut = 0;
  let total = 0;
  for (let k = region.first; k <= region.last; k++) {
    const b = doc.blocks[k];
    if (!b || doc.roles.get(k) !== 'body') continue;
    total += b.text.length;
    if (cutLine(b)) {
      n++;
      cut += b.text.length;
    }
  }
  return n >= CUT_LINES && cut >= COPY_MASS * total ? { total, cut } : undefined;
}

/** Whether a code unit separates words here: white space, `,` `.` `;` `:`. */
function separates(c: number): boolean {
  return isSpace(c) || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a;
}

/** Hashes of the text's word 5-grams (words lower-cased, FNV-1a per word, the five combined), in order. */
function gramsOf(text: string): number[] {
  const words: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (separates(c)) {
      if (inWord) words.push(h >>> 0);
      inWord = false;
      h = 0x811c9dc5;
      continue;
    }
    inWord = true;
    // ASCII capitals folded to lower case; other letters as written.
    h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c + 32 : c), 0x01000193);
  }
  const grams: number[] = [];
  for (let i = 0; i + GRAM <= words.length; i++) {
    let g = 0;
    for (let j = 0; j < GRAM; j++) g = (Math.imul(g, 31) + (words[i + j] ?? 0)) | 0;
    grams.push(g);
  }
  return grams;
}

/**
 * The body blocks of `region` that copy text the body's blocks from `from`
 * on printed before them: cut lines, each with {@link COPY_SHARE} of its
 * shingles read already, together {@link COPY_MASS} of the run's text. Empty
 * unless the run holds cut lines.
 */
export function copiedBlocks(doc: TextDoc, from: number, region: Region): number[] {
  const run = cutLinesOf(doc, region);
  if (!run) return [];
  const seen = new Set<number>();
  const copies: number[] = [];
  let copied = 0;
  // The cut lines not judged yet: once those left cannot make the copy {@link COPY_MASS} of the run, none is one.
  let unjudged = run.cut;
  for (let k = Math.max(0, from); k <= region.last; k++) {
    const b = doc.blocks[k];
    if (!b || doc.roles.get(k) !== 'body') continue;
    if (k >= region.first && cutLine(b)) {
      if (copied + unjudged < COPY_MASS * run.total) return [];
      unjudged -= b.text.length;
    }
    const grams = gramsOf(b.text);
    if (k >= region.first) {
      // Only a cut line is judged: a paragraph printed twice whole (a lead repeated as a teaser) stays.
      if (grams.length >= MIN_GRAMS && cutLine(b)) {
        let found = 0;
        for (const g of grams) if (seen.has(g)) found++;
        if (found >= COPY_SHARE * grams.length) {
          copies.push(k);
          copied += b.text.length;
          continue;
        }
      }
    }
    for (const g of grams) seen.add(g);
  }
  return copied >= COPY_MASS * run.total ? copies : [];
}
