/**
 * A list of prefixes looked up by the first two characters of the text
 * (prefixes of one character by their first): testing a line against a list
 * of dozens of phrases costs one or two map lookups instead of a loop.
 */
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
  for (const p of prefixes) {
    const a = p.charCodeAt(0);
    const b = p.charCodeAt(1);
    if (p.length >= 2 && a < 0x80 && b < 0x80) asciiHeads[a * 0x80 + b] = 1;
    else if (p.length === 1 && a < 0x80) asciiHeads.fill(1, a * 0x80, (a + 1) * 0x80);
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
    if (a < 0x80 && b < 0x80 && asciiHeads[a * 0x80 + b] === 0) return false;
    return (
      startsWithAny(text, byHead.get(headCode(text))) ||
      (text.length >= 2 && startsWithAny(text, byHead.get(-1 - text.charCodeAt(0))))
    );
  };
}
