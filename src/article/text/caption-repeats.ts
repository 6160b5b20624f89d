/**
 * Recogniser: a gallery printing one caption over and over (each picture of
 * the gallery under the same caption, `Studio Cans 300` ⏎ `Studio Cans 300`
 * ⏎ `Studio Cans 300` …, w3m adding each picture's alt text over it). Once the
 * body has run past such a gallery, its copies are no text of the article: a
 * short line printed three times in a row or more (a pair is a picture's alt
 * text over its caption), with no sentence, stays in the body once, at the
 * last copy of its run, as a picture's caption does.
 */
import { endsSentence } from './body-region.js';
import type { TextDoc } from './doc.js';

/** Longest line read as a gallery's caption. */
const CAPTION_MAX = 80;

/**
 * Calls `add(k, k)` for each block between `first` and `last` (inclusive)
 * printing again a caption a gallery repeats, read from the last block up:
 * the caption's last copy of its run stays, every copy above it goes.
 */
export function captionRepeats(
  doc: TextDoc,
  first: number,
  last: number,
  add: (from: number, to: number) => void,
): void {
  const captions = new Set<string>();
  for (let k = last; k >= first; k--) {
    const t = doc.blocks[k]?.text ?? '';
    // (Looked up only once a caption is known: hashing every paragraph would cost more than the rule.)
    if (captions.size > 0 && captions.has(t)) add(k, k);
    else if (
      t === doc.blocks[k - 1]?.text &&
      t === doc.blocks[k - 2]?.text &&
      t.length <= CAPTION_MAX &&
      !endsSentence(t)
    )
      captions.add(t);
  }
}
