/** Language sniffing for short texts: Arabic by script, French or English by function words. */
import { ARABIC_LETTER, isArabicLetter } from '../text/chars.js';
import { ENGLISH_WORDS, FRENCH_WORDS } from './stopwords.js';
import { asciiKeyed, WordKeyTable } from './word-key.js';

/** One letter of any script (tested on characters past Latin Extended-B only). */
const LETTER = /^\p{L}$/u;
/** The longest French or English function word. */
const LONGEST = Math.max(...[...FRENCH_WORDS, ...ENGLISH_WORDS].map((w) => w.length));
const WORD_SAMPLE = 2000;
/** Characters of its text {@link detectLang} reads, at most: a caller may pass that many alone. */
export const DETECT_READS = 4000;
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ]/i;
/** What the letter count below counts as Latin: an ASCII letter, or a code unit of Latin-1's letters to Latin Extended-B (`×` and `÷` too). */
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
/** Each French or English function word: 1 French, 2 English, 3 both (one lookup a word). */
const FUNCTION_LANGS = new Map<string, number>();
for (const w of FRENCH_WORDS) FUNCTION_LANGS.set(w, 1);
for (const w of ENGLISH_WORDS) FUNCTION_LANGS.set(w, (FUNCTION_LANGS.get(w) ?? 0) | 2);

/** {@link FUNCTION_LANGS} of the words of ASCII small letters, by `asciiWordKey`: looked up without a slice. */
const ASCII_FUNCTION_LANGS = new WordKeyTable(asciiKeyed(FUNCTION_LANGS));

/** Languages depeche tells apart. */
export type DetectedLang = 'fr' | 'en' | 'ar';

/**
 * Guesses the language of `text`: `ar` when Arabic letters outnumber Latin
 * ones, else French or English by function words, French accents breaking
 * ties; `fallback` when nothing tells.
 */
export function detectLang(text: string, fallback?: DetectedLang): DetectedLang | undefined {
  const n = Math.min(text.length, DETECT_READS);
  const read = text.length > n ? text.slice(0, n) : text;
  // Text with no Arabic letter (most) is Latin as soon as it holds one Latin letter: two native
  // searches tell it; the letters are counted only where Arabic ones may outnumber them.
  if (ARABIC_LETTER.test(read)) {
    if (arabicOutnumbers(text, n)) return 'ar';
  } else if (!LATIN_LETTER.test(read)) return fallback;
  let fr = 0;
  let en = 0;
  // Function words settle the language within a few thousand characters.
  // The words are read in `text` itself, up to the sample's end (a slice reads slower).
  const sampleEnd = Math.min(text.length, WORD_SAMPLE);
  forEachWord(text, sampleEnd, (start, end, key) => {
    // No function word is longer than LONGEST: longer words are not looked up.
    if (end - start > LONGEST) return;
    // A word of ASCII letters (any case) is looked up by its key; others are sliced.
    const langs =
      key >= 0
        ? ASCII_FUNCTION_LANGS.get(key, 0)
        : (FUNCTION_LANGS.get(text.slice(start, end).toLowerCase()) ?? 0);
    fr += langs & 1;
    en += langs >> 1;
  });
  if (FRENCH_LETTERS.test(text.length > WORD_SAMPLE ? text.slice(0, WORD_SAMPLE) : text)) fr += 0.5;
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return fallback ?? 'fr';
}

/** Whether `text`'s first `n` code units hold more Arabic letters than Latin ones, counted until the characters left cannot turn the count. */
function arabicOutnumbers(text: string, n: number): boolean {
  let arabic = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // ASCII first (no Arabic letter there): `c | 0x20` is a lower-case letter for both cases.
    if (c < 0x80) {
      const lower = c | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) latin++;
    } else if (isArabicLetter(c)) arabic++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
    // Settled once the characters left cannot turn the count: stop reading.
    if ((i & 31) === 31) {
      const left = n - i - 1;
      if (arabic > latin + left) return true;
      if (latin > arabic + left) return false;
    }
  }
  return arabic > latin;
}

/** Code units a letter at `i` takes (2 for a letter outside the BMP), or 0 when none starts there; `text` read up to `end`. */
function letterAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xc0 && c < 0x250) return c === 0xd7 || c === 0xf7 ? 0 : 1;
  if (c >= 0xd800 && c <= 0xdbff) {
    const pair = text.slice(i, Math.min(i + 2, end));
    return pair.length === 2 && LETTER.test(pair) ? 2 : 0;
  }
  return LETTER.test(text.charAt(i)) ? 1 : 0;
}

/**
 * Calls `visit` with the bounds of each run of letters of `text` up to `end` (what `/\p{L}+/gu` matches in `text.slice(0, end)`), in one pass,
 * and the word's `asciiWordKey` (built while the word is read: -1 unless it is all ASCII letters).
 */
function forEachWord(
  text: string,
  end: number,
  visit: (start: number, end: number, key: number) => void,
): void {
  let start = -1;
  let key = 0;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    // ASCII letters read here, with the key; any other character through letterAt.
    const ascii = c < 0x80 && lower >= 0x61 && lower <= 0x7a;
    const width = ascii ? 1 : c < 0x80 ? 0 : letterAt(text, i, end);
    if (width > 0) {
      if (start < 0) {
        start = i;
        key = 0;
      }
      // The same arithmetic as asciiWordKey, letter by letter; a non-ASCII letter makes it -1 for good.
      if (key >= 0) key = ascii ? key * 32 + (lower - 0x60) : -1;
      i += width;
      continue;
    }
    if (start >= 0) visit(start, i, key);
    start = -1;
    i++;
  }
  if (start >= 0) visit(start, end, key);
}
