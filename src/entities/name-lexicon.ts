/**
 * The part of the entity lexicon the article parser reads too: place names and
 * first names, built once on first use. Kept apart from the rest of the lexicon
 * (organisations, people, events, cues) so that `parseArticle` alone does not
 * ship those tables.
 */

import { words } from '../util/tables.js';
import { FIRST_NAMES } from './data/first-names.js';
import { PLACES } from './data/places.js';
import { key } from './lexicon-key.js';

/** Place and first-name look-ups, keyed by {@link key}. */
export interface NameLexicon {
  /** Country and place names → ISO 3166 alpha-2 code (`''` when none applies). */
  places: Map<string, string>;
  /** Place keys written in capitals only (`EAU`, `RDC`): they need a capitalised surface. */
  capsPlaces: Set<string>;
  firstNames: Set<string>;
}

let cached: NameLexicon | undefined;

const LOWER = /\p{Ll}/u;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** UN M.49 area codes that `Intl.DisplayNames` names (continents and regions). */
const AREAS = words(
  '002 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 154 155 202 419',
);

function addCountries(places: Map<string, string>): void {
  const DisplayNames = (Intl as { DisplayNames?: typeof Intl.DisplayNames }).DisplayNames;
  if (!DisplayNames) return;
  for (const locale of ['fr', 'en', 'ar']) {
    let names: Intl.DisplayNames;
    try {
      names = new DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const code = a + b;
        if (NOT_PLACES.has(code)) continue;
        const name = names.of(code);
        if (name && name !== code && !places.has(key(name))) places.set(key(name), code);
      }
    }
    for (const area of AREAS) {
      const name = names.of(area);
      if (name && name !== area && !places.has(key(name))) places.set(key(name), '');
    }
  }
}

/** Region codes whose names are not places: the UN, the EU, the euro area, "outlying Oceania", unknown. */
const NOT_PLACES = new Set(words('UN EU EZ QO ZZ'));

function keyMap(record: Readonly<Record<string, string>>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(record)) m.set(key(k), v);
  return m;
}

/** The place and first-name look-ups, built on first call. */
export function nameLexicon(): NameLexicon {
  if (cached) return cached;
  const places = keyMap(PLACES);
  const capsPlaces = new Set(
    Object.keys(PLACES)
      .filter((k) => !LOWER.test(k))
      .map(key),
  );
  addCountries(places);
  cached = { places, capsPlaces, firstNames: new Set(FIRST_NAMES.map(key)) };
  return cached;
}
