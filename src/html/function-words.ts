/**
 * Frequent function words of the languages the benchmarks and users bring
 * most, beyond the French and English of `lang/stopwords.ts`: German,
 * Spanish, Italian, Portuguese, Dutch and Polish. Prose is dense in them;
 * menus, teasers and tables are not. Lower case, no diacritics folded. Data only.
 */
import { ENGLISH_WORDS, FRENCH_WORDS } from '../lang/stopwords.js';
import { words } from '../util/tables.js';

const OTHER = /* @__PURE__ */ words(
  // German
  'der die das und ist nicht ein eine einen dem den des mit sich auf für auch als bei von zu zum zur im es ' +
    'wird werden wurde sind hat haben noch nach wie aber oder wenn dass sie er wir ich aus an um so nur kann ' +
    'über vor durch diese dieser mehr sein ' +
    // Spanish
    'el los las del y que en por con para una su se lo como más pero sus al es fue ha este esta entre sobre ' +
    'también ' +
    // Italian
    'il di che è per non della dei gli nel alla sono anche ma più come ' +
    // Portuguese
    'o os da do das dos não em um uma com mais foi na no ' +
    // Dutch
    'het een van en niet op dat zijn voor met ook wordt maar ' +
    // Polish
    'i w z na się nie do to że jest o jak ale po od za przez oraz',
);

/** Function words of every language above, French and English included. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...FRENCH_WORDS,
  ...ENGLISH_WORDS,
  ...OTHER,
]);
