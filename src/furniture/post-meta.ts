/**
 * Recogniser for a post's meta footer: the line a blog or news theme prints
 * under the article to file it (`This entry was posted in Travel and tagged
 * harbour. Bookmark the permalink.`, `Dieser Eintrag wurde veröffentlicht in
 * Reisen`, `Abgelegt unter: Kultur | Tags: …`, `Erstellt am … und abgelegt
 * unter …`, `Questa voce è stata pubblicata in …`), and the label over its
 * tag list (`Tags:`, `Themen:`, `Mots-clés :`). The theme's words, not the
 * article's: what follows the line is the page's (the author's box, the
 * comments, the sidebar). Phrases are data, matched on folded text (lower
 * case, no accents), in several languages; shared by both pipelines.
 */
import { fold } from '../text/fold.js';

/**
 * The footer's opening (folded): the entry naming where it was filed. Only at
 * the line's start: an article may tell where something else was posted.
 */
const FILED =
  /^(?:this (?:entry|post|article) (?:was )?(?:posted|filed|published) (?:in|under) |(?:dieser|der) (?:eintrag|beitrag|artikel) wurde (?:in |unter )?(?:veroffentlicht|abgelegt|gepostet) (?:in|unter) |(?:cette entree|cet article|ce billet) a ete (?:publiee?|classee?|poste) dans (?:la categorie |les categories )?|esta entrada (?:fue|ha sido) publicada en |questa voce (?:e stata|fu) pubblicata in |(?:dit bericht|dit item|dit artikel) (?:is|werd) geplaatst (?:in|onder) |esta entrada foi publicada em |(?:filed|posted) (?:under|in):? |abgelegt unter:? |veroffentlicht (?:in|unter): |classe dans:? |archivado en:? |archiviato in:? |gearchiveerd onder:? |arquivado em:? |categor(?:ies|y|ias|ie|ia|ieen|iai)\s?: |kategorien?\s?: |rubriques?\s?: )/;

/**
 * The footer with its date before the filing (folded): a posting's verb opens
 * it, the filing follows within a date's length (`Erstellt am 6. Mai 2014 um
 * 23:30 und abgelegt unter …`, `Posted on May 6, 2014 and filed under …`). A
 * story's sentence may say `and filed under`; it does not open so.
 */
const DATED_FILING =
  /^(?:posted|published|written|erstellt|veroffentlicht|geschrieben|verfasst|publie|ecrit|publicado|pubblicato|geplaatst) .{0,80}? (?:und abgelegt unter|and filed under|et classe dans|y archivado en|e archiviato in|en gearchiveerd onder) /;

/** The theme's link to the entry (folded): `Bookmark the permalink.`, `Fügen Sie den Permalink zu Ihren Favoriten hinzu.`. */
const PERMALINK =
  /(?:bookmark the|lesezeichen (?:auf|fur) den|den) permalink|marque-pages? (?:le|du) permalien|guarda el enlace permanente|segnalibri il permalink/;

/**
 * A tag list's label opening a line (folded): `Tags:`, `Themen:`, `Mots-clés :`, `Schlagwörter:`, `الوسوم:`,
 * `الكلمات المفتاحية:`; two words may qualify it (`Tags populaires :`, `الوسوم الأكثر تداولا:`).
 */
const TAG_LABEL =
  /^(?:topics|tags?|keywords|mots[- ]cles|themes|schlagworter|stichworter|themen|etiquetas|temas|palabras clave|parole chiave|trefwoorden|الوسوم|كلمات مفتاحية|الكلمات المفتاحية)(?: [^\s:\d]+){0,2}\s?:/u;

/**
 * A colon or a form of it that folds to one (`：`, `﹕`, `︓`, `⩴`): every character whose decomposition holds a
 * colon, as {@link fold} reads them.
 */
const COLON_FORMS = /[:⩴︓﹕：]/u;

/** Whether a line opens with a tag list's label (`Topics: uber, Tanger`, `Mots-clés :`, `الوسوم:`); `folded` gives its fold when the caller holds it. */
export function isTagLabel(text: string, folded?: string): boolean {
  if (folded !== undefined) return TAG_LABEL.test(folded);
  // The label closes on a colon: a line with none (most paragraphs, asked by a listing's reader) is not folded.
  return COLON_FORMS.test(text) && TAG_LABEL.test(fold(text));
}

/** Longest line read as a post's meta footer. */
const MAX_META = 300;

/** A sentence closed inside the line and another opening after it: prose, unless the theme's own words say otherwise. */
const SENTENCE_INSIDE = /[.!?] \p{Lu}/u;

/**
 * True for a post's meta footer: the line filing the entry (its categories,
 * its tags, its permalink), or a tag list's label over a list (no sentence in
 * it). `folded` gives the line's fold when the caller holds it.
 */
export function isPostMeta(text: string, folded?: string): boolean {
  if (text.length > MAX_META) return false;
  const f = folded ?? fold(text);
  if (FILED.test(f) || DATED_FILING.test(f) || PERMALINK.test(f)) return true;
  return isTagLabel(text, f) && !SENTENCE_INSIDE.test(text);
}
