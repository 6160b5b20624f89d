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
import { lastHeaderLine, withoutHeaderAbove } from './header-deck.js';
import type { HtmlBlock } from './walk.js';

/**
 * The kept blocks without those before the voted container's first block that
 * also stand above the last byline or date line between the top's start and
 * that block (inside the top: a sibling taken before it is left alone): the header's deck and kicker, not the article. Nothing changes
 * when the climb reached the top by score (`voted === top`), when there is no
 * such line, when a block there is a paragraph of prose (the voted
 * container is then only the article's later part), or when the body holds
 * under three times their text below the line (header-deck.ts `withoutHeaderAbove`).
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
  const line = lastHeaderLine(blocks, start, at(elements.firstBlock, voted));
  return line < 0 ? kept : withoutHeaderAbove(kept, start, line);
}
