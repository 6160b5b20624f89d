/**
 * The names of a news site's sections (lower case, accents folded as `fold` leaves them): what a section's front
 * address names (`/economie/`, `/fr/sport`) and what a menu printed on one line lists (`News Sport Business Culture
 * Opinion`). One table for the address and the menu.
 */
import { phrases } from '../util/tables.js';

/** Sections a site's address names as its whole path (a section's front). */
export const SECTION_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'economie|politique|societe|sport|sports|culture|monde|international|regions|nation|national|actualite|' +
      'actualites|opinions|sante|economy|business|politics|world|opinion|health|اقتصاد|سياسة|رياضة|مجتمع|ثقافة',
  ),
);

/** Entries a site's menu lists beside its sections (a menu's words, not an address's). */
const MENU_ENTRIES: readonly string[] = /* @__PURE__ */ phrases(
  'news|local|tech|technology|science|sciences|lifestyle|entertainment|travel|video|videos|podcasts|arts|' +
    'weather|environment|education|markets|money|food|style|technologie|medias|planete|idees|' +
    'debats|auto|people|tribunes|chroniques|nachrichten|politik|wirtschaft|kultur|meinung|' +
    'deportes|economia|politica|cultura|sociedad|mundo',
);

/** A section's name or a menu's entry, as one word of a menu's line. */
const MENU_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  ...SECTION_NAMES,
  ...MENU_ENTRIES,
]);

/** Fewest entries of a menu printed on one line. */
const MENU_LINE_ENTRIES = 4;

/**
 * Whether the folded words of a line are a menu's entries (`news sport business culture opinion`): four or more,
 * each a section's name or a menu's entry. A headline in capitals has a verb or a function word among its words.
 */
export function namesSectionsOnly(foldedWords: readonly string[]): boolean {
  return foldedWords.length >= MENU_LINE_ENTRIES && foldedWords.every((w) => MENU_WORDS.has(w));
}
