/**
 * Refiner: the body's closing paragraphs that the page prints again outside
 * the body are another box's text. A teaser's excerpt printed a second time
 * in its card under the article (`Heu ist die Grundlage …` ⏎ `weiterlesen`),
 * a headline printed alone in a box above and again with its dek in a list
 * under the article (`Browns place X on injured reserve First season …`), an
 * appeal printed twice: the article's own last paragraphs are printed once.
 */

import type { Paragraph } from '../../types.js';
import { dropShortEnd } from './body-edges.js';
import type { TextDoc } from './doc.js';

/** Words of a paragraph's opening looked for at the start of the other blocks. */
const OPENING_WORDS = 6;
/** Fewest words of a paragraph read: a short line (a label, a row) may well be printed twice. */
const MIN_WORDS = 9;
/** Shortest opening looked for. */
const MIN_OPENING = 20;
/** Most closing paragraphs read. */
const MAX_TAIL = 4;
/** Paragraphs the body keeps at least. */
const KEEP = 2;

/**
 * The first {@link OPENING_WORDS} words of `text` as written, when it holds
 * {@link MIN_WORDS} words or more and they make {@link MIN_OPENING}
 * characters; else ''. Reads up to the ninth space only.
 */
function opening(text: string): string {
  let spaces = 0;
  let end = -1;
  for (let i = 0; i < text.length && spaces < MIN_WORDS - 1; i++) {
    if (text.charCodeAt(i) !== 0x20 || text.charCodeAt(i - 1) === 0x20) continue;
    spaces++;
    if (spaces === OPENING_WORDS) end = i;
  }
  return spaces < MIN_WORDS - 1 || end < MIN_OPENING ? '' : text.slice(0, end);
}

/**
 * Drops the body's closing paragraphs (up to four, the body keeping two)
 * whose first six words, as written, open a block outside the body that is
 * no copy of the paragraph itself: a teaser printed twice. The short lines
 * the cut leaves at the end (a kicker over the teaser's headline) go with
 * them.
 */
export function dropTeaserCopies(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  const from = Math.max(KEEP, paragraphs.length - MAX_TAIL);
  // A paragraph too short to read gets no opening: it is no teaser's copy, and the run from the end stops at it.
  const openings: string[] = [];
  let any = false;
  for (let k = from; k < paragraphs.length; k++) {
    const o = opening(paragraphs[k]?.text ?? '');
    openings.push(o);
    any ||= o.length > 0;
  }
  if (!any) return;
  // The body's blocks, in page order, are skipped as the walk passes them.
  const sorted = owners.slice().sort((a, b) => a - b);
  let next = 0;
  const seen = new Set<number>();
  for (const b of doc.blocks) {
    while (next < sorted.length && (sorted[next] ?? 0) < b.index) next++;
    if (sorted[next] === b.index || b.text.length < MIN_OPENING) continue;
    for (let j = 0; j < openings.length; j++) {
      const o = openings[j] ?? '';
      if (o.length > 0 && b.text.startsWith(o) && b.text !== paragraphs[from + j]?.text)
        seen.add(from + j);
    }
  }
  let cut = paragraphs.length;
  while (cut > KEEP && seen.has(cut - 1)) cut--;
  if (cut === paragraphs.length) return;
  for (const owner of owners.slice(cut)) doc.roles.set(owner, 'boilerplate');
  paragraphs.length = cut;
  owners.length = cut;
  dropShortEnd(doc, paragraphs, owners);
}
