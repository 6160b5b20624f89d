/**
 * A list of prefixes looked up by the first two characters of the text
 * (prefixes of one character by their first): testing a line against a list
 * of dozens of phrases costs one or two map lookups instead of a loop.
 */
import { OTHER_HEADS, otherHead } from './contains.js';
import { headCode } from './fold.js';

/** A prefix test built once from a list of (folded) prefixes. */
export type PrefixTest = (text: string) => boolean;

/** `items` grouped by a number each gives (`key`), each group in the items' order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A letter or a digit of any script. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the word prefix `p` ends inside goes on in `text` (a prefix ending with a space or a mark ends none). */
function runsOn(p: string, text: string): boolean {
  return WORD_CHAR.test(p.charAt(p.length - 1)) && WORD_CHAR.test(text.charAt(p.length));
}

/**
 * Builds the test: true when `text` starts with one of `prefixes`; with `wholeWords`, only where the prefix ends
 * at a word's end in `text` (`register` opens `register now`, not `registered voters`).
 */
export function prefixTest(prefixes: readonly string[], wholeWords = false): PrefixTest {
  // Keyed by number, so a lookup slices nothing.
  const byHead = groupBy(prefixes, headCode);
  // Two ASCII characters some prefix opens with (or the first alone, a prefix of one character), as
  // bits: most lines open otherwise, and are turned down without a map look-up.
  const asciiHeads = new Uint8Array(0x80 * 0x80);
  // Other heads (an accented or Arabic letter, a typographic mark) as bits of a hash of their two codes,
  // and the first characters of the prefixes of one character: a line opening with neither is turned
  // down without a look-up too. Most lists hold no prefix of one character: their lines are looked up once.
  const otherHeads = new Uint8Array(OTHER_HEADS);
  const singles = new Set<number>();
  for (const p of prefixes) {
    const a = p.charCodeAt(0);
    const b = p.charCodeAt(1);
    if (p.length === 1) singles.add(a);
    if (p.length >= 2 && a < 0x80 && b < 0x80) asciiHeads[a * 0x80 + b] = 1;
    else if (p.length === 1 && a < 0x80) asciiHeads.fill(1, a * 0x80, (a + 1) * 0x80);
    else if (p.length >= 2) otherHeads[otherHead(a, b)] = 1;
  }
  const startsWithAny = (text: string, list: string[] | undefined): boolean => {
    if (list)
      for (const p of list) if (text.startsWith(p) && !(wholeWords && runsOn(p, text))) return true;
    return false;
  };
  return (text) => {
    // Past a one-character text's end the code is NaN: such a text is looked up as before.
    const a = text.charCodeAt(0);
    const b = text.charCodeAt(1);
    if (a < 0x80 && b < 0x80) {
      if (asciiHeads[a * 0x80 + b] === 0) return false;
    } else if (text.length >= 2 && otherHeads[otherHead(a, b)] === 0 && !singles.has(a))
      return false;
    return (
      startsWithAny(text, byHead.get(headCode(text))) ||
      (text.length >= 2 && singles.has(a) && startsWithAny(text, byHead.get(-1 - a)))
    );
  };
}
