/**
 * A list of phrases looked for anywhere in a text in one pass: each position
 * is looked up by its two characters (a bit table for two ASCII characters, a
 * map for others), and only the phrases opening with them are compared there,
 * instead of one native search of the whole text per phrase.
 */

/** A containment test built once from a list of phrases. */
export type ContainsTest = (text: string) => boolean;

/** Builds the test: true when `text` holds one of `phrases` anywhere. */
export function containsTest(phrases: readonly string[]): ContainsTest {
  // Phrases shorter than two characters are searched for whole.
  const short = phrases.filter((p) => p.length < 2);
  const byHead = new Map<number, string[]>();
  const asciiHeads = new Uint8Array(0x80 * 0x80);
  for (const p of phrases) {
    if (p.length < 2) continue;
    const a = p.charCodeAt(0);
    const b = p.charCodeAt(1);
    const head = a * 65536 + b;
    const list = byHead.get(head);
    if (list) list.push(p);
    else byHead.set(head, [p]);
    if (a < 0x80 && b < 0x80) asciiHeads[a * 0x80 + b] = 1;
  }
  return (text) => {
    for (const p of short) if (text.includes(p)) return true;
    for (let i = 0; i + 1 < text.length; i++) {
      const a = text.charCodeAt(i);
      const b = text.charCodeAt(i + 1);
      if (a < 0x80 && b < 0x80 && asciiHeads[a * 0x80 + b] === 0) continue;
      const list = byHead.get(a * 65536 + b);
      if (list) for (const p of list) if (text.startsWith(p, i)) return true;
    }
    return false;
  };
}
