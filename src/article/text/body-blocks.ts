/**
 * The blocks a text page's body reader took as body, before the body's region
 * is chosen (body-region.ts). Each block's paragraphs (its text up to a glued
 * read-more label, cut around its inline related links) are cut out only when
 * asked: the region keeps a part of the blocks, and the paragraphs of the
 * others are never read (the region's choice reads roles, not paragraphs).
 */

import { ownCopy } from '../../input/text-blocks.js';
import { isSpace } from '../../text/chars.js';
import type { Paragraph } from '../../types.js';
import { mayEndWithReadMore, readMoreSuffix, SUFFIX_WINDOW } from '../recognisers/read-more.js';
import type { InlineRelated } from '../recognisers/related.js';
import type { TextDoc } from './doc.js';

/** Characters before a read-more label one character in (`"Read more`, `…Lire la suite`): see {@link BodyBlocks.hasParagraph}. */
const BEFORE_LABEL = '…."»';

/** The body's blocks in order, their paragraphs cut out on first use. */
export class BodyBlocks {
  /** The blocks read as body, in order. */
  readonly owners: number[];
  private readonly doc: TextDoc;
  /** The related links inside each block that has some (made on first use). */
  private inline: Map<number, InlineRelated[]> | undefined;
  /** Each block's paragraphs once cut (made on first use). */
  private cut: Map<number, Paragraph[]> | undefined;

  constructor(doc: TextDoc) {
    this.doc = doc;
    this.owners = [];
  }

  /** Adds block `k` to the body, with the related links found inside its text (cut out of its paragraphs). */
  add(k: number, inline: InlineRelated[]): void {
    this.owners.push(k);
    if (inline.length > 0) {
      this.inline ??= new Map();
      this.inline.set(k, inline);
    }
  }

  /** Puts block `k` in the body in its place, no related link inside it (a line the body's run took back, see takenIn). */
  insert(k: number): void {
    let lo = 0;
    let hi = this.owners.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.owners[mid] ?? 0) < k) lo = mid + 1;
      else hi = mid;
    }
    if (this.owners[lo] !== k) this.owners.splice(lo, 0, k);
  }

  /** Takes blocks out of the body (a copy of the article printed again below it, see body-copy.ts). */
  drop(blocks: ReadonlySet<number>): void {
    let w = 0;
    for (const k of this.owners) if (!blocks.has(k)) this.owners[w++] = k;
    this.owners.length = w;
  }

  /** The paragraphs of body block `k`, in order (none when its pieces are under two characters). */
  paragraphs(k: number): Paragraph[] {
    this.cut ??= new Map();
    let out = this.cut.get(k);
    if (out) return out;
    out = [];
    const { input } = this.doc;
    const block = this.doc.blocks[k];
    if (block) {
      let start = block.start;
      let end = block.end;
      const suffix = readMoreSuffix(block.text);
      if (suffix > 0)
        end = block.start + input.slice(block.start, block.start + suffix).trimEnd().length;
      for (const inline of this.inline?.get(k) ?? []) {
        pushParagraph(out, input, start, inline.labelStart);
        start = inline.titleEnd;
      }
      pushParagraph(out, input, start, end);
    }
    this.cut.set(k, out);
    return out;
  }

  /**
   * Whether body block `k` has a paragraph, known without cutting it when it
   * can be: a block's text is trimmed, so with no inline link cut out of it,
   * its paragraph (the text up to a read-more label, trimmed) is the whole
   * text when no label can end it, and is under two characters only when the
   * text is, or when a space follows the first character, or when the label
   * starts one character in: after one of {@link BEFORE_LABEL} (a label
   * inside the window searched follows a space or one of them), or at the
   * window's start in a text one longer than it, or when the text opens with
   * lynx's link number right before the label (`[6]Lire la suite`).
   */
  hasParagraph(k: number): boolean {
    const text = this.doc.blocks[k]?.text ?? '';
    if (this.cut?.has(k) || this.inline?.has(k)) return this.paragraphs(k).length > 0;
    if (text.length < 2) return false;
    // With no read-more label at its end, the paragraph is the whole (trimmed) text.
    if (!mayEndWithReadMore(text)) return true;
    return (
      (text.length !== SUFFIX_WINDOW + 1 &&
        !isSpace(text.charCodeAt(1)) &&
        !BEFORE_LABEL.includes(text.charAt(0)) &&
        // A lynx link number opening the line (`[6]Lire la suite`): the label starts the text.
        text.charCodeAt(0) !== 0x5b) ||
      this.paragraphs(k).length > 0
    );
  }

  /**
   * The body's last paragraph and its block, and whether another paragraph
   * comes before it; the blocks are cut from the last one up until two
   * paragraphs are found.
   */
  lastParagraph(): { paragraph: Paragraph; owner: number; more: boolean } | undefined {
    let last: { paragraph: Paragraph; owner: number; more: boolean } | undefined;
    for (let i = this.owners.length - 1; i >= 0; i--) {
      const owner = this.owners[i] ?? -1;
      const ps = this.paragraphs(owner);
      for (let j = ps.length - 1; j >= 0; j--) {
        const paragraph = ps[j];
        if (!paragraph) continue;
        if (last) {
          last.more = true;
          return last;
        }
        last = { paragraph, owner, more: false };
      }
    }
    return last;
  }

  /** Takes the body's last paragraph out (see {@link lastParagraph}). */
  dropLastParagraph(): void {
    for (let i = this.owners.length - 1; i >= 0; i--) {
      const ps = this.paragraphs(this.owners[i] ?? -1);
      if (ps.length > 0) {
        ps.pop();
        return;
      }
    }
  }
}

/** Pushes the paragraph `input[start, end)` trimmed, when two characters or more are left; whether it did. */
function pushParagraph(out: Paragraph[], input: string, start: number, end: number): boolean {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(input[s] ?? '')) s++;
  while (e > s && /\s/u.test(input[e - 1] ?? '')) e--;
  if (e - s < 2) return false;
  // A copy, as block texts are (see ownCopy): paragraph texts reach the same recognisers.
  out.push({ text: ownCopy(input, s, e), start: s, end: e, kind: 'paragraph' });
  return true;
}
