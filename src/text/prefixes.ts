/**
 * A list of prefixes looked up by the first two characters of the text
 * (prefixes of one character by their first): testing a line against a list
 * of dozens of phrases costs one or two map lookups instead of a loop.
 */

/** A prefix test built once from a list of (folded) prefixes. */
export type PrefixTest = (text: string) => boolean;

/** Builds the test: true when `text` starts with one of `prefixes`. */
export function prefixTest(prefixes: readonly string[]): PrefixTest {
  const byHead = new Map<string, string[]>();
  for (const p of prefixes) {
    const head = p.slice(0, 2);
    const list = byHead.get(head);
    if (list) list.push(p);
    else byHead.set(head, [p]);
  }
  const startsWithAny = (text: string, list: string[] | undefined): boolean => {
    if (list) for (const p of list) if (text.startsWith(p)) return true;
    return false;
  };
  return (text) =>
    startsWithAny(text, byHead.get(text.slice(0, 2))) ||
    startsWithAny(text, byHead.get(text.slice(0, 1)));
}
