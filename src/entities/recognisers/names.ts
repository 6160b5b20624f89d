/**
 * Recogniser: names of people, organisations, places and misc (events,
 * demonyms, laws). Capitalised runs joined by name connectors are read, then
 * classified by the lexicon, cue nouns around them (`le stade X`), head words,
 * first names and titles. Headline title-case lines are read strictly: only
 * lexicon evidence counts there.
 */
import { fold } from '../../text/fold.js';
import type { EntityType } from '../../types.js';
import { phrases } from '../../util/tables.js';
import type { Candidate, Context } from '../candidate.js';
import {
  ARTICLES,
  type Classified,
  CONNECTORS,
  cueAfter,
  cueBefore,
  headAt,
  headType,
  isNameWord,
  keyOf,
  LONG_NAME_CONNECTORS,
  longestKnown,
  lookupRun,
  OPEN_QUOTES,
  ownerSplit,
  sentenceStart,
  titleAt,
} from '../name-words.js';
import type { Token } from '../tokens.js';
import { CURRENCY_WORDS } from '../units.js';

/** Capitalised common nouns that are never entities alone in news (anaphors, generic nouns). */
const GENERIC_CAPS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'royaume|internet|etat|etats|gouvernement|souverain|majeste|president|ministre|premier|nation|nations|' +
      'web|hub|sud|nord|est|ouest|centre|orient|occident|south|north|east|west',
  ),
);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Title-case segments (headlines): most long words capitalised, common words
 * among them (`Heavy Rain … Until Monday`, `Le HCP Table Sur Une Hausse`).
 * A sentence that only holds a long name (`du Fonds Hassan II pour le
 * Développement Économique et Social`) is not one. Marks every token of such a segment.
 */
export function titleCaseTokens(
  tokens: readonly Token[],
  stopCapitalised: ReadonlySet<string>,
): Uint8Array {
  const marks = new Uint8Array(tokens.length);
  let from = 0;
  const close = (to: number): void => {
    let long = 0;
    let caps = 0;
    let common = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t?.kind === 'word' && t.text.length >= 4) {
        long++;
        if (t.cap) caps++;
      }
      if (t?.kind === 'word' && t.cap && k > from && stopCapitalised.has(t.k)) common++;
    }
    if (long >= 3 && caps / long > 0.6 && common > 0) marks.fill(1, from, to);
  };
  tokens.forEach((t, k) => {
    if (k > 0 && t.breakBefore) {
      close(k);
      from = k;
    }
  });
  close(tokens.length);
  return marks;
}

/** Words capitalised somewhere other than at a sentence start: evidence that they are names. */
function midSentenceCaps(ctx: Context): Set<string> {
  const set = new Set<string>();
  let inTitle = 0;
  ctx.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !t.cap) return;
    inTitle = Math.max(inTitle - 1, titleAt(ctx, i));
    // Words of a title (`Tourism Minister`) are not evidence of a name.
    if (inTitle === 0 && !sentenceStart(ctx, i)) set.add(t.k);
  });
  return set;
}

interface RunState {
  /** The run holds a capitalised word that is not a head word (`Stellantis`, `Hassan`). */
  hasName: boolean;
  headLength: number;
}

/**
 * Extends a capitalised run from token `a`; returns the index of its last token.
 * `de Y` is not joined when the run is already a name and Y a known place or
 * organisation (`Stellantis de Kénitra`, `Energy Press Club de Sonatrach`);
 * `of` is not joined after a person's name; `et la Y` never.
 */
function extendRun(ctx: Context, a: number, strict: boolean, eventLike: boolean): number {
  const { tokens, lex } = ctx;
  const head = headAt(ctx, a);
  const state: RunState = { hasName: head === 0, headLength: head };
  let longName = head > 0;
  let capWords = Math.max(1, head);
  let last = a + Math.max(0, head - 1);
  let j = last + 1;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!t || t.breakBefore) break;
    if (strict && lex.stopCapitalised.has(t.k)) break;
    const nameTitle = lex.titles.has(t.k) && !lex.orgSuffixes.has(t.k) && !headType(ctx, t.k);
    if (isNameWord(t) && !nameTitle) {
      if (!headType(ctx, t.k)) state.hasName = true;
      else longName = true;
      capWords++;
      last = j;
      j++;
      continue;
    }
    if (t.kind === 'number' && t.spaceBefore && eventLike && t.text.length <= 4) {
      last = j;
      break;
    }
    if (t.kind === 'word' && CONNECTORS.has(t.f)) {
      if (LONG_NAME_CONNECTORS.has(t.f) && head === 0) break;
      let k = j;
      while (
        k < tokens.length &&
        tokens[k]?.kind === 'word' &&
        CONNECTORS.has(tokens[k]?.f ?? '') &&
        k - j < 3
      )
        k++;
      const next = tokens[k];
      if (!isNameWord(next) || next.breakBefore) break;
      if ((t.f === 'et' || t.f === 'and') && ARTICLES.has(tokens[j + 1]?.f ?? '')) break;
      const ofLike = t.f === 'de' || t.f === "d'" || t.f === 'du' || t.f === 'des' || t.f === 'of';
      if (ofLike && ownerSplit(ctx, state.hasName, capWords, k, tokens[last]?.k ?? '')) break;
      if (t.f === 'of' && !longName) break;
      j = k;
      continue;
    }
    break;
  }
  return last;
}

/** Classifies the run `[a, b]`; undefined when nothing says what it is. */
function classify(
  ctx: Context,
  a: number,
  b: number,
  personCue: boolean,
  strict = false,
): Classified | undefined {
  const { lex, tokens } = ctx;
  const first = tokens[a];
  const last = tokens[b];
  if (!first || !last) return undefined;
  const known = lookupRun(ctx, a, b);
  const cue = cueBefore(ctx, a) ?? (ctx.lang === 'en' ? cueAfter(ctx, b) : undefined);
  if (known && !(cue && cue !== 'organization' && known.type === 'person')) return known;
  const words: string[] = [];
  let connectors = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') continue;
    if (isNameWord(t)) words.push(t.k);
    else connectors = true;
  }
  const head = words[0] ?? '';
  const single = words.length === 1 && !connectors && a === b;
  if (single && (GENERIC_CAPS.has(head) || lex.stopCapitalised.has(head))) return undefined;
  if (single && (lex.commonAcronyms.has(head) || CURRENCY_WORDS[first.f])) return undefined;
  // A head noun alone is an anaphor or a common noun (`l'Office`, `Exercice`), not a name.
  if (single && headType(ctx, head)) return undefined;
  if (single && first.text.length < 2) return undefined;
  if (cue) return { type: cue, strong: true };
  if (lookupRun(ctx, a, a)?.type === 'misc' && !lex.demonyms.has(first.k))
    return { type: 'misc', strong: true };
  if (!single) {
    const typed = headOfRun(ctx, words);
    if (typed) return { type: typed, strong: true };
  }
  if (personCue) return { type: 'person', strong: true };
  const nameLike = !connectors || words.length >= 2;
  if (
    words.length >= 2 &&
    words.length <= 5 &&
    nameLike &&
    words.some((w) => lex.firstNames.has(w))
  )
    return { type: 'person', strong: true };
  if (strict) return undefined;
  if (!single) {
    // A known organisation followed by more capitalised words: a subsidiary or brand (`Hyundai Rotem`).
    const prefix = longestKnown(ctx, a, b);
    if (prefix?.cls.type === 'organization') return { type: 'organization', strong: true };
    if (prefix?.cls.type === 'location' && prefix.last < b) {
      return a === prefix.last
        ? { type: 'location', strong: false }
        : { type: 'organization', strong: false };
    }
  }
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    (lex.particles.has(head) || lex.people.has(words[words.length - 1] ?? ''))
  )
    return { type: 'person', strong: true };
  if (single && ACRONYM.test(first.text) && !lex.stopCapitalised.has(head))
    return { type: 'organization', strong: false };
  if (words.length >= 2 && words.length <= 3 && !connectors)
    return { type: 'person', strong: false };
  if (words.length >= 2 && connectors) return { type: 'organization', strong: false };
  if (single && lex.firstNames.has(head)) return { type: 'person', strong: false };
  if (single && afterPlacePreposition(ctx, a)) return { type: 'location', strong: false };
  // English capitalises adjectives (`Olympic`, `Islamic`): an unknown one alone is no name.
  if (single && ctx.lang === 'en' && /(?:ic|ical|ian|ean|ese|ish)$/.test(head)) return undefined;
  // An unknown word after an article is a capitalised common noun (`du Sud`, `le Royaume`).
  if (single && afterDeterminer(ctx, a)) return undefined;
  if (single && head.length >= 3 && !lex.titles.has(head))
    return { type: 'organization', strong: false };
  return undefined;
}

/** The type given by a run's head word: first in French (`Office national …`), last in English (`… Tourist Office`). */
function headOfRun(ctx: Context, words: readonly string[]): EntityType | undefined {
  const { lex } = ctx;
  const two = words.length >= 2 ? `${words[0]} ${words[1]}` : '';
  const first = headType(ctx, two) ?? headType(ctx, words[0] ?? '');
  if (ctx.lang !== 'en' && first) return first;
  const lastWord = words[words.length - 1] ?? '';
  const last =
    headType(ctx, lastWord) ?? (lex.orgSuffixes.has(lastWord) ? 'organization' : undefined);
  if (last) return last;
  if (first) return first;
  if (words.some((w) => lex.orgHeads.has(w) || lex.orgSuffixes.has(w))) return 'organization';
  if (words.some((w) => lex.miscHeads.has(w))) return 'misc';
  return undefined;
}

const DETERMINERS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases("le|la|les|l'|du|des|au|aux|the"),
);
const PLACE_PREPOSITIONS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('à|a|at|in|near|from|vers|depuis'),
);

/** True when token `i` follows an article (`du Sud`, `l'Office`). */
function afterDeterminer(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return prev?.kind === 'word' && DETERMINERS.has(prev.f);
}

/** Words before `de` that make a place of what follows (`près de`, `au large de`, `au nord de`). */
const NEAR = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'pres|proche|loin|environs|large|nord|sud|est|ouest|abords|portes|centre|banlieue|region',
  ),
);

/** True when token `i` follows `à`, `at`, `in` (`à Zouérate`) or `près de` (`près de Tinzaouatine`). */
function afterPlacePreposition(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (prev?.kind !== 'word' || prev.cap) return false;
  if (PLACE_PREPOSITIONS.has(prev.f)) return true;
  return (prev.f === 'de' || prev.f === "d'") && NEAR.has(ctx.tokens[i - 2]?.f ?? '');
}

/** True when token `i` follows a person title (`M.`, `Mme`, `le ministre`, `président`, `Finance Minister`). */
function afterTitle(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  if (prev?.kind !== 'word') return false;
  if (ctx.lex.titles.has(prev.k)) return true;
  const prev2 = ctx.tokens[i - 2];
  return prev2?.kind === 'word' && ctx.lex.titles.has(keyOf(ctx, i - 2, i - 1));
}

/** A capitalised word at a sentence start that is probably just a capitalised common word. */
function weakStart(ctx: Context, k: string, midCaps: ReadonlySet<string>): boolean {
  const { lex } = ctx;
  if (lex.stopCapitalised.has(k) || lex.titles.has(k)) return true;
  if (midCaps.has(k)) return false;
  return !(
    lex.organizations.has(k) ||
    lex.people.has(k) ||
    lex.firstNames.has(k) ||
    lex.orgHeads.has(k) ||
    lex.miscHeads.has(k) ||
    lex.locHeads.has(k) ||
    lex.particles.has(k) ||
    lex.events.has(k)
  );
}

/** True when the capitalised words right after token `i` include a first name (`Gessime Yassine`). */
function followedByFirstName(ctx: Context, i: number): boolean {
  if (ctx.lex.titles.has(ctx.tokens[i]?.k ?? '')) return false;
  for (let j = i + 1; j <= i + 3; j++) {
    const t = ctx.tokens[j];
    if (!isNameWord(t) || t.breakBefore) return false;
    if (ctx.lex.firstNames.has(t.k)) return true;
  }
  return false;
}

/** True when the run is quoted right after a misc head word (`Exercice « Acharq 25 »`). */
function quotedAfterMiscHead(ctx: Context, i: number): boolean {
  const q = ctx.tokens[i - 1];
  const h = ctx.tokens[i - 2];
  return (
    q !== undefined &&
    OPEN_QUOTES.has(q.text) &&
    h !== undefined &&
    h.kind === 'word' &&
    ctx.lex.miscHeads.has(h.k)
  );
}

/**
 * Whether a capitalised title word at `i` belongs to the name after it: a first
 * name that is also a title (`Cheikh Diba`), or a facility named after a person
 * (`le stade Prince Moulay Abdellah`, `Prince Moulay Abdellah Stadium`).
 */
function keepTitle(ctx: Context, i: number, length: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !isNameWord(ctx.tokens[i + length])) return false;
  if (length === 1 && ctx.lex.firstNames.has(t.k)) return true;
  const cue = cueBefore(ctx, i);
  if (cue === 'location' || cue === 'misc') return true;
  if (ctx.lang !== 'en') return false;
  const b = extendRun(ctx, i + length, false, false);
  const lastWord = ctx.tokens[b]?.k ?? '';
  return ctx.lex.locHeads.has(lastWord) || ctx.lex.orgHeads.has(lastWord);
}

/** `Maroc-Mauritanie`: a hyphenated token whose parts are two known places. */
function splitPlaces(ctx: Context, i: number): Candidate[] | undefined {
  const t = ctx.tokens[i];
  if (!t?.text.includes('-')) return undefined;
  const cut = t.text.indexOf('-');
  const left = t.text.slice(0, cut);
  const right = t.text.slice(cut + 1);
  if (right.includes('-')) return undefined;
  const a = ctx.lex.places.get(fold(left));
  const b = ctx.lex.places.get(fold(right));
  if (a === undefined || b === undefined || ctx.lex.places.has(t.k)) return undefined;
  const mk = (start: number, end: number, country: string): Candidate => {
    const c: Candidate = { type: 'location', start, end, priority: 2 };
    if (country) c.value = { country };
    return c;
  };
  return [mk(t.start, t.start + cut, a), mk(t.start + cut + 1, t.end, b)];
}

/** Proposes name entities. */
export function recogniseNames(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, lex } = ctx;
  const strictMarks = ctx.titleCase;
  const midCaps = midSentenceCaps(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isNameWord(t)) continue;
    // Titles stay outside names: `Prince Héritier Moulay El Hassan`, `Finance Minister Nadia Fettah`.
    const title = titleAt(ctx, i);
    if (title > 0 && !keepTitle(ctx, i, title)) {
      i += title - 1;
      continue;
    }
    if (lex.stopCapitalised.has(t.k) && !longestKnown(ctx, i)) continue;
    const split = splitPlaces(ctx, i);
    if (split) {
      out.push(...split);
      continue;
    }
    const a = i;
    const strict = strictMarks[a] === 1;
    const known = longestKnown(ctx, a);
    // A sentence-initial word is a name only with evidence: the lexicon, or the
    // same word capitalised mid-sentence elsewhere. A place spelt like a common
    // word (`Réunion du bureau`) is not evidence on its own.
    if (
      sentenceStart(ctx, i) &&
      (!known || (known.last === a && lex.commonWordPlaces.has(t.text))) &&
      !cueBefore(ctx, i) &&
      !quotedAfterMiscHead(ctx, i) &&
      !followedByFirstName(ctx, i) &&
      weakStart(ctx, t.k, midCaps)
    )
      continue;
    const personCue = afterTitle(ctx, a);
    const eventLike =
      (known?.cls.type === 'misc' && !known.cls.value) ||
      lex.miscHeads.has(t.k) ||
      quotedAfterMiscHead(ctx, a);
    let b = extendRun(ctx, a, strict, eventLike);
    let cls: Classified | undefined;
    const whole =
      strict && known && known.last < b ? classify(ctx, a, b, personCue, true) : undefined;
    if (whole?.strong) {
      cls = whole;
    } else if (known && (known.last >= b || strict)) {
      b = known.last;
      cls = known.cls;
    } else if (
      known &&
      known.cls.type === 'misc' &&
      known.cls.value &&
      !headOfRun(ctx, runWords(ctx, known.last + 1, b))
    ) {
      // A demonym adjective before other capitalised words: `Moroccan Foreign Minister`.
      b = known.last;
      cls = known.cls;
    } else {
      cls = quotedAfterMiscHead(ctx, a)
        ? { type: 'misc', strong: true }
        : classify(ctx, a, b, personCue, strict);
    }
    i = b;
    if (!cls) continue;
    if (strict && !cls.strong) continue;
    // A capitalised run right before a title is a function name (`Tourism Minister`, `Prime Minister`).
    if (!cls.strong && titleAt(ctx, b + 1) > 0 && !personCue) continue;
    const first = tokens[a];
    let last = tokens[b];
    // An event takes its year: `Coupe du monde 2026`, `CAN 2025`.
    const after = tokens[b + 1];
    if (
      cls.type === 'misc' &&
      !cls.value &&
      after?.kind === 'number' &&
      YEAR.test(after.text) &&
      !after.breakBefore
    ) {
      last = after;
      i = b + 1;
    }
    if (!first || !last) continue;
    const c: Candidate = {
      type: cls.type,
      start: first.start,
      end: last.end,
      priority: cls.strong ? 2 : 1,
    };
    // English: a year before an event names its edition (`the 2022 World Cup`).
    const before = tokens[a - 1];
    if (
      cls.type === 'misc' &&
      !cls.value &&
      before?.kind === 'number' &&
      YEAR.test(before.text) &&
      !first.breakBefore
    )
      c.start = before.start;
    if (cls.value) c.value = cls.value;
    out.push(c);
  }
  return out;
}

function runWords(ctx: Context, a: number, b: number): string[] {
  const words: string[] = [];
  for (let k = a; k <= b; k++) {
    const t = ctx.tokens[k];
    if (t?.kind === 'word' && t.cap) words.push(t.k);
  }
  return words;
}
