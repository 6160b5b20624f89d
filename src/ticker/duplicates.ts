/** Refiner: marks headlines that repeat an earlier one with other quotes, spacing or case. */
import { foldLoose } from '../text/fold.js';

/** Something with a headline text and, once refined, the index of what it repeats. */
interface Repeatable {
  text: string;
  duplicateOf?: number;
  truncated?: boolean;
}

/**
 * Sets `duplicateOf` on each item whose loose fold (quotes dropped, case and
 * accents folded) equals an earlier item's. A truncated item is never a
 * duplicate: its end is unknown. Same-template stories differ in their words,
 * so they do not collide.
 */
export function markDuplicates(items: Repeatable[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.truncated) return;
    const key = foldLoose(item.text);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else item.duplicateOf = first;
  });
}

/**
 * The ticker lines less those that print an earlier one again (a page's header
 * and footer marquees): a later line each of whose headlines folds to one already
 * read adds no headline; a headline the input stops inside need only open one.
 */
export function withoutRepeatedLines<T extends { items: Repeatable[] }>(lines: T[]): T[] {
  if (lines.length < 2) return lines; // one line (most pages) repeats none: no fold
  const seen = new Set<string>();
  return lines.filter((line) => {
    const keys = line.items.map((item) => foldLoose(item.text));
    const repeat =
      seen.size > 0 &&
      line.items.every((item, k) => {
        const key = keys[k] ?? '';
        return (
          seen.has(key) || (item.truncated === true && [...seen].some((s) => s.startsWith(key)))
        );
      });
    for (const key of keys) seen.add(key);
    return !repeat;
  });
}
