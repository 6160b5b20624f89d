/**
 * The margin a hard-wrapped dump prints its prose at, and the lines printed
 * left of it. lynx indents paragraphs and lists (three spaces and more) and
 * prints headings at the left edge; a mail archive or a plain wrapped text
 * indents nothing, and there no line stands out.
 */
import type { Block } from '../../input/block.js';
import { startsWithBullet } from '../../text/chars.js';
import type { TextDoc } from './doc.js';

/** Shortest block counted for the prose margin: a wrapped paragraph's, not a menu's entry. */
const PROSE_MIN = 60;
/** Fewest such blocks that make the margin known. */
const PROSE_BLOCKS = 3;
/** Widest margin read (past it, a line stands in a column or a centred block). */
const MARGIN_MAX = 8;

/** Spaces before block `b` on its first line, or -1 when anything else stands before it there. */
export function indentOf(input: string, b: Block): number {
  let k = b.start;
  while (k > 0 && input.charCodeAt(k - 1) === 0x20 && b.start - k <= MARGIN_MAX) k--;
  return k === 0 || input.charCodeAt(k - 1) === 0x0a ? b.start - k : -1;
}

/**
 * The margin most of the dump's paragraphs are printed at, when the dump is
 * hard-wrapped and that margin is two spaces or more; 0 otherwise. Read once.
 */
export function proseMargin(doc: TextDoc): number {
  if (doc.proseMargin !== undefined) return doc.proseMargin;
  let margin = 0;
  if (doc.wrapWidth !== undefined) {
    const counts = new Int32Array(MARGIN_MAX + 1);
    for (const b of doc.blocks) {
      if (b.text.length < PROSE_MIN || startsWithBullet(b.text)) continue;
      const indent = indentOf(doc.input, b);
      if (indent < 0 || indent > MARGIN_MAX) continue;
      counts[indent] = (counts[indent] ?? 0) + 1;
    }
    let best = 0;
    for (let i = 1; i <= MARGIN_MAX; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
    const atBest = counts[best] ?? 0;
    if (best >= 2 && atBest >= PROSE_BLOCKS && atBest > (counts[0] ?? 0)) margin = best;
  }
  doc.proseMargin = margin;
  return margin;
}

/** Whether block `b` is printed at the left edge of a dump whose prose stands at a margin: a heading, as lynx prints one. */
export function printedAsHeading(doc: TextDoc, b: Block): boolean {
  return proseMargin(doc) > 0 && indentOf(doc.input, b) === 0;
}
