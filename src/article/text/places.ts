/**
 * Known places as a text page's header lines name them: a dateline's city
 * (`RABAT`, `Alger`) or any place of the name lexicon (`Casablanca`,
 * `الدار البيضاء`). A name-shaped text that is one is a place, not a person.
 */

import { DATELINE_PLACES } from '../../entities/data/ar-places.js';
import { key } from '../../entities/lexicon-key.js';
import { nameLexicon } from '../../entities/name-lexicon.js';

const DATELINE_KEYS = /* @__PURE__ */ new Set(DATELINE_PLACES.map(key));

/** Whether a name-shaped text is a known place (`New York`, `Casablanca`): a dateline's, not an author's. */
export function isPlace(text: string): boolean {
  const k = key(text.trim());
  return DATELINE_KEYS.has(k) || nameLexicon().places.has(k);
}
