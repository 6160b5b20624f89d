/**
 * The heading an archive page prints over its list: a tag, category,
 * author or search page (`Étiquette : Front Polisario`, `Archives du
 * mot-clé : port`, `Search results for: port`, `Posts tagged “harbour”`).
 * Blog engines write them from one template, so the label is data; the name
 * after it is short. Singular labels only: an article's own tags are a plural
 * list (`Tags : a, b`). A day's archive names its day after the label
 * (`Archives du dimanche 6 décembre 2026`). Data, shared by both pipelines.
 */
import { findDates } from '../dates/find-dates.js';
import { countSpaces } from '../text/chars.js';
import { fold, foldHeadCode, headCode } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Single-word labels: a colon must follow them (`Catégorie : Régions`, not `Catégorie reine`). */
const WORD_LABELS = /* @__PURE__ */ phrases(
  'étiquette|mot-clé|mot clé|catégorie|rubrique|tag|category|topic|schlagwort|kategorie|etiqueta|' +
    'categoría|الوسم|وسم|تصنيف|' +
    // A search page's box and its query (`Rechercher : port de Radès`, `Search: port`), the verb's: `Recherche :` opens headlines.
    'rechercher|search',
);

/** Phrase labels: the colon is optional (`Posts tagged “harbour”`). */
const PHRASE_LABELS = /* @__PURE__ */ phrases(
  "archives du mot-clé|archives de la catégorie|archives de l'auteur|archives de la rubrique|" +
    'articles taggés|articles avec le tag|articles de la catégorie|résultats de recherche pour|' +
    'résultats de la recherche pour|tag archives|category archives|author archives|archive for|archives for|' +
    'posts tagged|browsing tag|browsing category|search results for|beiträge mit dem schlagwort|' +
    'suchergebnisse für|resultados de búsqueda para|entradas etiquetadas como|نتائج البحث عن|أرشيف الوسم|' +
    // `Archives of the tags: X`: an archive (an article's own tag list has no `أرشيف`).
    'أرشيف الوسوم|أرشيف التصنيف|' +
    // An author's page (`مقالات الكاتب: X`); `الكاتب: X` alone is an article's byline label.
    'مقالات الكاتب|أرشيف الكاتب',
);

/** Longest line read as an archive heading, and longest name after its label. */
const MAX_LINE = 100;
const MAX_NAME = 60;
/** Most words in the name. */
const MAX_NAME_WORDS = 8;

interface Label {
  readonly folded: string;
  readonly colon: boolean;
}

let labels: Label[] | undefined;
/** The labels' first two folded characters, as `headCode` numbers: most lines are turned away unfolded. */
let heads: Set<number> | undefined;

/** The labels folded once, longest first (`archives du mot-cle` before a shorter label it starts with). */
function allLabels(): Label[] {
  if (!labels) {
    labels = [
      ...WORD_LABELS.map((s) => ({ folded: fold(s), colon: true })),
      ...PHRASE_LABELS.map((s) => ({ folded: fold(s), colon: false })),
    ].sort((a, b) => b.folded.length - a.folded.length);
  }
  return labels;
}

function labelHeads(): Set<number> {
  heads ??= new Set(allLabels().map((l) => headCode(l.folded)));
  return heads;
}

/** The name after a label (`port` from ` : « port »`), or undefined when what follows is no short name. */
function nameAfter(rest: string, colon: boolean): string | undefined {
  let s = rest.trim();
  if (s.startsWith(':')) s = s.slice(1).trim();
  else if (colon) return undefined;
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
  if (s.length === 0 || s.length > MAX_NAME || countSpaces(s) >= MAX_NAME_WORDS) return undefined;
  // A list (`port, pêche`) is an article's tags; a sentence is no heading.
  if (s.includes(',') || s.endsWith('.')) return undefined;
  return s;
}

/**
 * True when `line` is an archive page's heading: a label from the tables, then a short name.
 * `folded` gives the line's fold when the caller keeps it (a block's, folded once per block), `head` its `foldHeadCode`.
 */
export function isArchiveHeading(line: string, folded?: () => string, head?: number): boolean {
  if (line.length > MAX_LINE || !labelHeads().has(head ?? foldHeadCode(line))) return false;
  const f = (folded ? folded() : fold(line)).trim();
  for (const label of allLabels()) {
    if (!f.startsWith(label.folded)) continue;
    const next = f.charCodeAt(label.folded.length);
    // The label must end at a word's end (`tag` is not `tagine`).
    if (next !== 32 && next !== 58 /* : */) continue;
    if (nameAfter(f.slice(label.folded.length), label.colon) !== undefined) return true;
    break;
  }
  // A day's archive: its day, a date with commas in it (`Archive for Saturday, December 5, 2026`), is no name.
  return dayArchive(line, f);
}

/**
 * Labels over one day's archive, the day after them (`Archives du dimanche 6 décembre 2026`, `Archive for
 * Monday, December 7, 2026`, `أرشيف يوم 6 ديسمبر 2026`), folded, longest first.
 */
const DAY_LABELS = /* @__PURE__ */ phrases(
  'archives de la journée du|archives du jour|archives du|archive du|archives for|archive for|أرشيف يوم',
)
  .map((l) => fold(l))
  .sort((a, b) => b.length - a.length);

/** Most characters between a day label and its date (a weekday's name and its comma). */
const DAY_GAP = 14;

/** Whether `line` (folded `f`) is a day label and a full date closing the line, a weekday at most between. */
function dayArchive(line: string, f: string): boolean {
  const label = DAY_LABELS.find((l) => f.startsWith(l) && f.charCodeAt(l.length) === 32);
  if (label === undefined) return false;
  const t = line.trimEnd();
  const date = findDates(t)[0];
  return (
    date !== undefined &&
    !date.relative &&
    !date.unresolved &&
    date.end === t.length &&
    date.start <= label.length + DAY_GAP
  );
}

/**
 * What a search or archive page prints under its heading when nothing was
 * found (`Aucun résultat`, `No results found`, `لا توجد نتائج`): the opening
 * words of that line, folded at first use.
 */
const NO_RESULTS = /* @__PURE__ */ phrases(
  'aucun résultat|aucun article|désolé, aucun|0 résultat|no results|nothing found|sorry, no|0 results|' +
    'keine ergebnisse|ningún resultado|no se encontraron|لا توجد نتائج|لا توجد مقالات|لم يتم العثور على',
);
let noResults: string[] | undefined;

/** Longest line read as a no-results notice. */
const MAX_NOTICE = 200;

/** True when `line` says that a search or archive found nothing (opens with a phrase of {@link NO_RESULTS}). */
export function isNoResults(line: string): boolean {
  if (line.length > MAX_NOTICE) return false;
  noResults ??= NO_RESULTS.map(fold);
  const f = fold(line).trim();
  return noResults.some((p) => f.startsWith(p));
}

/**
 * The heading a page prints when its address leads nowhere (`Erreur 404`, `Page introuvable`,
 * `Page not found`, `الصفحة غير موجودة`): the whole line, in lower case. A headline opening with
 * the figure (`404 migrants secourus…`) is none, nor is the figure alone (a view counter's).
 */
export const NOT_FOUND = /* @__PURE__ */ phrases(
  'erreur 404|page introuvable|page non trouvée|page not found|الصفحة غير موجودة|' +
    // The error pages of the common blog and news themes (WordPress's own, `Oops! That page can’t be found.`).
    'error 404|404 error|404 not found|error 404 - page not found|oops! that page can’t be found.|' +
    "oops! that page can't be found.|oups ! cette page est introuvable.|cette page n'existe pas|" +
    'cette page n’existe pas|خطأ 404|الصفحة المطلوبة غير موجودة',
);
