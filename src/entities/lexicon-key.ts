/**
 * The folding that keys every lexicon table (entities, and the article parser's place and first-name look-ups).
 */
import { fold, foldArabic } from '../text/fold.js';

const KEYS = new Map<string, string>();

/** Folding for lexicon keys: {@link fold}, hyphens as spaces, no trailing dot (remembered for up to 65,536 strings: entity texts repeat). */
export function key(s: string): string {
  let k = KEYS.get(s);
  if (k === undefined) {
    k = foldArabic(fold(s).replace(/-/g, ' ').replace(/ +/g, ' '));
    if (KEYS.size < 65536) KEYS.set(s, k);
  }
  return k;
}
