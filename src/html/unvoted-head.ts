/**
 * Refiner for the start of an HTML body: the page's header lines that the
 * container climb took in. The climb goes up while a parent adds under a tenth
 * of text (body.ts `climb`); a few such steps reach the box that also holds
 * the headline, its deck and the byline line (`<div class="hero">`), and the
 * deck came in with them though it voted for nothing. A deck stays out of the
 * body as the lead rules leave it out (lead.ts: past the byline or date box,
 * only a paragraph of two sentences is the article's lead, and it is put back
 * there).
 */
import { at, type HtmlElements } from './elements.js';
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** A paragraph this long, with few links, before the voted container is more of the article (its first part). */
const HEAD_PARAGRAPH = 200;

/** The body's text under the line, as a multiple of the text cut above it, for the cut to be made. */
const UNDER = 3;

/** A block that is the page's byline or date line (not a photo's caption with a date class). */
const META = F.BYLINE | F.DATE;

/**
 * The kept blocks without those before the voted container's first block that
 * also stand above the last byline or date line between the top's start and
 * that block (inside the top: a sibling taken before it is left alone): the header's deck and kicker, not the article. Nothing changes
 * when the climb reached the top by score (`voted === top`), when there is no
 * such line, when a block there is a paragraph of prose (the voted
 * container is then only the article's later part), or when the body holds
 * under {@link UNDER} times their text below the line.
 */
export function withoutUnvotedHead(
  kept: readonly HtmlBlock[],
  blocks: readonly HtmlBlock[],
  voted: number,
  top: number,
  elements: HtmlElements,
): readonly HtmlBlock[] {
  if (voted === top) return kept;
  const start = at(elements.firstBlock, top);
  const head = at(elements.firstBlock, voted);
  let meta = -1;
  for (let i = start; i < head; i++) {
    const flags = blocks[i]?.flags ?? 0;
    if ((flags & META) !== 0 && (flags & F.CAPTION) === 0) meta = i;
  }
  if (meta < 0) return kept;
  let cut = 0;
  let under = 0;
  for (const b of kept) {
    if (b.index < start) continue;
    if (b.index > meta) {
      under += b.text.length;
      continue;
    }
    if (b.text.length >= HEAD_PARAGRAPH && b.linkChars < 0.2 * b.text.length) return kept;
    cut += b.text.length;
  }
  // The article goes on under the line (a signature closing a short text is no header's).
  if (cut === 0 || under < UNDER * cut) return kept;
  return kept.filter((b) => b.index < start || b.index > meta);
}
