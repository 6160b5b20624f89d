/** Recogniser: a related-article line, `Lire aussi : <title>`, `Lire aussi | <title>`, `اقرأ أيضا: <title>`. */
import type { Block } from '../../input/block.js';
import { trimRange } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { RELATED_LABELS } from '../profiles/generic.js';

/** Longest label text, in characters, scanned at the start of a block. */
const LABEL_WINDOW = 24;
const FOLDED_LABELS = RELATED_LABELS.map(fold).sort((a, b) => b.length - a.length);
const PUNCTUATION = new Set([':', '|', '-', '–', '—', '»', '>', '：']);

/** What a related line holds: the title's span, or nothing when the label stands alone. */
export interface RelatedMatch {
  /** Span of the title in the input; absent when the line is the bare label. */
  titleStart?: number;
  /** End of the title's span. */
  titleEnd?: number;
}

/** Reads `block` as a related line; undefined when it does not start with a related label. */
export function recogniseRelated(input: string, block: Block): RelatedMatch | undefined {
  const head = fold(block.text.slice(0, LABEL_WINDOW));
  const label = FOLDED_LABELS.find((l) => head.startsWith(l));
  if (label === undefined) return undefined;
  // Walk the original text past as many letters as the label has, then past punctuation.
  let i = 0;
  let seen = 0;
  const letters = label.replace(/ /g, '').length;
  const text = block.text;
  while (i < text.length && seen < letters) {
    if (!/\s/u.test(text[i] ?? '')) seen++;
    i++;
  }
  // Trailing marks of the label itself (tanwin and such) fold away: skip them too.
  while (i < text.length && /\p{M}/u.test(text[i] ?? '')) i++;
  const afterLabel = i;
  while (i < text.length && (/\s/u.test(text[i] ?? '') || PUNCTUATION.has(text[i] ?? ''))) i++;
  if (i === afterLabel && i < text.length) return undefined; // "Lire aussitôt": a word, not a label
  const [s, e] = trimRange(input, block.start + i, block.end);
  if (s === e) return {};
  return { titleStart: s, titleEnd: e };
}
