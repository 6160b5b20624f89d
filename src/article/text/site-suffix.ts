/**
 * Refiner: the site's name printed right after the author's on the byline
 * (`von Sarah Schnieder Reiterrevue` on reiterrevue.de) is not part of the
 * name. Known from the page's address only: without one, or when the last
 * word is not one of the address's host labels, the name stays whole.
 */

import type { Block } from '../../input/block.js';
import { fold } from '../../text/fold.js';
import { phrases } from '../../util/tables.js';
import { knownFirstName, type NameSpan } from './header.js';

/** Words a name keeps at least once the site's is cut off. */
const MIN_WORDS = 2;

/** The address's host labels but the last (`www.reiterrevue.de` → `www`, `reiterrevue`), folded, hyphens dropped. */
export function hostLabels(url: string): string[] {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/iu.exec(url)?.[1];
  if (!host) return [];
  return host
    .split('.')
    .slice(0, -1)
    .map((l) => fold(l).replaceAll('-', ''));
}

/** `author` without a last word that spells one of the page address's host `labels` ({@link hostLabels}; none without an address). */
export function withoutSiteName(author: NameSpan, labels: readonly string[] | undefined): NameSpan {
  if (!labels || labels.length === 0) return author;
  const cut = author.text.lastIndexOf(' ');
  if (cut < 0 || author.text.slice(0, cut).split(' ').length < MIN_WORDS) return author;
  const last = fold(author.text.slice(cut + 1)).replaceAll('-', '');
  if (last.length < 4 || !labels.includes(last)) return author;
  return { text: author.text.slice(0, cut), start: author.start, end: author.start + cut };
}

/** Longest line read as the site's masthead. */
const MASTHEAD_MAX = 60;
/** Shortest host label a line is compared with: `bbc` or `ft` spell too many words. */
const MIN_LABEL = 5;
/** Articles a site's name may open with that its address leaves out (`The Washington Post`, washingtonpost.com). */
const ARTICLES: readonly string[] = /* @__PURE__ */ phrases(
  'the|le|la|les|el|los|las|il|lo|die|der|das|de|het',
);

/**
 * Whether `text` spells the site's name as its address does, spaces, case,
 * accents and punctuation aside, a leading article allowed (`The Washington
 * Post` on washingtonpost.com, `El Nuevo Día` on elnuevodia.com): the
 * masthead's line, not a headline.
 */
export function spellsSiteName(text: string, labels: readonly string[]): boolean {
  if (text.length > MASTHEAD_MAX || labels.length === 0) return false;
  // A name spelt with spaces, an article and punctuation stays within twice the label's length and a few more:
  // most lines are ruled out by their length before any fold.
  if (
    !labels.some(
      (l) => l.length >= MIN_LABEL && text.length >= l.length && text.length <= 2 * l.length + 8,
    )
  )
    return false;
  const words = fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const joined = words.join('');
  const bare =
    words.length > 1 && ARTICLES.includes(words[0] ?? '') ? words.slice(1).join('') : joined;
  return labels.some((l) => l.length >= MIN_LABEL && (l === joined || l === bare));
}

/**
 * Whether `text` opens with the site's name as its address spells it (`Ahram Online` on english.ahram.org.eg,
 * spaces, case and accents aside): a masthead, the address's name and a word more.
 */
export function opensWithSiteName(text: string, labels: readonly string[]): boolean {
  if (text.length > MASTHEAD_MAX || labels.length === 0) return false;
  const joined = fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
  return labels.some((l) => l.length >= MIN_LABEL && joined.startsWith(l));
}

/**
 * The page's masthead when its first line opens with the site's name as the address spells it and not with a
 * known first name (a blog named after its author, `Karim Benali` on karimbenali.com, is no masthead here).
 */
export function siteMasthead(
  first: Block | undefined,
  labels: readonly string[] | undefined,
): Block | undefined {
  return first && opensWithSiteName(first.text, labels ?? []) && !knownFirstName(first.text)
    ? first
    : undefined;
}
