/**
 * Refiner: the site's name printed right after the author's on the byline
 * (`von Sarah Schnieder Reiterrevue` on reiterrevue.de) is not part of the
 * name. Known from the page's address only: without one, or when the last
 * word is not one of the address's host labels, the name stays whole.
 */
import { fold } from '../../text/fold.js';
import type { NameSpan } from './header.js';

/** Words a name keeps at least once the site's is cut off. */
const MIN_WORDS = 2;

/** The address's host labels but the last (`www.reiterrevue.de` → `www`, `reiterrevue`), folded, hyphens dropped. */
function hostLabels(url: string): string[] {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/iu.exec(url)?.[1];
  if (!host) return [];
  return host
    .split('.')
    .slice(0, -1)
    .map((l) => fold(l).replaceAll('-', ''));
}

/** `author` without a last word that spells one of the page address's host labels. */
export function withoutSiteName(author: NameSpan, url: string | undefined): NameSpan {
  if (!url) return author;
  const cut = author.text.lastIndexOf(' ');
  if (cut < 0 || author.text.slice(0, cut).split(' ').length < MIN_WORDS) return author;
  const last = fold(author.text.slice(cut + 1)).replaceAll('-', '');
  if (last.length < 4 || !hostLabels(url).includes(last)) return author;
  return { text: author.text.slice(0, cut), start: author.start, end: author.start + cut };
}
