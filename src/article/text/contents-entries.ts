/**
 * Recogniser: an entry of a numbered table of contents (`2 History` ⏎
 * `2.1 Early settlement` ⏎ `3 Economy`), a section's number then its name,
 * following an entry of the same or the previous section. The list's last
 * entry stands right above the body on a reference page: a heading of the
 * page's outline, never its headline. A listicle's headline (`10 Ways …`)
 * has no numbered line counting up to it.
 */
import type { Block } from '../../input/block.js';
import type { TextDoc } from './doc.js';

/** A section's number (`3`, `3.1`, `3.1.2`), a space and a letter. */
const SECTION = /^(\d{1,2})(?:\.\d{1,2}){0,3} \p{L}/u;

/** The section's first number of a line opening with one, else -1. */
const sectionOf = (text = ''): number => Number(SECTION.exec(text)?.[1] ?? -1);

/** Whether block `b` is an entry of a numbered table of contents: the line above one of the same or the previous section. */
export function contentsEntry(doc: TextDoc, b: Block): boolean {
  const n = sectionOf(b.text);
  const above = sectionOf(doc.blocks[b.index - 1]?.text);
  // A line opening with `0 ` is no entry; with none above, `above + 1` is 0.
  return n > 0 && (n === above || n === above + 1);
}
