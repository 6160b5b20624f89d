/**
 * The entity lexicon: data tables and `Intl.DisplayNames` folded into lookup
 * maps, built once on first use (nothing is shipped for country names: the
 * platform's ICU data names them in French, English and Arabic).
 */
import {
  COMMON_ACRONYMS,
  LOC_CUES_AFTER,
  LOC_CUES_BEFORE,
  MISC_CUES_AFTER,
  MISC_CUES_BEFORE,
  ORG_CUES_AFTER,
  ORG_CUES_BEFORE,
  WORK_NOUNS,
} from './data/cues.js';
import {
  COMMON_WORD_PLACES,
  DEMONYMS,
  GROUP_ACRONYMS_MISC,
  KNOWN_EVENTS,
  KNOWN_ORGANIZATIONS,
  KNOWN_PEOPLE,
  LOC_HEAD_WORDS,
  MEDIA,
  MISC_HEAD_WORDS,
  NAME_PARTICLES,
  ORG_HEAD_WORDS,
  ORG_SUFFIXES,
  PERSON_TITLES,
  STOP_CAPITALISED,
} from './data/index.js';
import { key } from './lexicon-key.js';
import { nameLexicon } from './name-lexicon.js';

export { key } from './lexicon-key.js';

/** Lookup maps of the lexicon. */
export interface Lexicon {
  /** Country and place names → ISO 3166 alpha-2 code (`''` when none applies). */
  places: Map<string, string>;
  /** Demonyms → country code. */
  demonyms: Map<string, string>;
  /** Organisations and media → their written forms (for case checks). */
  organizations: Map<string, string[]>;
  /** People → written forms. */
  people: Map<string, string[]>;
  /** Events, competitions, laws → written forms. */
  events: Map<string, string[]>;
  firstNames: Set<string>;
  particles: Set<string>;
  orgHeads: Set<string>;
  orgSuffixes: Set<string>;
  locHeads: Set<string>;
  miscHeads: Set<string>;
  titles: Set<string>;
  stopCapitalised: Set<string>;
  /** Surfaces of places that are also sentence-opening common words (`Réunion`, `Sale`): exact, not folded. */
  commonWordPlaces: Set<string>;
  /** Place keys written in capitals only (`EAU`, `RDC`): they need a capitalised surface. */
  capsPlaces: Set<string>;
  /** Lower-case nouns before or after a name that type it (folded). */
  cues: {
    locBefore: Set<string>;
    orgBefore: Set<string>;
    miscBefore: Set<string>;
    locAfter: Set<string>;
    orgAfter: Set<string>;
    miscAfter: Set<string>;
    works: Set<string>;
  };
  /** Acronyms of common nouns (`PIB`, `CHU`): never entities. */
  commonAcronyms: Set<string>;
  /** Every proper prefix, at a word boundary, of a multi-word lexicon key: look-ups stop early. */
  prefixes: Set<string>;
  /** First words of the titles (`prince` for `prince heritier`). */
  titleStarts: Set<string>;
}

/** Adds the word-boundary prefixes of `k` (`cote`, `cote d'` for `cote d'ivoire`) to `out`. */
function addPrefixes(k: string, out: Set<string>): void {
  for (let i = 1; i < k.length; i++) {
    const c = k[i];
    if (c === ' ') out.add(k.slice(0, i));
    else if (c === "'" && i + 1 < k.length) out.add(k.slice(0, i + 1));
  }
}

let cached: Lexicon | undefined;

function keySet(list: readonly string[]): Set<string> {
  return new Set(list.map(key));
}

function keyForms(list: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const s of list) {
    const forms = m.get(key(s));
    if (forms) forms.push(s);
    else m.set(key(s), [s]);
  }
  return m;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/**
 * Whether `surface` is written with the capitals `form` has: an all-capitals
 * form (an acronym: `FAR`, `CAN`, `MAP`) needs an all-capitals surface, and
 * each capitalised word of `form` must be capitalised in `surface`
 * (`Le Temps` the paper, not `Le temps qu'il fera`).
 */
export function sameCase(surface: string, form: string): boolean {
  if (!LOWER.test(form)) return !LOWER.test(surface);
  const a = form.split(/[\s'’-]+/u);
  const b = surface.split(/[\s'’-]+/u);
  if (a.length !== b.length) return UPPER.test(surface[0] ?? '');
  return a.every((w, i) => !UPPER.test(w[0] ?? '') || UPPER.test(b[i]?.[0] ?? ''));
}

/** The lexicon, built on first call. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const { places, capsPlaces, firstNames } = nameLexicon();
  const demonyms = new Map<string, string>();
  for (const [k, v] of Object.entries(DEMONYMS)) demonyms.set(key(k), v);
  for (const [k, v] of Object.entries(GROUP_ACRONYMS_MISC)) demonyms.set(key(k), v);
  cached = {
    places,
    demonyms,
    organizations: keyForms([...KNOWN_ORGANIZATIONS, ...MEDIA]),
    people: keyForms(KNOWN_PEOPLE),
    events: keyForms(KNOWN_EVENTS),
    firstNames,
    particles: keySet(NAME_PARTICLES),
    orgHeads: keySet(ORG_HEAD_WORDS),
    orgSuffixes: keySet(ORG_SUFFIXES),
    locHeads: keySet(LOC_HEAD_WORDS),
    miscHeads: keySet(MISC_HEAD_WORDS),
    titles: keySet(PERSON_TITLES),
    stopCapitalised: keySet(STOP_CAPITALISED),
    commonWordPlaces: new Set(COMMON_WORD_PLACES),
    capsPlaces,
    cues: {
      locBefore: new Set(LOC_CUES_BEFORE),
      orgBefore: new Set(ORG_CUES_BEFORE),
      miscBefore: new Set(MISC_CUES_BEFORE),
      locAfter: new Set(LOC_CUES_AFTER),
      orgAfter: new Set(ORG_CUES_AFTER),
      miscAfter: new Set(MISC_CUES_AFTER),
      works: new Set(WORK_NOUNS.map(key)),
    },
    commonAcronyms: new Set(COMMON_ACRONYMS),
    prefixes: new Set<string>(),
    titleStarts: new Set(PERSON_TITLES.map((t) => key(t).split(/[ ']/)[0] ?? '')),
  };
  const maps: ReadonlyArray<{ keys(): Iterable<string> }> = [
    places,
    demonyms,
    cached.organizations,
    cached.people,
    cached.events,
  ];
  for (const m of maps) for (const k of m.keys()) addPrefixes(k, cached.prefixes);
  return cached;
}
