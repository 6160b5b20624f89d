/**
 * Word-level helpers shared by the name recognisers: which tokens can be part
 * of a name, sentence starts, titles before names, lexicon look-ups over token
 * runs, and the lower-case cue nouns around a name (`le stade X`, `the X basin`).
 */
import { DAYS, MONTHS } from '../dates/names.js';
import type { EntityType, LocationValue, MiscValue } from '../types.js';
import { phrases } from '../util/tables.js';
import type { Context } from './candidate.js';
import { sameCase } from './lexicon.js';
import type { Token } from './tokens.js';

/** What the lexicon or a cue says a run is. */
export interface Classified {
  type: EntityType;
  value?: LocationValue | MiscValue;
  /** Evidence from the lexicon, a cue or head words, as opposed to a shape guess. */
  strong: boolean;
}

/** Lower-case words that may join capitalised words inside one name. */
export const CONNECTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    "de|d'|du|des|la|l'|el|al|ben|bin|ibn|ould|ait|bou|van|von|der|den|da|di|del|dos|of|the|for|and|et|" +
      'pour|sur|le|les',
  ),
);

/** Connectors that may only join inside an organisation or event name (`Agence … de Développement et des Exportations`). */
export const LONG_NAME_CONNECTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('et|and|pour|for|sur|the|le|les'),
);

export const ARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases("la|le|les|l'|the"),
);

const SENTENCE_PUNCT = new Set([
  '.',
  '!',
  '?',
  ':',
  '«',
  '"',
  '“',
  '(',
  '—',
  '–',
  '…',
  ';',
  '|',
  '/',
  '[',
]);

export const OPEN_QUOTES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('«|"|“|‹|„'),
);
export const CLOSE_QUOTES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('»|"|”|›|“'),
);

const UPPER_START = /^\p{Lu}/u;

/** A capitalised word that is not a month or a weekday. */
export function isNameWord(t: Token | undefined): t is Token {
  if (t?.kind !== 'word') return false;
  if (!t.cap) return PARTICLE_NAME.test(t.text);
  return !MONTHS.has(t.f) && !DAYS.has(t.f);
}

/** A lower-case Arabic particle glued to a capitalised name: `el-Menfi`, `al-Sissi`, `ben-Gharbia`. */
const PARTICLE_NAME = /^(?:el|al|ad|ar|as|ash|at|az|ibn|ben|bin|abu|abou|ould|ag)[-‐]\p{Lu}/u;

/** True at the start of the text, after a line break or after sentence punctuation. */
export function sentenceStart(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || i === 0 || t.breakBefore) return true;
  const prev = ctx.tokens[i - 1];
  return prev !== undefined && prev.kind === 'punct' && SENTENCE_PUNCT.has(prev.text);
}

/** The lexicon key of tokens `[a, b]`, as {@link key} would fold their text. */
export function keyOf(ctx: Context, a: number, b: number): string {
  let out = '';
  for (let k = a; k <= b; k++) {
    const t = ctx.tokens[k];
    if (!t) break;
    if (k > a && t.spaceBefore) out += ' ';
    out += t.k;
  }
  return out;
}

/** Number of tokens of a person title starting at `i` (`M.`, `le ministre`, `Prince Héritier`), 0 when none. */
export function titleAt(ctx: Context, i: number): number {
  const { titles, titleStarts } = ctx.lex;
  if (!titleStarts.has(ctx.tokens[i]?.k ?? '')) return 0;
  for (let n = 3; n >= 1; n--) {
    const last = ctx.tokens[i + n - 1];
    if (!last || last.kind === 'punct') continue;
    if (titles.has(keyOf(ctx, i, i + n - 1))) return n;
  }
  return 0;
}

/** What the lexicon says tokens `[a, b]` are, written as they are. */
export function lookupRun(ctx: Context, a: number, b: number): Classified | undefined {
  const first = ctx.tokens[a];
  const last = ctx.tokens[b];
  if (!first || !last || !UPPER_START.test(first.text)) return undefined;
  const { lex } = ctx;
  const k = keyOf(ctx, a, b);
  const surface = ctx.text.slice(first.start, last.end);
  const place = lex.places.get(k);
  if (place !== undefined && (!lex.capsPlaces.has(k) || !/\p{Ll}/u.test(surface))) {
    return place
      ? { type: 'location', value: { country: place }, strong: true }
      : { type: 'location', strong: true };
  }
  const known = (forms: ReadonlyMap<string, readonly string[]>): boolean =>
    forms.get(k)?.some((form) => sameCase(surface, form)) ?? false;
  if (known(lex.organizations)) return { type: 'organization', strong: true };
  if (known(lex.events)) return { type: 'misc', strong: true };
  const demonym = lex.demonyms.get(k);
  if (demonym !== undefined) {
    return demonym
      ? { type: 'misc', value: { country: demonym }, strong: true }
      : { type: 'misc', strong: true };
  }
  if (known(lex.people)) return { type: 'person', strong: true };
  return undefined;
}

/** Longest run from `i` (up to 7 tokens) the lexicon knows. */
export function longestKnown(
  ctx: Context,
  i: number,
  limit = ctx.tokens.length - 1,
): { last: number; cls: Classified } | undefined {
  const { tokens } = ctx;
  let best: { last: number; cls: Classified } | undefined;
  const { prefixes } = ctx.lex;
  for (let j = i; j <= Math.min(limit, i + 6); j++) {
    const t = tokens[j];
    if (
      !t ||
      (j > i && (t.breakBefore || (t.kind === 'punct' && t.text !== '-' && t.text !== "'")))
    )
      break;
    // No lexicon key goes on with what was read so far.
    if (j > i && !prefixes.has(keyOf(ctx, i, j - 1))) break;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const cls = lookupRun(ctx, i, j);
    if (cls) best = { last: j, cls };
  }
  return best;
}

/** Words that end a look-back for a cue noun (verbs and function words). */
const CUE_STOPS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'a|est|sont|ont|et|ou|le|la|les|un|une|des|que|qui|par|pour|avec|dans|sur|en|au|aux|à|is|was|are|and|or|' +
      'by|with|in|on|at|to|from|the|an',
  ),
);
const OF_WORDS = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases("de|d'|du|des|of"));

/**
 * The type a lower-case cue noun before token `a` gives a name (`le stade X`,
 * `province d'X`, `le groupe italien X`, `l'opération X`, `film « X »`).
 */
export function cueBefore(ctx: Context, a: number): EntityType | undefined {
  const { tokens } = ctx;
  const { cues } = ctx.lex;
  let j = a - 1;
  if (tokens[j] && OPEN_QUOTES.has(tokens[j]?.text ?? '')) j--;
  let viaOf = false;
  for (let n = 0; n < 4 && j >= 0; n++, j--) {
    const t = tokens[j];
    if (t?.kind !== 'word' || t.cap) return undefined;
    if (OF_WORDS.has(t.f)) {
      // `province d'X` (the name after `de`), or inside a compound head (`zone d'accélération industrielle X`).
      if (n === 0) viaOf = true;
      continue;
    }
    if (cues.locBefore.has(t.f)) return 'location';
    if (!viaOf && cues.orgBefore.has(t.f)) return 'organization';
    if (!viaOf && cues.miscBefore.has(t.f)) return 'misc';
    if (CUE_STOPS.has(t.f) || t.f.endsWith("'") || ctx.lex.titles.has(t.k)) return undefined;
  }
  return undefined;
}

/** The type a lower-case cue noun right after token `b` gives a name (`the Berkine basin`). */
export function cueAfter(ctx: Context, b: number): EntityType | undefined {
  const t = ctx.tokens[b + 1];
  if (t?.kind !== 'word' || t.cap || !t.spaceBefore) return undefined;
  const { cues } = ctx.lex;
  if (cues.locAfter.has(t.f)) return 'location';
  if (cues.orgAfter.has(t.f)) return 'organization';
  if (cues.miscAfter.has(t.f)) return 'misc';
  return undefined;
}

/** True when token `i` is a head word (or the first of a two-word head such as `Grand Stade`); returns its length. */
export function headAt(ctx: Context, i: number): number {
  const { lex } = ctx;
  const two = keyOf(ctx, i, i + 1);
  if (lex.orgHeads.has(two) || lex.locHeads.has(two) || lex.miscHeads.has(two)) return 2;
  const k = ctx.tokens[i]?.k ?? '';
  return lex.orgHeads.has(k) || lex.locHeads.has(k) || lex.miscHeads.has(k) ? 1 : 0;
}

/** The type of a head word (`Office` → organisation, `Stade` → location, `Festival` → misc). */
export function headType(ctx: Context, k: string): EntityType | undefined {
  const { lex } = ctx;
  if (lex.orgHeads.has(k)) return 'organization';
  if (lex.locHeads.has(k)) return 'location';
  if (lex.miscHeads.has(k)) return 'misc';
  return undefined;
}

/**
 * Whether `de Y` after a name is its owner or place rather than part of it
 * (rule 3 of the guidelines): `Energy Press Club de Sonatrach`,
 * `Stellantis de Kénitra`, but `Conseil de Bank Al-Maghrib`, `Central Bank of
 * Tunisia`, `Grand Stade de Tanger`.
 * @param complete the name so far holds a non-head word or is known
 * @param capWords capitalised words of the name so far
 * @param k index of Y's first token
 * @param lastKey key of the name's last word
 */
export function ownerSplit(
  ctx: Context,
  complete: boolean,
  capWords: number,
  k: number,
  lastKey: string,
): boolean {
  const known = longestKnown(ctx, k);
  if (known?.cls.type === 'organization') return complete || capWords >= 2;
  if (known?.cls.type === 'location') return complete && !headType(ctx, lastKey);
  return false;
}
