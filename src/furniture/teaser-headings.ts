/**
 * Headings over lists of other articles, in the languages the HTML
 * pipeline's list (`html/furniture.ts` `isTeaserHeading`) leaves out or that
 * crawler text prints in capitals: `TE PUEDE INTERESAR`, `Lo más leído`,
 * `Potrebbe interessarti`, `Leia também`, `Meest gelezen`, `الأكثر مشاهدة`.
 * Whole lines, folded. Data, shared by both pipelines.
 */
import { trimEndOf } from '../html/trim.js';
import { fold, headCode } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Whole-line headings, folded once here (an entry written with hamzas or accents matches its folded line). */
const HEADINGS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'te puede interesar|' +
      // Recommended for the reader.
      'fur dich empfohlen|fur sie empfohlen|recommande pour vous|recommandes pour vous|recomendado para ti|' +
      'recomendados para ti|scelti per te|recomendados para voce|tambien te puede interesar|' +
      'le puede interesar|lo mas leido|lo mas visto|noticias relacionadas|' +
      // A box's heading alone (`RELACIONADOS:`), and Polish `more on this subject`, `worth reading`.
      'relacionados|relacionadas|wiecej na ten temat|warte przeczytania|mas noticias|ultimas noticias|' +
      'potrebbe interessarti|leggi anche|lee tambien|lea tambien|ver tambien|czytaj tez|czytaj takze|' +
      'zobacz takze|potrebbe interessarti anche|i piu letti|piu letti|articoli correlati|leia tambem|' +
      'mais lidas|meest gelezen|lees ook|gerelateerde artikelen|meistgelesen|' +
      // Most clicked (`Meistgeklickte Beiträge`), beside most read.
      'meistgeklickt|meistgeklickte beitrage|meistgeklickte artikel|verwandte beitrage|verwandte artikel|' +
      'ahnliche beitrage|ahnliche artikel|neueste beitrage|zum weiterlesen|artikel zum thema|' +
      // The topic's box alone (`Zum Thema`, `Zum gleichen Thema`), German and Dutch.
      'zum thema|zum gleichen thema|zum selben thema|over hetzelfde onderwerp|meer over dit onderwerp|' +
      'laatste nieuws|het laatste nieuws|ook interessant|' +
      // Norwegian, Danish and Swedish: latest stories, read also, related, most read.
      'siste saker|siste nytt|les også|relaterte saker|relaterte artikler|mest lest|læs også|seneste nyt|' +
      'relaterede artikler|mest læste|läs också|senaste nytt|relaterade artiklar|mest läst|verwandte themen|' +
      'articles connexes|przeczytaj takze|przeczytaj tez|читайте также|похожие статьи|meistgelesene artikel|' +
      'das konnte sie auch interessieren|ebenfalls interessant|a lire egalement|' +
      // The desk's picks (`La rédaction vous conseille`), and Finnish `read also`, `read more on the topic`.
      'la redaction vous conseille|lue myos|ctete take|prectete si take|souvisejici clanky|nejctenejsi|luetuimmat|lue aiheesta lisaa|pour approfondir|a decouvrir|a voir aussi|' +
      'les plus lus|les plus partages|les plus commentes|derniers articles|dernieres actualites|' +
      'sur le meme theme|dans la meme rubrique|du meme auteur|de la meme auteure|du meme chroniqueur|' +
      'by the same author|from the same author|popular this week|most read|most popular|most viewed|' +
      'read next|more stories|more news|last news|you may also like|you might also like|related stories|' +
      'related articles|related posts|related links|recent posts|related topics|articles recents|' +
      'entradas recientes|articoli recenti|posts recentes|recommended for you|recommended stories|next up|' +
      'up next|what to read next|keep reading|more to explore|around the web|from the web|from our partners|' +
      'promoted stories|sponsored stories|ailleurs sur le web|nos recommandations|vous aimerez aussi|' +
      'a lire sur le meme sujet|ces articles peuvent vous interesser|articles similaires|' +
      'la selection de la redaction|empfehlungen aus der redaktion|empfehlungen der redaktion|' +
      'unsere empfehlungen|weiterfuhrende links|weiterfuhrende artikel|الأكثر قراءة|الأكثر مشاهدة|' +
      'مقالات ذات صلة|أخبار ذات صلة|مواضيع ذات صلة|اقرأ أيضا|آخر الأخبار|قد يهمك ايضا|قد يعجبك ايضا|' +
      'مواضيع قد تهمك|للكاتب نفسه|مقالات للكاتب نفسه|مقالات اخرى للكاتب|مقالات اخرى للكاتبة|' +
      "autres articles de l'auteur|autres chroniques de l'auteur|more by this author|more from this author|" +
      'المزيد من الاخبار|اخبار متعلقة|' +
      'vous pourriez aussi aimer|vous aimerez peut-etre aussi|dans la meme categorie|nos derniers articles|' +
      // A listing's link to more of it, under its last unit (`Voir tous les articles`).
      "voir plus d'articles|voir tous les articles|afficher plus d'articles|charger plus d'articles|" +
      'load more articles|load more stories|عرض كل المقالات|عرض جميع المقالات|المزيد من المقالات|' +
      // A blog's heading over the links to the previous and the next post (WordPress themes print it).
      'post navigation|beitragsnavigation|beitrags-navigation|navigation des articles|' +
      'navegacion de entradas|navigazione articoli|' +
      // A side box holding the day's editorial, another article's text.
      "edito|l'edito|editorial|افتتاحية",
  ).map((h) => fold(h)),
);

/** Starts of a heading naming the site or section the teasers come from (`Also on Millbrook Notes:`), folded. */
const PREFIXES = /* @__PURE__ */ phrases(
  'also on |also in |next up in |more from |aussi sur |egalement sur |mehr von |mas de ',
);

/** Words opening a heading over more articles (`Weitere`, `Otras`, `Autres`), folded. */
const MORE_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'more|other|further|weitere|mehr|andere|autres|otras|otros|mas|altri|altre|outras|outros|mais|inne|' +
      'wiecej|meer|flere|fler',
  ).map((w) => fold(w)),
);

/** Words closing such a heading: what the teasers are (`Nachrichten`, `noticias`, `stories`), folded. */
const ITEM_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'stories|articles|news|posts|videos|themen|artikel|beitrage|nachrichten|meldungen|actualites|' +
      'nouvelles|infos|sujets|noticias|articulos|notas|articoli|notizie|artigos|materias|artykuly|' +
      'wiadomosci|berichten|artikelen|saker|nyheter|artikler|artiklar|nieuws|مقالات|أخبار|مواضيع',
  ).map((w) => fold(w)),
);

/** The word closing an Arabic heading over more articles, after its noun (`مقالات أخرى`), folded. */
const ARABIC_OTHER = fold('أخرى');

/**
 * A heading shaped `<more> [one or two words] <articles>` in any of the
 * languages above (`Weitere interessante Themen`, `Otras noticias`, `Más en
 * Noticias`, `Other stories`), or Arabic's `<articles> أخرى`: two to four
 * words, folded.
 */
function moreOfItems(bare: string): boolean {
  const first = bare.indexOf(' ');
  const last = bare.lastIndexOf(' ');
  if (first < 0) return false;
  // Arabic puts the noun first: `مقالات أخرى`, `أخبار أخرى`.
  if (first === last && bare.slice(last + 1) === ARABIC_OTHER)
    return ITEM_WORDS.has(bare.slice(0, first));
  if (!MORE_WORDS.has(bare.slice(0, first)) || !ITEM_WORDS.has(bare.slice(last + 1))) return false;
  let spaces = 0;
  for (let i = first; i >= 0; i = bare.indexOf(' ', i + 1)) if (++spaces > 3) return false;
  return true;
}

/** Tails naming the article's topic after a heading (`Weiterführende Artikel zu diesem Thema`), folded. */
const TOPIC_TAILS = /* @__PURE__ */ phrases(
  ' zu diesem thema| zum thema| on this topic| on this story| sur ce sujet| sur le sujet| sobre este tema|' +
    ' sobre el tema| su questo argomento| sobre o tema',
);

/** A folded heading without its topic tail. */
function withoutTopic(bare: string): string {
  for (const tail of TOPIC_TAILS)
    if (bare.endsWith(tail)) return bare.slice(0, bare.length - tail.length);
  return bare;
}

/** Every way a heading opens: the headings, prefixes, more-words and (for Arabic's noun-first order) its item words. */
const OPENERS = [
  ...HEADINGS,
  ...PREFIXES,
  ...MORE_WORDS,
  ...[...ITEM_WORDS].filter((w) => w.charCodeAt(0) >= 0x600),
];
/** The first two characters (`a * 65536 + b`) of every opener: a line opening otherwise is none. */
const OPENINGS: ReadonlySet<number> = new Set(OPENERS.map(headCode));
/** Whether {@link OPENINGS} can gate: every opener has two characters or more. */
const GATED = OPENERS.every((h) => h.length >= 2);

/**
 * Whether a line whose fold opens with `head` (its first two characters, see
 * `foldHeadCode`) may be such a heading: false only where {@link isMoreHeading}
 * is false, so a caller can turn a line down before folding it.
 */
export function mayOpenMoreHeading(head: number): boolean {
  return !GATED || OPENINGS.has(head);
}

/** True for a whole-line heading over other articles' teasers, in any case (`LO MÁS LEÍDO`). */
export function isMoreHeading(text: string, folded?: string): boolean {
  if (text.length > 48) return false;
  const f = folded ?? fold(text);
  // The heading or prefix starts the line (only its end is trimmed below).
  if (GATED && !OPENINGS.has(f.charCodeAt(0) * 65536 + f.charCodeAt(1))) return false;
  const whole = trimEndOf(f, ':.!»›> ');
  // A listed heading ending like a topic tail (`Artikel zum Thema`) is read whole first.
  if (HEADINGS.has(whole)) return true;
  const bare = withoutTopic(whole);
  if (HEADINGS.has(bare) || moreOfItems(bare)) return true;
  // `Also on <site>:` with its colon, or short enough to be a label.
  return (f.endsWith(':') || f.length <= 40) && PREFIXES.some((p) => bare.startsWith(p));
}

/**
 * Headings over a box of related articles' headlines, as whole lines: the
 * headlines under them are related links (a most-read or latest-news list's
 * heading is not one of them). Unlike the related labels (`Lire aussi : X`),
 * never followed by a title on the same line, and a box heading weighs
 * against the body.
 */
const RELATED_BOX_HEADINGS: readonly string[] = /* @__PURE__ */ phrases(
  'Related|Related Articles|Related Stories|Related Posts|Related News|Related Coverage|Related Content|Related Interviews|' +
    'Related Reading|Read Next|More galleries|More on this story|More on this topic|More about this story|Sur le même sujet|' +
    'Sur le même thème|À lire sur le même sujet|Articles similaires|Articles liés|Dans la même rubrique|' +
    // The author's other articles (`Du même auteur`).
    'Du même auteur|De la même auteure|By the same author|More from the author|للكاتب نفسه|مقالات للكاتب نفسه|' +
    // The columnist's other columns under the column (`مقالات أخرى للكاتب`, `Autres articles de l'auteur`).
    "مقالات أخرى للكاتب|مقالات أخرى للكاتبة|Autres articles de l'auteur|Autres chroniques de l'auteur|" +
    'More by this author|More from this author|' +
    'Verwandte Artikel|Artículos relacionados|Noticias relacionadas|Articoli correlati|Notizie correlate|' +
    'Artigos relacionados|Notícias relacionadas|مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة|' +
    // Similar topics, articles, news (`Articles similaires`).
    'مواضيع مشابهة|مقالات مشابهة|أخبار مشابهة|' +
    // Linked articles and news (`أخبار متعلقة`, an Egyptian portal's heading), related videos under a video.
    'أخبار متعلقة|مقالات متعلقة|مواضيع متعلقة|فيديوهات ذات صلة|' +
    // More of the page's own series: a podcast's episodes, an institution's notices, a channel's videos, a cook's recipes.
    'More episodes|Autres épisodes|Previous episodes|Épisodes précédents|حلقات سابقة|الحلقات السابقة|' +
    'Autres communiqués|More press releases|More videos|Autres vidéos|' +
    'Plus de vidéos|More recipes|Autres recettes|' +
    // Similar videos under a video (`Vidéos similaires`).
    'Vidéos similaires|Similar videos|Related videos|فيديوهات مشابهة|' +
    // A gallery's other galleries (`Autres albums`).
    'Other galleries|Autres galeries|Autres albums|ألبومات أخرى|ألبومات ذات صلة|فيديوهات أخرى',
);

/** The box headings, folded, with no closing colon. */
const BOX_HEADINGS: ReadonlySet<string> = new Set(RELATED_BOX_HEADINGS.map((h) => fold(h)));
/** Longest box heading, with room for a closing colon and spaces. */
const BOX_HEADING_MAX = Math.max(...RELATED_BOX_HEADINGS.map((h) => h.length)) + 4;
/** Shortest box heading. */
const BOX_HEADING_MIN = Math.min(...RELATED_BOX_HEADINGS.map((h) => h.length));
/** The headings' first letters, lower case, as written and folded (`d`, `é` and `e`…). */
const BOX_HEADING_STARTS: ReadonlySet<string> = new Set(
  RELATED_BOX_HEADINGS.flatMap((h) => [h.charAt(0).toLowerCase(), fold(h).charAt(0)]),
);

/** Whether a whole line is a related box's heading (a colon after it allowed): the headlines under it are related links. `folded`: `text` folded, if known. */
export function isRelatedBoxHeading(text: string, folded?: string): boolean {
  if (text.length > BOX_HEADING_MAX || text.length < BOX_HEADING_MIN) return false;
  // Most short lines (menu entries) open with a letter no heading opens with: not folded.
  if (!BOX_HEADING_STARTS.has(text.charAt(0).toLowerCase())) return false;
  let f = (folded ?? fold(text)).trim();
  while (f.endsWith(':')) f = f.slice(0, -1).trimEnd();
  return BOX_HEADINGS.has(f);
}

/**
 * Starts of a heading naming the article's own section over a box of its
 * articles (`More in Morocco`, `Plus dans Économie`): the same section's
 * articles, as under `Dans la même rubrique`. Folded.
 */
const SECTION_BOX_PREFIXES: readonly string[] = ['more in ', 'plus dans '];
/** Most words of the section's name after such a start. */
const SECTION_WORDS = 3;
/** Longest such heading. */
const SECTION_BOX_MAX = 40;
/** A section's name: letters, digits, apostrophes and hyphens, one word. */
const SECTION_WORD = /^[\p{L}\p{N}'’-]+$/u;

/**
 * Whether a whole line is `<start> <section>` (`More in Morocco`, a closing
 * colon allowed), the section one to three words. Read by the HTML
 * pipeline only, where the box's links are marked; crawler text gives no
 * such mark, and menu entries under the heading would be read as headlines.
 */
export function isSectionBoxHeading(text: string): boolean {
  if (text.length > SECTION_BOX_MAX) return false;
  const c = text.charAt(0);
  if (c !== 'M' && c !== 'm' && c !== 'P' && c !== 'p') return false;
  let f = fold(text).trim();
  while (f.endsWith(':')) f = f.slice(0, -1).trimEnd();
  const start = SECTION_BOX_PREFIXES.find((p) => f.startsWith(p));
  if (start === undefined) return false;
  const words = f.slice(start.length).trim().split(' ');
  return words.length <= SECTION_WORDS && words.every((w) => SECTION_WORD.test(w));
}
