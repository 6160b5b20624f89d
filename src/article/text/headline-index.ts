/**
 * Recogniser: a section page's index of bare headlines (no excerpt, no date),
 * one a line, closed by the listing's pager (`Page 2 sur 40`, `« Précédent
 * Suivant »`, `صفحة 3 من 12`). Five headlines or more right over the pager
 * (blank lines between them allowed) are the listing's items: a ticker prints
 * no pager under its headlines, and an article's pager stands under prose.
 */
import type { ListingItem } from '../../types.js';
import type { TextDoc } from './doc.js';
import { headlineShaped } from './headline-items.js';
import { pagerOf } from './line-facts.js';

/** Fewest headlines over the pager that make an index. */
const MIN_HEADLINES = 5;

/** The headlines right over the first pager line that closes five or more of them; else undefined. */
export function pagedHeadlines(doc: TextDoc): ListingItem[] | undefined {
  const { blocks, roles } = doc;
  for (let k = MIN_HEADLINES; k < blocks.length; k++) {
    const line = blocks[k];
    if (!line || !pagerOf(doc, line)) continue;
    let first = k;
    // A headline is free or a ticker's line (a run of headlines reads as one before its pager is seen).
    for (let j = k - 1; j >= 0; j--) {
      const b = blocks[j];
      const role = b && roles.get(j);
      if (!b || (role !== undefined && role !== 'ticker') || !headlineShaped(b.text)) break;
      first = j;
    }
    if (k - first >= MIN_HEADLINES)
      return blocks.slice(first, k).map((b) => ({ title: b.text, start: b.start, end: b.end }));
  }
  return undefined;
}
