/**
 * Recogniser: lynx's list of references at the end of a dump (`lynx -dump`
 * without `-nolist`): a `References` line, then numbered addresses
 * (`   1. https://…`, ` 223. mailto:…`, `Visible links:` / `Hidden links:`
 * between). What stands from there to the end is the renderer's, not the
 * page's: it is no body and no listing.
 */
import { isReferenceEntry } from '../../input/wrapped.js';
import type { TextDoc } from './doc.js';

/** The heading lynx prints over its list of links. */
const HEADING = 'References';
/** Lines lynx may print between the heading and the first entry. */
const SUBHEADINGS = new Set(['Visible links:', 'Hidden links:']);

/** Index of the block where lynx's list of references starts, if the dump ends with one. */
export function referencesStart(doc: TextDoc): number | undefined {
  // The list closes the dump: looked for from the end, it is found after a walk over its own lines only.
  for (let k = doc.blocks.length - 1; k >= 0; k--) {
    const b = doc.blocks[k];
    if (!b) break;
    if (b.text === HEADING) {
      const next = doc.blocks[k + 1];
      const first = next && SUBHEADINGS.has(next.text) ? doc.blocks[k + 2] : next;
      return first && isReferenceEntry(first.text) ? k : undefined;
    }
    if (!isReferenceEntry(b.text) && !SUBHEADINGS.has(b.text)) return undefined;
  }
  return undefined;
}
