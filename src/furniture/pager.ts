/**
 * Recogniser for a listing's pager: the links to the other pages of a tag,
 * author, search or archive page (`Articles plus anciens`, `« Précédent 1 2
 * 3 Suivant »`, `← Older posts`, `Page 2 sur 12`, `الصفحة التالية`), and a search page's count of its results
 * (`27 résultats`, `تم العثور على 14 نتيجة`). The line holds pager
 * words and nothing else but page numbers, arrows and lynx's link numbers.
 * Words are data, matched on folded text.
 */
import { asciiKeyed, asciiWordKey, WordKeyTable } from '../lang/word-key.js';
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Pager phrases (folded below), each a whole run of the line's words. */
const PHRASES = /* @__PURE__ */ phrases(
  'articles plus anciens|articles plus récents|articles précédents|articles suivants|page suivante|' +
    'page précédente|suivant|suivante|précédent|précédente|older posts|newer posts|older entries|' +
    'newer entries|older articles|newer articles|next page|previous page|next|previous|prev|load more|' +
    'الصفحة التالية|الصفحة السابقة|التالي|السابق|المقالات السابقة|weiter|zurück|nächste seite|' +
    'vorherige seite|página siguiente|página anterior|siguiente|anterior|' +
    // A live page's link to its older entries (`Afficher les entrées précédentes`, `Load more updates`).
    'afficher les entrées précédentes|voir les entrées précédentes|entrées précédentes|' +
    'charger plus|load more updates|older updates|show more updates|تحميل المزيد|' +
    // A day's or a month's archive's links to the next and previous ones (`« Jour précédent | Jour suivant »`).
    'jour précédent|jour suivant|mois précédent|mois suivant|previous day|next day|previous month|next month|' +
    'vorheriger tag|nächster tag|vorheriger monat|nächster monat|día anterior|día siguiente|mes anterior|' +
    'mes siguiente|اليوم السابق|اليوم التالي|الشهر السابق|الشهر التالي|' +
    // A page counter, its numbers dropped with the marks around the words (`Page 2 sur 12`, `صفحة 2 من 12`).
    'page sur|page of|page de|seite von|página de|صفحة من|الصفحة من',
).map((p) => fold(p).split(' '));

/**
 * A search page's count of what it found, read only on a line holding a figure (`27 résultats`, `About 1,230
 * results`, `تم العثور على 14 نتيجة`, `عدد النتائج: 14`): a heading `Résultats` alone is no pager.
 */
const COUNTS = /* @__PURE__ */ phrases(
  'résultats|résultat|résultats trouvés|environ résultats|results|result|results found|about results|' +
    'ergebnisse|resultados|risultati|نتيجة|نتائج|تم العثور على نتيجة|تم العثور على نتائج|عدد النتائج',
).map((p) => fold(p).split(' '));

/** The phrases, the longest (in words) first; with the counts, for a line holding a figure. */
const LONGEST_FIRST = [...PHRASES].sort((a, b) => b.length - a.length);
const COUNTED_FIRST = [...PHRASES, ...COUNTS].sort((a, b) => b.length - a.length);

/** Longest pager line read. */
const MAX_PAGER = 80;

/** The first word of every phrase: a pager line's first word is one of them. */
const FIRST_WORDS: ReadonlySet<string> = new Set(COUNTED_FIRST.map((p) => p[0] ?? ''));
/** Their lengths' bounds, and their first letters (folded): most lines' first words fail these before any slice. */
const SHORTEST_FIRST = Math.min(...[...FIRST_WORDS].map((w) => w.length));
const LONGEST_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((w) => w.length));
const FIRST_LETTERS: ReadonlySet<number> = new Set([...FIRST_WORDS].map((w) => w.charCodeAt(0)));
/** Longest word {@link FIRST_WORD_KEYS} holds: `asciiWordKey` is exact up to ten letters. */
const KEYED_MAX = 10;
/** The first words of ASCII letters (up to {@link KEYED_MAX}), by `asciiWordKey`: a line's first word is looked up without a slice or a lower-cased copy. */
const FIRST_WORD_KEYS = new WordKeyTable(
  asciiKeyed(
    [...FIRST_WORDS].map((w) => [w, 1] as const),
    KEYED_MAX,
  ),
);

/** Whether the first run of letters in `text` is the first word of a pager phrase (folded). */
function opensWithPagerWord(text: string): boolean {
  const n = text.length;
  let s = 0;
  while (s < n && !isLetterAt(text, s)) s++;
  if (s === n) return false;
  // An ASCII word's fold is its lower case: its first letter turns most lines down at once.
  const first = text.charCodeAt(s);
  if (first < 0x80 && !FIRST_LETTERS.has(first | 0x20)) return false;
  let e = s + 1;
  let ascii = first < 0x80;
  while (e < n && e - s <= LONGEST_FIRST_WORD + 2 && isLetterAt(text, e)) {
    if (text.charCodeAt(e) >= 0x80) ascii = false;
    e++;
  }
  if (e - s < SHORTEST_FIRST || e - s > LONGEST_FIRST_WORD + 2) return false;
  if (ascii && e - s <= KEYED_MAX) return FIRST_WORD_KEYS.get(asciiWordKey(text, s, e), 0) === 1;
  const word = text.slice(s, e);
  return FIRST_WORDS.has(ascii ? word.toLowerCase() : fold(word));
}

/** Whether the character at `i` is a letter (any script). */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return LETTER.test(text.charAt(i));
}

/** A letter of any script. */
const LETTER = /\p{L}/u;

/** Characters around a pager's words: page numbers, arrows, separators, lynx's link brackets. */
const AROUND = /[0-9«»‹›<>←→|·…,.:;()[\]"“”/-]/gu;

/** Whether a line is a listing's pager and nothing else; `folded` is the line's fold, or a getter of it, when the caller keeps one. */
export function isPagerLine(text: string, folded?: string | (() => string)): boolean {
  if (text.length > MAX_PAGER || !opensWithPagerWord(text)) return false;
  const f = folded === undefined ? fold(text) : typeof folded === 'string' ? folded : folded();
  const words = f
    .replace(AROUND, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
  if (words.length === 0) return false;
  // The words must be pager phrases one after another, the longest phrase tried first at each place.
  const table = /[0-9]/.test(text) ? COUNTED_FIRST : LONGEST_FIRST;
  let i = 0;
  while (i < words.length) {
    const phrase = table.find((p) => p.every((w, k) => words[i + k] === w));
    if (!phrase) return false;
    i += phrase.length;
  }
  return true;
}
