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

/** A ranking's rank alone on its line (`1`, `2.`, `#3`). */
const RANK_ALONE = /^#?(\d{1,2})\.?$/;
/** Lines a ranked unit may print under its headline before the next rank (a rubric, a comment count). */
const RANK_GAP = 2;
/** Fewest ranked headlines that make a ranking. */
const MIN_RANKED = 3;

/**
 * The first run of {@link MIN_RANKED} headlines or more each right under its rank alone on a line, the ranks rising by
 * one (`1` ⏎ headline ⏎ `Business · 214 comments` ⏎ `2` ⏎ headline …): a most-read page's items; else undefined.
 * A pager's numbers (`1` ⏎ `2`) have no headline under them.
 */
export function rankedHeadlines(doc: TextDoc): ListingItem[] | undefined {
  const { blocks, roles } = doc;
  let run: ListingItem[] = [];
  let next = -1;
  let since = 0;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k];
    const head = blocks[k + 1];
    const rank = b ? RANK_ALONE.exec(b.text) : null;
    if (b && rank && head && roles.get(head.index) === undefined && headlineShaped(head.text)) {
      const n = Number(rank[1]);
      if (run.length > 0 && n !== next) {
        if (run.length >= MIN_RANKED) return run;
        run = [];
      }
      run.push({ title: head.text, start: b.start, end: head.end });
      next = n + 1;
      since = 0;
      k++;
    } else if (run.length > 0 && ++since > RANK_GAP) {
      if (run.length >= MIN_RANKED) return run;
      run = [];
    }
  }
  return run.length >= MIN_RANKED ? run : undefined;
}
