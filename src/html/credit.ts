/**
 * The credited source of an HTML page's article, read as on text dumps
 * (article/text/source.ts): an agency's signature or a `Source : X` line
 * right under the body (`(MAP)`, `Source : TAP`), else the agency in the
 * lead's dateline (`ALGER – … (APS) –`). Metadata name no such credit.
 */
import { agencyDateline, creditLine, type SourceChoice } from '../article/text/source.js';
import type { Publication, Span } from '../types.js';
import type { HtmlBlock } from './walk.js';

/** Blocks under the body's last searched for a credit line. */
const CREDIT_REACH = 2;

/** A source as ArticleParts holds it, its span where the name is written as is inside the block's source range. */
function asPart(
  input: string,
  found: SourceChoice,
  block: HtmlBlock,
): Publication & { span?: Span } {
  // The recognisers count from the block's start in its text: the name as the block prints it.
  const written = block.text.slice(found.start - block.start, found.end - block.start);
  const at = block.verbatim ? found.start : input.indexOf(written, block.start);
  return at >= 0 && at + written.length <= block.end
    ? { name: found.name, span: { start: at, end: at + written.length } }
    : { name: found.name };
}

/** The source the page credits, from the blocks around the body (`lastBody`: the body's last block index, `first`: its first block). */
export function creditedSource(
  input: string,
  blocks: readonly HtmlBlock[],
  lastBody: number,
  first: HtmlBlock | undefined,
): (Publication & { span?: Span }) | undefined {
  if (lastBody < 0) return undefined;
  for (let k = lastBody + 1; k <= lastBody + CREDIT_REACH && k < blocks.length; k++) {
    const b = blocks[k];
    const found = b ? creditLine(b) : undefined;
    if (b && found) return asPart(input, found, b);
  }
  const dateline = first ? agencyDateline(first) : undefined;
  return first && dateline ? asPart(input, dateline, first) : undefined;
}
