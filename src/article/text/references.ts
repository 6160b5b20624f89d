/**
 * Recogniser: a renderer's list of references at the end of a dump (`lynx
 * -dump` without `-nolist`, `elinks -dump`): a `References` line, then
 * numbered addresses (`   1. https://…`, ` 223. mailto:…`, `Visible links:` /
 * `Hidden links:` between; elinks prints `Visible links` with no heading over
 * it, a link's title in place of its address, and carries a long address on a
 * line opening with a tab). What stands from there to the end is the
 * renderer's, not the page's: it is no body and no listing.
 */
import { isLinkListLine, isReferenceEntry, linkListHeading } from '../../input/wrapped.js';
import type { TextDoc } from './doc.js';

/** Index of the block where the renderer's list of references starts, if the dump ends with one. */
export function referencesStart(doc: TextDoc): number | undefined {
  // The list closes the dump: looked for from the end, it is found after a walk over its own lines only, up to the
  // heading that opens it; one entry at least must be an address (a numbered list closing an article is none).
  let addresses = false;
  for (let k = doc.blocks.length - 1; k >= 0; k--) {
    const b = doc.blocks[k];
    if (!b) break;
    const heading = linkListHeading(b.text);
    if (heading === true) return addresses ? k : undefined;
    if (heading === false) continue;
    if (isReferenceEntry(b.text)) addresses = true;
    // An address elinks carried onto a line of its own opens with a tab (the block's span starts after it).
    else if (
      !isLinkListLine(doc.input, b.start, b.end) &&
      doc.input.charCodeAt(b.start - 1) !== 0x09
    )
      break;
  }
  return undefined;
}
