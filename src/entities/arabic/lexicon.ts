/**
 * The Arabic lexicon: the Arabic data tables and `Intl.DisplayNames('ar')`
 * country names folded into lookup maps (hamza seats, harakat, tatweel, ى/ي,
 * ة/ه folded), built once on first use.
 */
import { DAYS, MONTHS } from '../../dates/names.js';
import type { EntityType } from '../../types.js';
import {
  AR_MISC,
  AR_NAME_ADJECTIVES,
  AR_NOT_ORGS,
  AR_OPERATIONS,
  AR_ORG_CLASSIFIERS,
  AR_ORG_HEADS,
  AR_ORGANIZATIONS,
  AR_QUOTED_NICKNAMES,
} from '../data/ar-orgs.js';
import {
  AR_FIRST_NAMES,
  AR_NAME_PARTICLES,
  AR_PEOPLE,
  AR_REGNAL,
  AR_SPEECH_CUES,
  AR_STRONG_TITLES,
  AR_TITLES,
} from '../data/ar-people.js';
import {
  AR_COUNTRIES,
  AR_DEMONYM_NOUNS,
  AR_FACILITY_HEADS,
  AR_LOC_CLASSIFIERS,
  AR_NISBA,
  AR_PLACES,
} from '../data/ar-places.js';
import {
  AR_NOT_UNITS,
  AR_NUMBER_LABELS,
  AR_PLURAL_UNITS,
  AR_STOP,
  AR_UNIT_SECOND,
} from '../data/ar-words.js';
import { key } from '../lexicon.js';

/** A name the lexicon knows: its type and, for countries and demonyms, the country code. */
export interface ArName {
  type: EntityType;
  country?: string;
}

/** Lookup tables of the Arabic recognisers (keys folded by {@link key}). */
export interface ArLexicon {
  /** Whole names (one or more words) → type and country. */
  names: Map<string, ArName>;
  /** Places also known as another kind of name (`برشلونة`, the city and the club): read as places after a classifier. */
  placesToo: Set<string>;
  /** Every word-boundary prefix of a multi-word name or title. */
  prefixes: Set<string>;
  firstNames: Set<string>;
  particles: Set<string>;
  regnal: Set<string>;
  /** Titles, one or more words. */
  titles: Set<string>;
  /** Titles that may introduce a name the lexicon does not know. */
  strongTitles: Set<string>;
  speech: Set<string>;
  orgHeads: Set<string>;
  nameAdjectives: Set<string>;
  orgClassifiers: Set<string>;
  notOrgs: Set<string>;
  /** Operation names, read after `عملية`. */
  operations: Set<string>;
  /** Nicknames read as organisations only between quotes. */
  quotedNicknames: Set<string>;
  locClassifiers: Set<string>;
  facilityHeads: Set<string>;
  /** Nisba stems (`مغربي`) → country. */
  nisba: Map<string, string>;
  stop: Set<string>;
  notUnits: Set<string>;
  numberLabels: Set<string>;
  pluralUnits: Map<string, string>;
  unitSecond: Set<string>;
}

/** Region codes whose Arabic names are not places, or are everyday words (`مالي` financial). */
const SKIPPED_REGIONS = new Set(['UN', 'EU', 'EZ', 'QO', 'ZZ', 'ML']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let cached: ArLexicon | undefined;

function keys(list: readonly string[]): Set<string> {
  return new Set(list.map(key));
}

function addPrefixes(k: string, out: Set<string>): void {
  for (let i = 1; i < k.length; i++) if (k[i] === ' ') out.add(k.slice(0, i));
}

/** Arabic country names from the platform's ICU data, when it has them. */
function icuCountries(names: Map<string, ArName>): void {
  const DisplayNames = (Intl as { DisplayNames?: typeof Intl.DisplayNames }).DisplayNames;
  if (!DisplayNames) return;
  let dn: Intl.DisplayNames;
  try {
    dn = new DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  } catch {
    return;
  }
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      if (SKIPPED_REGIONS.has(code)) continue;
      const name = dn.of(code);
      if (name && name !== code && !names.has(key(name)))
        names.set(key(name), { type: 'location', country: code });
    }
  }
}

/** The Arabic lexicon, built on first call. */
export function arLexicon(): ArLexicon {
  if (cached) return cached;
  const names = new Map<string, ArName>();
  for (const s of AR_ORGANIZATIONS) names.set(key(s), { type: 'organization' });
  for (const s of AR_MISC) names.set(key(s), { type: 'misc' });
  for (const s of AR_PEOPLE) names.set(key(s), { type: 'person' });
  const placesToo = new Set<string>();
  for (const s of AR_PLACES)
    if (!names.has(key(s))) names.set(key(s), { type: 'location' });
    else placesToo.add(key(s));
  for (const [s, country] of Object.entries(AR_COUNTRIES))
    names.set(key(s), { type: 'location', country });
  icuCountries(names);
  for (const [s, country] of Object.entries(AR_DEMONYM_NOUNS))
    names.set(key(s), country ? { type: 'misc', country } : { type: 'misc' });
  const titles = keys(AR_TITLES);
  const prefixes = new Set<string>();
  for (const k of names.keys()) addPrefixes(k, prefixes);
  for (const k of titles) addPrefixes(k, prefixes);
  const nisba = new Map<string, string>();
  for (const [s, c] of Object.entries(AR_NISBA)) nisba.set(key(s), c);
  const pluralUnits = new Map<string, string>();
  for (const [s, u] of Object.entries(AR_PLURAL_UNITS)) pluralUnits.set(key(s), u);
  cached = {
    names,
    placesToo,
    prefixes,
    firstNames: keys(AR_FIRST_NAMES),
    particles: keys(AR_NAME_PARTICLES),
    regnal: keys(AR_REGNAL),
    titles,
    strongTitles: keys(AR_STRONG_TITLES),
    speech: keys(AR_SPEECH_CUES),
    orgHeads: keys(AR_ORG_HEADS),
    nameAdjectives: keys(AR_NAME_ADJECTIVES),
    orgClassifiers: keys(AR_ORG_CLASSIFIERS),
    notOrgs: keys(AR_NOT_ORGS),
    quotedNicknames: keys(AR_QUOTED_NICKNAMES),
    operations: keys(AR_OPERATIONS),
    locClassifiers: keys(AR_LOC_CLASSIFIERS),
    facilityHeads: keys(AR_FACILITY_HEADS),
    nisba,
    stop: keys([...AR_STOP, ...DAYS, ...[...MONTHS.keys()].filter((m) => m.length > 2)]),
    notUnits: keys(AR_NOT_UNITS),
    numberLabels: keys(AR_NUMBER_LABELS),
    pluralUnits,
    unitSecond: keys(AR_UNIT_SECOND),
  };
  return cached;
}

/**
 * The country of a nisba word (folded key): `المغربي`, `الجزائرية`,
 * `التونسيين`, `مصريون` → its code; `plural` tells the plural forms (nouns for
 * the people when they stand alone).
 */
export function nisbaOf(
  lex: ArLexicon,
  k: string,
): { country: string; plural: boolean } | undefined {
  const end = k.charCodeAt(k.length - 1);
  // Every nisba form ends in ي, ه (ة folded), ا, ن: anything else is no nisba.
  if (end !== 0x064a && end !== 0x0647 && end !== 0x0627 && end !== 0x0646) return undefined;
  let w = k.startsWith('ال') ? k.slice(2) : k;
  let plural = false;
  if (w.endsWith('يون') || w.endsWith('يين')) {
    w = w.slice(0, -2);
    plural = true;
  } else if (w.endsWith('يه') || w.endsWith('يا')) w = w.slice(0, -1);
  const country = lex.nisba.get(w);
  return country ? { country, plural } : undefined;
}
