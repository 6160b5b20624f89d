/**
 * The language of an article's text, for `Article.lang`: French, English and
 * Arabic as {@link detectLang} tells them, and German, Spanish, Italian,
 * Portuguese and Dutch by function words of their own (words the other
 * languages here do not use: `der`, `und`; `los`, `más`; `gli`, `della`;
 * `não`, `pelo`; `het`, `niet`). The entity and ticker rules keep to
 * `detectLang`, which only names the languages they have rules for.
 */
import { detectLang } from './detect.js';
import { asciiKeyed, WordKeyTable } from './word-key.js';

/** Function words of each language that the others here do not share (lower case, accents as written). */
const OWN_WORDS: ReadonlyArray<[string, string]> = [
  [
    'fr',
    'les et est une des du au aux dans pour sur avec sont été elle ils nous vous qui cette ces pas plus ont aussi',
  ],
  ['en', 'the and of to is are was were be been has have had its this that which with from by as'],
  [
    'de',
    'der und ist nicht mit sich auch auf für dem den eine einer im zum zur über wurde werden wird sind',
  ],
  ['es', 'el los las del más pero también fue muy este esta sus'],
  ['it', 'gli della delle dei nel nella degli alla anche sono è di che questo questa più'],
  ['pt', 'os não também pelo pela ao em são foi uma'],
  ['nl', 'het een van op voor niet zijn met dat ook door bij wordt werd naar uit'],
];
/** Each word of {@link OWN_WORDS} and its language. */
const LANG_OF = new Map<string, string>();
for (const [lang, words] of OWN_WORDS) for (const w of words.split(' ')) LANG_OF.set(w, lang);

/** The longest of {@link OWN_WORDS}. */
const LONGEST_OWN = Math.max(...[...LANG_OF.keys()].map((w) => w.length));

/** The languages of {@link OWN_WORDS}, in order. */
const OWN_LANGS = OWN_WORDS.map(([lang]) => lang);
/** {@link LANG_OF} for the words of ASCII small letters, by `asciiWordKey` (built while a word is read: no slice, no lower-cased copy), as indexes of {@link OWN_LANGS}. */
const LANG_OF_ASCII = new WordKeyTable(
  asciiKeyed(LANG_OF).map(([key, lang]) => [key, OWN_LANGS.indexOf(lang)] as const),
);

/** A letter of a word here: ASCII letters, and Latin letters with accents (from `À` on, past the multiplication signs). */
function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)
  );
}

/** Letters the other languages here write and English does not. */
const FOREIGN_LETTERS = /[äöüßáéíóúñãõçàèìòùâêîôûë]/iu;

/** Fewest own words a language needs to be named. */
const MIN_OWN = 4;
/** How many times the next language's own words a language's own words must outnumber. */
const OVER = 1.5;
/** Words read, at most (a paragraph's worth settles it). */
const MAX_WORDS = 150;
/** Characters read, at most. */
const MAX_CHARS = 1500;

/**
 * Guesses the language of an article's text: `ar`, else one of `de` `es`
 * `it` `pt` `nl` when its own function words are {@link MIN_OWN} or more and
 * outnumber every other language's own words (French and English counted
 * too), else `fr` or `en` as {@link detectLang} says.
 */
export function guessLang(text: string): string | undefined {
  const base = detectLang(text);
  // detectLang names French or English any Latin-script text: another language is looked for in French
  // text, and in "English" text that has letters English does not write (`ä`, `ß`, `ñ`, `ã`, `è`…).
  if (base !== 'fr' && !(base === 'en' && FOREIGN_LETTERS.test(text.slice(0, MAX_CHARS))))
    return base;
  const counts = new Map<string, number>();
  let read = 0;
  const n = Math.min(text.length, MAX_CHARS);
  let start = -1;
  // The word's `asciiWordKey` while it is ASCII letters only (-1 once it is not), letter by letter.
  let key = 0;
  for (let i = 0; i <= n && read < MAX_WORDS; i++) {
    const c = i < n ? text.charCodeAt(i) : 0;
    if (i < n && isWordChar(c)) {
      if (start < 0) {
        start = i;
        key = 0;
      }
      if (key >= 0) key = c < 0x80 ? key * 32 + ((c | 0x20) - 0x60) : -1;
      continue;
    }
    if (start < 0) continue;
    read++;
    // Own words are at most seven letters long: longer words are not looked up.
    if (i - start <= LONGEST_OWN) {
      const own = key >= 0 ? LANG_OF_ASCII.get(key, -1) : -1;
      const lang =
        key >= 0
          ? own >= 0
            ? OWN_LANGS[own]
            : undefined
          : LANG_OF.get(text.slice(start, i).toLowerCase());
      if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
    start = -1;
  }
  let best: string | undefined;
  let most = 0;
  let second = 0;
  for (const [lang, n] of counts) {
    if (n > most) {
      second = most;
      best = lang;
      most = n;
    } else if (n > second) second = n;
  }
  // French and English stay detectLang's answer; another language needs its own words to win clearly.
  if (!best || best === 'fr' || best === 'en') return base;
  return most >= MIN_OWN && most > OVER * second ? best : base;
}
