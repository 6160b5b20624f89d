/**
 * Phrases looked up by the two characters a text has at a position (a bit
 * table for two ASCII characters, a map for others): only the phrases opening
 * with them are compared there. `containsTest` looks for the phrases anywhere
 * in one pass, instead of one native search of the whole text per phrase.
 */

/** The phrases (two characters or more) that open with the two characters of `text` at `i`, if any. */
export type PhrasesAt = (text: string, i: number) => readonly string[] | undefined;

/** Size of the hashed table of heads outside ASCII (4 kB a phrase list). */
export const OTHER_HEADS = 0x1000;

/** The hash of a head outside ASCII: its slot in a table of {@link OTHER_HEADS} (0 past the text's end, where a code is NaN). */
export function otherHead(a: number, b: number): number {
  return (a * 31 + b) & (OTHER_HEADS - 1);
}

/** The tables of {@link phrasesAt}: the phrases by their two first codes, and the bits of the heads met. */
interface HeadTables {
  byHead: Map<number, string[]>;
  asciiHeads: Uint8Array;
  otherHeads: Uint8Array;
}

/** Indexes `phrases` of two characters or more by their first two characters (shorter ones are left out). */
function headTables(phrases: readonly string[]): HeadTables {
  const byHead = new Map<number, string[]>();
  const asciiHeads = new Uint8Array(0x80 * 0x80);
  // Other heads (Arabic, Cyrillic…) marked by a hash of their two codes: most of a line's heads
  // are no phrase's, and are turned down without a map look-up.
  const otherHeads = new Uint8Array(OTHER_HEADS);
  for (const p of phrases) {
    if (p.length < 2) continue;
    const a = p.charCodeAt(0);
    const b = p.charCodeAt(1);
    const head = a * 65536 + b;
    const list = byHead.get(head);
    if (list) list.push(p);
    else byHead.set(head, [p]);
    if (a < 0x80 && b < 0x80) asciiHeads[a * 0x80 + b] = 1;
    else otherHeads[otherHead(a, b)] = 1;
  }
  return { byHead, asciiHeads, otherHeads };
}

/** Indexes `phrases` of two characters or more by their first two characters (shorter ones are left out). */
export function phrasesAt(phrases: readonly string[]): PhrasesAt {
  const { byHead, asciiHeads, otherHeads } = headTables(phrases);
  return (text, i) => {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (a < 0x80 && b < 0x80) {
      if (asciiHeads[a * 0x80 + b] === 0) return undefined;
    } else if (otherHeads[otherHead(a, b)] === 0) return undefined;
    return byHead.get(a * 65536 + b);
  };
}

/** A containment test built once from a list of phrases. */
export type ContainsTest = (text: string) => boolean;

/** Builds the test: true when `text` holds one of `phrases` anywhere. */
export function containsTest(phrases: readonly string[]): ContainsTest {
  // Phrases shorter than two characters are searched for whole.
  const short = phrases.filter((p) => p.length < 2);
  const { byHead, asciiHeads, otherHeads } = headTables(phrases);
  const scan = (text: string): boolean => {
    // Each position's head read in the loop (its second code is the next position's first), looked up
    // in the bits first: this scan reads every position of every line it is given.
    const n = text.length;
    let b = text.charCodeAt(0);
    for (let i = 0; i + 1 < n; i++) {
      const a = b;
      b = text.charCodeAt(i + 1);
      if (a < 0x80 && b < 0x80 ? asciiHeads[a * 0x80 + b] === 0 : otherHeads[otherHead(a, b)] === 0)
        continue;
      const list = byHead.get(a * 65536 + b);
      if (list) for (const p of list) if (text.startsWith(p, i)) return true;
    }
    return false;
  };
  if (short.length === 0) return scan;
  return (text) => {
    for (const p of short) if (text.includes(p)) return true;
    return scan(text);
  };
}
