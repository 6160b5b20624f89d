/**
 * The article's subheadings printed again in a contents box under it (a
 * documentation page's `On this page`, a guide's `Contents` beside or after
 * the text): the box lists them one a line, with no blank line between, in
 * the order the text has them. A line printed twice is otherwise read as
 * printed once, at its last place (an image's alt text over its caption);
 * here the box's copies are the ones to leave, the subheadings in the body
 * stay. A subheading heads prose (a sentence-shaped paragraph right under
 * it); a box of headlines inside the body, printed again in a list under it,
 * has none between its lines.
 */
import type { Region } from './body-region.js';
import { paragraphLike, type TextDoc } from './doc.js';

/** Longest line read as a subheading. */
const SUBHEADING_MAX = 120;

/** Fewest copies in a row read as a contents box. */
const MIN_ENTRIES = 2;

/** Texts of the region's subheadings that a contents box under the region lists again, in their order. */
export function contentsCopies(doc: TextDoc, region: Region): Set<string> {
  const listed = new Set<string>();
  const heads = new Map<string, number>();
  for (let k = region.first; k <= region.last; k++) {
    const b = doc.blocks[k];
    const next = doc.blocks[k + 1];
    if (
      b !== undefined &&
      next !== undefined &&
      b.text.length <= SUBHEADING_MAX &&
      !paragraphLike(b.text) &&
      paragraphLike(next.text)
    )
      heads.set(b.text, k);
  }
  if (heads.size < MIN_ENTRIES) return listed;
  // The copies in a row under the region: each glued to the one above, each the copy of a later subheading.
  let runStart = -1;
  let previous = -1;
  const close = (end: number): void => {
    if (runStart >= 0 && end - runStart >= MIN_ENTRIES)
      for (let j = runStart; j < end; j++) listed.add(doc.blocks[j]?.text ?? '');
    runStart = -1;
  };
  for (let k = region.last + 1; k < doc.blocks.length; k++) {
    const b = doc.blocks[k];
    const at = b === undefined ? undefined : heads.get(b.text);
    if (at === undefined || b === undefined) {
      close(k);
      continue;
    }
    if (runStart >= 0 && (b.blankBefore > 0 || at <= previous)) close(k);
    if (runStart < 0) runStart = k;
    previous = at;
  }
  close(doc.blocks.length);
  return listed;
}
