/**
 * Refiner: the headline the page's address spells. Most sites make an
 * article's address from its headline (`…/auto-leasen-oder-kaufen-fuer-wen-lohnt-sich-was`),
 * so when the title read from the text's shape shares few of the slug's
 * words and a headline-shaped line shares most of them, that line is the
 * headline and the first choice was a menu entry, a section's name, a teaser
 * or a deck. The words are compared folded (no case, no accents) and with
 * the transliterations addresses use (`fuer` for `für`, `strasse` for `straße`).
 */
import type { Block } from '../../input/block.js';
import { FUNCTION_WORDS } from '../../lang/function-words.js';
import { fold } from '../../text/fold.js';
import { foldedOf, type TextDoc } from './doc.js';
import { mayBeTitle, slugWords, titleShaped } from './page-title.js';
import type { TitleChoice } from './title.js';

/** Fewest slug words for the address to tell anything (`/news/12345` tells nothing). */
const MIN_SLUG_WORDS = 3;
/** Share of the slug's words the chosen title may hold and still be kept without a look. */
const KEPT_SHARE = 0.34;
/** Share of the slug's words a line must hold to replace it. */
const MIN_SHARE = 0.6;
/** Blocks under the title chosen where its deck stands. */
const DECK_REACH = 2;
/** Blocks under the body's first block where the headline may still stand (the body's run took it in). */
const BELOW_REACH = 3;

/** A word as addresses spell it: `ß` as `ss`, the umlaut's `ae`/`oe`/`ue` as its vowel, `ss` as `s`. */
function slugKey(word: string): string {
  let w = word.includes('ß') ? word.replaceAll('ß', 'ss') : word;
  if (w.includes('e')) w = w.replace(/([aou])e/gu, '$1');
  return w.includes('ss') ? w.replaceAll('ss', 's') : w;
}

/**
 * The slug's words (of the address's last two path segments, or of as many as `segments` says) as
 * {@link slugKey} spells them, function words (`die`, `the`, `des`) left out.
 */
function slugKeys(url: string | undefined, segments?: number): Set<string> {
  const out = new Set<string>();
  for (const w of slugWords(url, segments)) if (!FUNCTION_WORDS.has(w)) out.add(slugKey(w));
  return out;
}

/** Longest line read as a headline here: a lede holding the slug's words runs longer. */
const MAX_HEADLINE = 150;

/** Whether a line is a headline's length and no sentence (a lede spells the slug's words too, closed by a stop). */
function headlineLength(text: string): boolean {
  return text.length <= MAX_HEADLINE && !text.endsWith('.') && !/[.!?] \p{Lu}/u.test(text);
}

/**
 * Whether a line read as latest news may still be the headline: only when no title was found at all (a blog's
 * name, its tagline, its menu row and the post's headline over `Posted on … by …` make five short lines in a
 * row, read as a run of headlines with the post's own). Spelling the address, it is the page's headline.
 */
function tickerHeadline(doc: TextDoc, b: Block, title: TitleChoice | undefined): boolean {
  return title === undefined && doc.roles.get(b.index) === 'ticker' && titleShaped(doc, b);
}

/** Words of a folded text, split on anything but letters and digits. */
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/** Share of the slug's words that folded text `f` holds. */
function shareOf(slug: ReadonlySet<string>, f: string): number {
  const words = new Set(f.split(NOT_WORD).map(slugKey));
  let n = 0;
  for (const w of slug) if (words.has(w)) n++;
  return n / slug.size;
}

/**
 * The headline the address spells when the title chosen (`title`, or none)
 * does not: the headline-shaped line above the body's first block `first`
 * (or just under it) holding most of the slug's words, the nearest above the
 * body among equals. Undefined when the address tells nothing or the title
 * chosen already spells it.
 */
export function slugTitle(
  doc: TextDoc,
  title: TitleChoice | undefined,
  first: number,
  url: string | undefined,
): TitleChoice | undefined {
  const slug = slugKeys(url);
  if (slug.size < MIN_SLUG_WORDS) return undefined;
  const kept = title ? shareOf(slug, fold(title.text)) : 0;
  if (kept >= KEPT_SHARE) return undefined;
  // The article's own slug, the section's word (`/rasen/`, a menu's entry too) left out, and whether the title
  // chosen spells none of it.
  const own = slugKeys(url, 1);
  const ownNone =
    title !== undefined && own.size >= MIN_SLUG_WORDS && shareOf(own, fold(title.text)) === 0;
  let best: { block: Block; share: number } | undefined;
  const last = Math.min(doc.blocks.length - 1, first + BELOW_REACH);
  for (let k = 0; k <= last; k++) {
    const b = doc.blocks[k];
    if (!b || b.index === title?.block.index) continue;
    // Longer than a headline (below): never chosen, its words not compared.
    if (b.text.length > MAX_HEADLINE) continue;
    const share = shareOf(slug, foldedOf(doc, b));
    // A line right under the title chosen is its deck (a review's headline over the book it names); but under a
    // title spelling none of the slug, a line spelling all of it is the headline (the title was a menu's line);
    // so it is under a title spelling only the section's word, when the line spells all of the article's own slug.
    if (
      title &&
      k > title.block.index &&
      k <= title.block.index + DECK_REACH &&
      (kept > 0 || share < 1) &&
      !(ownNone && kept > 0 && shareOf(own, foldedOf(doc, b)) === 1)
    )
      continue;
    // Above the body, the nearer wins among equals (a breadcrumb or menu prints the headline higher up).
    if (
      share < MIN_SHARE ||
      (best && share < best.share) ||
      (best && share === best.share && k > first)
    )
      continue;
    if (!headlineLength(b.text) || !(mayBeTitle(doc, b) || tickerHeadline(doc, b, title))) continue;
    best = { block: b, share };
  }
  return (
    best && {
      text: best.block.text,
      start: best.block.start,
      end: best.block.end,
      block: best.block,
    }
  );
}
