/**
 * Refiner for the start of an HTML body: a deck between the headline and its
 * byline or date line. A news page's header reads headline, deck, byline and
 * date, and the article starts under it; a deck the body's container took in
 * with the header box is no part of it (the lead rules, lead.ts, leave the same
 * deck out when it stands outside the container, and put a lead of two
 * sentences back). The header's line and the cut above it are shared with
 * unvoted-head.ts (the same cut when the climb took the header box in) and
 * deck.ts (the deck left out is the article's standfirst).
 */
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** Blocks after the title within which the header's byline or date line is looked for. */
export const HEADER_REACH = 6;
/** A paragraph this long, with few links, above the header's line is the article's opening: nothing is cut. */
const HEAD_PARAGRAPH = 200;
/** The body's text under the line, as a multiple of the text cut above it, for the cut to be made. */
const UNDER = 3;
/** A byline or date line (not a photo's caption with a date class). */
const META = F.BYLINE | F.DATE;

/**
 * The last byline or date line (not a caption) among blocks `from` to `to`
 * (exclusive), `skip(i)` passing over those that do not count; -1 when none.
 */
export function lastHeaderLine(
  blocks: readonly HtmlBlock[],
  from: number,
  to: number,
  skip?: (i: number) => boolean,
): number {
  let line = -1;
  const end = Math.min(blocks.length, to);
  for (let i = from; i < end; i++) {
    const flags = blocks[i]?.flags ?? 0;
    if ((flags & META) !== 0 && (flags & F.CAPTION) === 0 && !skip?.(i)) line = i;
  }
  return line;
}

/**
 * The kept blocks without those from block `from` down to the header's `line`
 * (both included), unless one of them is a paragraph of prose or the body holds
 * under {@link UNDER} times their text below that line (the line then closes a
 * short text: a signature, not a header's byline); `kept` itself when nothing is cut.
 */
export function withoutHeaderAbove(
  kept: readonly HtmlBlock[],
  from: number,
  line: number,
): readonly HtmlBlock[] {
  let cut = 0;
  let under = 0;
  for (const b of kept) {
    if (b.index < from) continue;
    if (b.index > line) {
      under += b.text.length;
      continue;
    }
    if (b.text.length >= HEAD_PARAGRAPH && b.linkChars < 0.2 * b.text.length) return kept;
    cut += b.text.length;
  }
  // The article goes on under the line (a signature closing a short text is no header's).
  if (cut === 0 || under < UNDER * cut) return kept;
  return kept.filter((b) => b.index < from || b.index > line);
}

/**
 * The kept blocks without those between the title block and the last byline
 * or date line (left out of the body) at most {@link HEADER_REACH} blocks under
 * it, as {@link withoutHeaderAbove} cuts them.
 */
export function withoutHeaderDeck(
  kept: readonly HtmlBlock[],
  blocks: readonly HtmlBlock[],
  titleBlock: number,
): readonly HtmlBlock[] {
  if (titleBlock < 0) return kept;
  // Which of the blocks under the title the body keeps (a long byline line it keeps is no header line).
  const inKept = new Uint8Array(HEADER_REACH);
  for (const b of kept) {
    const k = b.index - titleBlock - 1;
    if (k >= 0 && k < HEADER_REACH) inKept[k] = 1;
  }
  const from = titleBlock + 1;
  const line = lastHeaderLine(blocks, from, from + HEADER_REACH, (i) => inKept[i - from] === 1);
  return line < 0 ? kept : withoutHeaderAbove(kept, from, line);
}
