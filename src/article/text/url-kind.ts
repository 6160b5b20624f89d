/**
 * Recogniser: listing pages by their address. Tag, category, section,
 * author, search and archive pages, and the numbered pages of any of them
 * (`/page/5`, `?page=152`), whatever the site: the path words are data.
 */
import { SECTION_NAMES } from '../../furniture/section-names.js';
import { phrases } from '../../util/tables.js';

/**
 * Path segments that name a page of many articles (lower case, decoded): tags, topics, categories, authors,
 * searches and archives in English, French and Arabic, and in German (`schlagwort`, `autor`, `suche`), Spanish
 * (`etiqueta`, `busqueda`), Italian (`argomenti`, `autore`, `cerca`) and Portuguese (`busca`). A topic's word is
 * none (`/themen/<slug>`, `/sujet/<slug>`: sites file their articles under it).
 */
const LISTING_SEGMENTS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'tag|tags|hashtag|topic|topics|theme|themes|keyword|keywords|mot-cle|mots-cles|label|category|categories|' +
      'categorie|rubrique|rubriques|section|sections|author|authors|writer|writers|auteur|auteurs|search|' +
      'recherche|archive|archives|vsm|وسم|تصنيف|الكاتب|بحث|' +
      'etiquette|etiquettes|redacteur|redacteurs|' +
      'schlagwort|schlagworte|stichwort|kategorie|autor|autoren|suche|' +
      'etiqueta|etiquetas|categoria|categorias|autores|busqueda|búsqueda|buscar|' +
      'argomento|argomenti|autore|autori|cerca|archivio|busca|pesquisa',
  ),
);

/**
 * Path segments that name one item of a list, its id after them: a list
 * archive's message or thread (`/archives/list/<list>/message/<id>/`), lower case.
 */
const ITEM_SEGMENTS = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('message|thread|msg'));

/**
 * Query keys that mean a listing (`?s=…`, `?search=…`, `?recherche=…`, `?tag/…`); a page number counts from 2
 * (`?page=152`).
 */
const LISTING_QUERY =
  /(?:^|[?&])(?:(?:s|q|query|search|recherche|suche|buscar|keywords?|tag|category|cat)(?:=|\/|$)|page=(?:[2-9]|[1-9]\d))/i;

/** The path of an absolute address, or undefined. */
function pathOf(url: string): { path: string; query: string } | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)(\?[^#]*)?/i.exec(url);
  return m ? { path: m[1] ?? '', query: m[2] ?? '' } : undefined;
}

/** Decodes a path segment; a malformed escape is read as written. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/**
 * True when the address is a listing's: a listing word among its path
 * segments, a listing query, or a path of a year and month only (`/2013/02/`).
 */
export function listingUrl(url: string | undefined): boolean {
  if (!url) return false;
  const parts = pathOf(url);
  if (!parts) return false;
  const { path, query } = parts;
  if (query && LISTING_QUERY.test(query)) return true;
  const segments = path
    .split('/')
    .filter((s) => s.length > 0)
    .map(decode);
  // A listing word names the list right after it (`/tag/le-polisario-a`); an article's slug further on
  // makes it a section's name (`/ideas/archive/2020/08/<slug>/615610/`, `/category/economy/<slug>`).
  const listed = segments.findIndex((s) => LISTING_SEGMENTS.has(s));
  if (
    listed >= 0 &&
    !segments.slice(listed + 2).some((s) => slugWords(s) >= 3) &&
    !namesItem(segments, listed) &&
    !pageUnderDay(segments, listed)
  )
    return true;
  // `/economie/`, `/fr/sport`: a section's front, its name the whole path (after a language's code).
  const named = segments.length === 2 && /^[a-z]{2}$/u.test(segments[0] ?? '') ? 1 : 0;
  if (segments.length === named + 1 && SECTION_NAMES.has(segments[named] ?? '')) return true;
  // `/page/5`, `/page-5`: a numbered page of a list (the first page has no number).
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] ?? '';
    if (s === 'page' && /^\d+$/.test(segments[i + 1] ?? '')) return true;
    if (/^page-\d+$/.test(s)) return true;
  }
  // `/2013/02/` or `/2013/`: an archive of a month or a year (an article's path goes on with its slug).
  if (
    segments.length > 0 &&
    segments.length <= 2 &&
    segments.every((s) => /^\d{1,4}$/.test(s)) &&
    isYear(segments[0] ?? '')
  )
    return true;
  return endsWithMonth(segments);
}

/**
 * Whether the path goes on after the listing word at `listed` with a full day and a page under it
 * (`/archives/1998/12/03/agadir-halle.html`): an old site files each story under its day, whatever its slug.
 */
function pageUnderDay(segments: readonly string[], listed: number): boolean {
  const [year = '', month = '', day = '', page] = segments.slice(listed + 1);
  return (
    isYear(year) && isMonth(month) && /^(?:0?[1-9]|[12]\d|3[01])$/.test(day) && page !== undefined
  );
}

/** Whether a segment after the listing word at `listed` names one item, its id after it (`…/message/QX4T7B/`). */
function namesItem(segments: readonly string[], listed: number): boolean {
  for (let i = listed + 1; i + 1 < segments.length; i++)
    if (ITEM_SEGMENTS.has(segments[i] ?? '')) return true;
  return false;
}

/** A year a news archive holds. */
function isYear(s: string): boolean {
  return /^(?:19[89]\d|20[0-3]\d)$/.test(s);
}

/** A month's number, `1` to `12`, `01` to `09`. */
function isMonth(s: string): boolean {
  return /^(?:0?[1-9]|1[0-2])$/.test(s);
}

/**
 * Whether the path ends with a month and its year, in either order, after
 * a section or an author (`/columns/<author>/5/2010`, `/sport/2020/05/`): a
 * month's archive, for an article's path goes on with its slug.
 */
function endsWithMonth(segments: readonly string[]): boolean {
  const n = segments.length;
  if (n < 3) return false;
  const a = segments[n - 2] ?? '';
  const b = segments[n - 1] ?? '';
  return (isMonth(a) && isYear(b)) || (isYear(a) && isMonth(b));
}

/** A file extension closing an article's address (`.html`, `.php`, `.aspx`…). */
const PAGE_EXTENSION = /\.[a-z]{2,5}$/;

/** Words of a slug: runs between hyphens and underscores holding a letter of any script. */
function slugWords(segment: string): number {
  let words = 0;
  for (const w of segment.split(/[-_]/)) if (/\p{L}/u.test(w)) words++;
  return words;
}

/**
 * True when the address names one article: its last path segment is a slug
 * of three words or more (`/haltet-unsere-gewaesser-sauber/`,
 * `/166725-revue-de-presse-du-jour.html`), as sites name their articles and
 * not their sections. A listing's address ({@link listingUrl}) never is.
 */
export function articleUrl(url: string | undefined): boolean {
  if (!url || listingUrl(url)) return false;
  const parts = pathOf(url);
  if (!parts) return false;
  const segments = parts.path.split('/').filter((s) => s.length > 0);
  const last = segments[segments.length - 1];
  if (last === undefined) return false;
  const words = slugWords(decode(last).replace(PAGE_EXTENSION, ''));
  // A slug under a full date (`/2008/12/31/ratschlage-geben/`): a blog's or a paper's article, however short its slug.
  return words >= 3 || (words >= 1 && datedSlug(segments));
}

/** A day's number, `1` to `31`, `01` to `09`. */
function isDay(s: string): boolean {
  return /^(?:0?[1-9]|[12]\d|3[01])$/.test(s);
}

/** Whether the last segment follows a year, a month and a day (`…/2008/12/31/<slug>`). */
function datedSlug(segments: readonly string[]): boolean {
  const n = segments.length;
  if (n < 4) return false;
  return (
    isYear(segments[n - 4] ?? '') && isMonth(segments[n - 3] ?? '') && isDay(segments[n - 2] ?? '')
  );
}
