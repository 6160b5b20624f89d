/** Language sniffing for short texts: Arabic by script, French or English by function words. */
import { isArabicLetter } from '../text/chars.js';
import { ENGLISH_WORDS, FRENCH_WORDS } from './stopwords.js';

const WORD = /[\p{L}]+/gu;
const WORD_SAMPLE = 2000;
const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœæ]/i;

/** Languages depeche tells apart. */
export type DetectedLang = 'fr' | 'en' | 'ar';

/**
 * Guesses the language of `text`: `ar` when Arabic letters outnumber Latin
 * ones, else French or English by function words, French accents breaking
 * ties; `fallback` when nothing tells.
 */
export function detectLang(text: string, fallback?: DetectedLang): DetectedLang | undefined {
  let arabic = 0;
  let latin = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) arabic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f))
      latin++;
  }
  if (arabic > latin) return 'ar';
  if (latin === 0) return fallback;
  let fr = 0;
  let en = 0;
  // Function words settle the language within a few thousand characters.
  const sample = text.length > WORD_SAMPLE ? text.slice(0, WORD_SAMPLE) : text;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (FRENCH_WORDS.has(w)) fr++;
    if (ENGLISH_WORDS.has(w)) en++;
  }
  if (FRENCH_LETTERS.test(sample)) fr += 0.5;
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return fallback ?? 'fr';
}
