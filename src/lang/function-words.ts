/**
 * The commonest function words of the languages news pages are written in,
 * in one set: prose is dense with them in any of these languages, menus, tag
 * lists and headlines are not (the measure jusText calls stopword density).
 * Lower case, accents kept as written after NFC; Arabic without diacritics.
 * Data only.
 */

import { phrases } from '../util/tables.js';
import { asciiWordKey } from './word-key.js';

const WORDS = /* @__PURE__ */ phrases(
  // English
  'the a an and or but of to in on at for with from by as is are was were be been has have had it its this that these those which who whom what not no he she they we you his her their our there than then so if also about after into over more|' +
    // French
    'le la les un une des de du et ou mais à au aux en dans par pour sur avec sans sous est sont été être a ont avait il elle ils elles nous vous on qui que quoi dont où ce cette ces son sa ses leur leurs plus ne pas comme aussi entre après selon|' +
    // German
    'der die das den dem des ein eine einer einen und oder aber in im an am auf aus bei mit nach von vor zu zum zur für über unter ist sind war wurde werden hat haben nicht auch sich es er sie wir ihr als wie dass noch nur|' +
    // Spanish
    'el la los las un una unos unas y o pero de del al en con por para sin sobre es son fue ser ha han que quien como más no se su sus lo le les este esta entre también|' +
    // Italian
    'il lo la i gli le un uno una e o ma di da in con su per tra fra è sono era che chi non si suo sua anche nel nella della dei delle al alla|' +
    // Portuguese
    'o a os as um uma e ou mas de do da dos das em no na nos nas com por para sem é são foi ser que não se seu sua também ao pelo pela|' +
    // Dutch
    'de het een en of maar van in op aan met voor door bij naar uit is zijn was werd wordt heeft hebben niet ook dat die deze er hij zij we|' +
    // Arabic
    'في من على إلى الى عن مع أن ان إن التي الذي الذين هذا هذه ذلك تلك كان كانت قد لا ما لم لن هو هي هم بين بعد قبل حتى أو او ثم كما عند خلال منذ وقد وفي ومن',
).join(' ');

/** Function words of English, French, German, Spanish, Italian, Portuguese, Dutch and Arabic. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(WORDS.split(' '));

/** Longest word looked up in {@link FUNCTION_WORDS}. */
const MAX_LOOKED_UP = 6;

/** The function words of ASCII small letters only, as `asciiWordKey` numbers: looked up without a slice. */
const PLAIN_FUNCTION_WORDS: ReadonlySet<number> = new Set(
  [...FUNCTION_WORDS]
    .filter((w) => /^[a-z]+$/.test(w) && w.length <= MAX_LOOKED_UP)
    .map((w) => asciiWordKey(w, 0, w.length)),
);

/** Characters of a text read for its counts. */
const SAMPLE = 160;

/** A word's share of a text: its function words over its words, and the word count. */
export interface WordCounts {
  words: number;
  functionWords: number;
}

/**
 * Counts the words of `text`'s first 160 characters (runs of letters, digits and apostrophes split
 * on `'` and `’` so `l'homme` gives `l` and `homme`) and those that are
 * function words. One pass, no regular expression.
 */
export function countWords(text: string): WordCounts {
  let words = 0;
  let functionWords = 0;
  let start = -1;
  // A word of ASCII small letters as a number (`asciiWordKey`, built letter by letter), while it is one.
  let key = 0;
  let plain = false;
  // The first 160 characters tell a line's density as well as the whole of a long paragraph.
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x20;
    // Chinese and Japanese write no spaces: each ideograph or kana counts as a word.
    if (c >= 0x3040 && c <= 0x9fff) {
      if (start >= 0) words++;
      words++;
      start = -1;
      continue;
    }
    if (isWordChar(c)) {
      if (start < 0) {
        start = i;
        key = 0;
        plain = true;
      }
      if (plain && i - start < MAX_LOOKED_UP) {
        if (c >= 0x61 && c <= 0x7a) key = key * 32 + (c - 0x60);
        else plain = false;
      }
      continue;
    }
    if (start >= 0) {
      words++;
      // Only short words in lower case are looked up: function words are short, and
      // in running text only a sentence's first word is capitalised.
      const first = text.charCodeAt(start);
      if (
        i - start <= MAX_LOOKED_UP &&
        (first < 0x41 || first > 0x5a) &&
        (plain ? PLAIN_FUNCTION_WORDS.has(key) : FUNCTION_WORDS.has(text.slice(start, i)))
      )
        functionWords++;
      start = -1;
    }
  }
  return { words, functionWords };
}

/** Whether {@link countWords} finds a word in `text` (a word character or an ideograph in its first 160 characters), read up to the first one. */
export function holdsWord(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x9fff) || isWordChar(c)) return true;
  }
  return false;
}

/**
 * The words {@link countWords} finds in `text`, up to `most`: counted as it
 * counts them (runs of word characters, each ideograph one word, in the first
 * 160 characters) but without looking any up, and read only until the last one wanted.
 */
export function wordsUpTo(text: string, most: number): number {
  if (most <= 0) return 0;
  let words = 0;
  let inWord = false;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // A word is counted where it starts (countWords counts it where it ends: the same total).
    if (c >= 0x3040 && c <= 0x9fff) {
      words++;
      inWord = false;
    } else if (isWordChar(c)) {
      if (!inWord && ++words >= most) return most;
      inWord = true;
      continue;
    } else inWord = false;
    if (words >= most) return most;
  }
  return words;
}

/** Whether `c` is a word character of the ranges below U+0700 (Latin, Greek, Cyrillic, Arabic letters, digits). */
function isWordCharBelow0700(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x0660 && c <= 0x06d3) ||
    (c >= 0x0370 && c <= 0x052f)
  );
}

/** First code unit past {@link WORD_BELOW}. */
const WORD_TABLE_END = 0x0700;
/** {@link isWordCharBelow0700} of each code unit below U+0700, 1 or 0: one look-up a character in the word counts' loops instead of a chain of range tests. */
const WORD_BELOW = new Uint8Array(WORD_TABLE_END);
for (let c = 0; c < WORD_TABLE_END; c++) WORD_BELOW[c] = isWordCharBelow0700(c) ? 1 : 0;

/** A word character: those of {@link WORD_BELOW}, or a Hangul syllable. */
function isWordChar(c: number): boolean {
  return c < WORD_TABLE_END ? WORD_BELOW[c] === 1 : c >= 0xac00 && c <= 0xd7a3;
}
