/**
 * Recogniser: the site's address as the page's rights line prints it
 * (`examplepost.com © 1996-2025 The Example Post`, `© 2024
 * example.com`), for a page read without its address. Its host's labels
 * stand in for the address's ({@link hostLabels}): the masthead that spells
 * them (`The Example Post`) is then known as the site's name, not a
 * headline.
 */
import type { Block } from '../../input/block.js';
import { hostLabels } from './site-suffix.js';

/** Longest line read as a rights line. */
const RIGHTS_MAX = 200;
/** Shortest site name looked for in a rights line. */
const MIN_NAME = 4;
/** Longest word read as a host name. */
const HOST_MAX = 80;
/** A host name: labels of letters, digits and hyphens joined by dots, closed by a top-level domain of letters. */
const HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,6}$/iu;

/** Marks a word may open or close with around a host name (`(example.com)`, `example.com.`). */
const AROUND = '(«"“)»"”.,;:';

/** `word` without the marks around it. */
function stripped(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && AROUND.includes(word.charAt(from))) from++;
  while (to > from && AROUND.includes(word.charAt(to - 1))) to--;
  return word.slice(from, to);
}

/** The labels of the host a rights line names (`examplepost.com © …`), or undefined when no short line with `©` names one. */
export function rightsHostLabels(blocks: readonly Block[]): string[] | undefined {
  for (const b of blocks) {
    const t = b.text;
    if (t.length > RIGHTS_MAX || !t.includes('©')) continue;
    for (const word of t.split(' ')) {
      const host = stripped(word);
      if (host.length <= HOST_MAX && host.includes('.') && HOST.test(host)) {
        const labels = hostLabels(`https://${host}`);
        if (labels.length > 0) return labels;
      }
    }
  }
  return undefined;
}

/**
 * Whether a short line with `©` other than `name`'s own prints `name` (`© 2026 Le Courrier de l'Est` under a page
 * headed `Le Courrier de l'Est`): the rights holder, so the site's name.
 */
export function namedInRights(blocks: readonly Block[], name: string): boolean {
  if (name.length < MIN_NAME) return false;
  for (const b of blocks) {
    const t = b.text;
    if (t.length <= RIGHTS_MAX && t !== name && t.includes('©') && t.includes(name)) return true;
  }
  return false;
}
