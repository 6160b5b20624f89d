/**
 * A site's menu or breadcrumb printed on one line, the shapes its readers share: the home page's word its first
 * entry reads (`Home`, `Accueil`, `الرئيسية`), the separators after that word, and the entries the line parts into
 * (one capitalised word each when spaces part them, a word or two each when bars do). Each reader keeps its own gate
 * (how many entries, where the home word may stand, what else the line may hold): `menuRow` in article/text/title.ts,
 * `homeCrumb` in article/text/page-title.ts, `menuOnOneLine` in article/text/listing.ts.
 */
import { ARABIC_LETTER, spacesAtLeast } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/**
 * The home page's words a breadcrumb or a menu opens with, folded (the Arabic words' hamza too: `الرئيسية` folds to
 * `الرييسية`): English, French and Arabic, German (`Start`, `Startseite`), Spanish (`Inicio`, `Portada`) and
 * Portuguese (`Início`, `Página inicial`). A headline may open with one of them too (`Start frei für …`): a reader
 * asks for the separators or the menu's entries after it.
 */
export const HOME_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'الرئيسية|accueil|home|الصفحة الرئيسية|start|startseite|inicio|portada|início|página inicial',
  ).map(fold),
);

/** Longest home word read at a line's start. */
export const HOME_WORD_MAX = 20;

/** Whether `word` is the home page's (`Home`, `ACCUEIL`, `الرئيسية`). */
export function isHomeWord(word: string): boolean {
  return HOME_WORDS.has(fold(word));
}

/**
 * Separators after a breadcrumb's or a menu's home word: pointing ones (`Home » Column`), or a list's (`Home |
 * Nation | Business`, `Accueil · Sport`: a menu printed on one line). A headline does not open with `Home |`; a slash
 * parts a trail whose last part may be the headline (`Home / Essays / <headline>`).
 */
const HOME_SEPARATORS = [' > ', ' » ', ' › ', ' >> ', ' | ', ' · ', ' • '];

/** Whether one of the separators a home word is followed by ({@link HOME_SEPARATORS}) stands at `at` in `text`. */
export function homeSeparatorAt(text: string, at: number): boolean {
  return HOME_SEPARATORS.some((sep) => text.startsWith(sep, at));
}

/**
 * Where the home word stands among a line's `words` (parted by spaces): first, or after at most `masthead` words
 * of the site's name glued before it (`Atlas Daily Home …`); -1 when none of them is the home word.
 */
export function homeWordIndex(words: readonly string[], masthead: number): number {
  let home = 0;
  while (home <= masthead && !isHomeWord(words[home] ?? '')) home++;
  return home > masthead ? -1 : home;
}

/**
 * A menu's entry where spaces part them: one capitalised word (an elided article in it, as the site's name glued
 * before the menu prints one: `L'Oasis`, `L’Économiste`), or an `&` between two.
 */
const ROW_WORD = /^(?:\p{Lu}[\p{L}'’-]*|&)$/u;

/**
 * Whether the `words` of line `text` are all a menu's entries where spaces part them ({@link ROW_WORD}); any word
 * is when the line is Arabic (no capitals tell its entries).
 */
export function rowWords(text: string, words: readonly string[]): boolean {
  return ARABIC_LETTER.test(text) || words.every((w) => ROW_WORD.test(w));
}

/** The bar parting a menu's entries on one line (`Accueil | Politique | Sport`). */
const MENU_BAR = ' | ';
/** Most words of a menu's entry where bars part them (`Faits divers`). */
const BAR_ENTRY_WORDS = 2;

/**
 * Whether `text` parts into three entries or more by ` | ` (two with `pair`), each of {@link BAR_ENTRY_WORDS}
 * words at most (`Accueil | Politique | Économie | Sport`; a footer's `Mentions légales | Publicité`).
 */
export function barredEntries(text: string, pair = false): boolean {
  const bar = text.indexOf(MENU_BAR);
  if (bar < 0 || (!pair && !text.includes(MENU_BAR, bar + MENU_BAR.length))) return false;
  return text
    .split(MENU_BAR)
    .every(
      (entry) => (!pair || entry.trim() !== '') && !spacesAtLeast(entry.trim(), BAR_ENTRY_WORDS),
    );
}
