/**
 * Recogniser: acronym definitions, `Long Name (ACR)`, `ACR (Long Name)` and the
 * apposition `l'Office national des pêches, l'ONP,`. The long form is the
 * stretch of words whose initials best match the acronym's letters, in any
 * order (`Socialist Forces Front (FFS)`, `Moroccan National Tourist Office
 * (ONMT)`); syllabic acronyms (`Sonelgaz`, `Masen`) are matched on all their
 * letters. Both members become entities of one type and the acronym carries
 * its expansion. Acronyms of common nouns and units (`PIB`, `CHU`, `MMDH`) are
 * neither entities nor links.
 */
import type { EntityType, LocationValue, MiscValue } from '../../types.js';
import { phrases } from '../../util/tables.js';
import type { Candidate, Context } from '../candidate.js';
import { headType, keyOf, lookupRun } from '../name-words.js';
import type { Token } from '../tokens.js';
import { CURRENCY_WORDS } from '../units.js';

/** Tokens looked back from `(` for the long form. */
const WINDOW = 16;
const FUNCTION_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    "de|d'|du|des|la|le|l'|les|et|pour|en|sur|à|a|au|aux|of|the|and|for|on|in",
  ),
);
const BOUNDARIES = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases(',|.|;|:|(|)|!|?|«|»|"|“|”'));
const ENUMERATION = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases("de|du|des|d'"));
const ARTICLE_BEFORE = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases("l'|la|le|les|the"));

/** An acronym: 2 to 10 characters, mostly capitals, starting with one. */
export function looksLikeAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 10 || !/^\p{Lu}/u.test(word)) return false;
  let upper = 0;
  for (const ch of word) if (/\p{Lu}/u.test(ch)) upper++;
  return upper >= 2 && upper * 3 >= word.length * 2;
}

/** A short form: an acronym, or a capitalised word the lexicon does not know (`Masen`, `Sonelgaz`). */
interface Short {
  token: Token;
  letters: string[];
  /** Written in capitals: letters are initials; else syllabic, any letter may match. */
  caps: boolean;
}

function shortAt(ctx: Context, i: number): Short | undefined {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word' || !t.cap || t.text.length > 10 || t.text.length < 2) return undefined;
  if (ctx.lex.commonAcronyms.has(t.f) || CURRENCY_WORDS[t.f]) return undefined;
  if (looksLikeAcronym(t.text)) {
    const letters = [...t.text.replace(/[^\p{Lu}]/gu, '').toLowerCase()];
    return { token: t, letters, caps: true };
  }
  const known = lookupRun(ctx, i, i)?.type;
  if (
    t.text.length < 3 ||
    known === 'location' ||
    known === 'person' ||
    ctx.lex.firstNames.has(t.k)
  )
    return undefined;
  return { token: t, letters: [...t.f.replace(/[^a-z]/g, '')], caps: false };
}

/** How well the initials of content words `[s, e]` spell the short form; -Infinity when they do not. */
function score(ctx: Context, s: number, e: number, short: Short): number {
  const letters = [...short.letters];
  let overlap = 0;
  let extra = 0;
  let firstMatched = false;
  for (let k = s; k <= e; k++) {
    const t = ctx.tokens[k];
    if (t?.kind !== 'word' || FUNCTION_WORDS.has(t.f)) continue;
    const initial = t.f[0] ?? '';
    const at = letters.indexOf(initial);
    if (at >= 0) {
      overlap++;
      letters.splice(at, 1);
      if (initial === short.letters[0]) firstMatched = true;
    } else extra++;
  }
  const missing = short.caps ? letters.length : 0;
  const needed = short.caps ? Math.min(2, short.letters.length) : 2;
  if (overlap < needed || (!short.caps && !firstMatched)) return Number.NEGATIVE_INFINITY;
  if (short.caps && overlap * 2 < short.letters.length) return Number.NEGATIVE_INFINITY;
  return 2 * overlap - extra - missing * 0.5;
}

/** Start of the best long form ending at token `e` (looking back), or -1. */
function longBefore(ctx: Context, e: number, short: Short): number {
  let best = -1;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let s = e; s >= Math.max(0, e - WINDOW); s--) {
    const t = ctx.tokens[s];
    // `Agence nationale de la conservation foncière, du cadastre et de la cartographie (ANCFCC)`
    const enumeration = t?.text === ',' && ENUMERATION.has(ctx.tokens[s + 1]?.f ?? '');
    if (!t || (t.kind === 'punct' && BOUNDARIES.has(t.text) && !enumeration)) break;
    if (t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.f)) {
      const sc = score(ctx, s, e, short);
      if (sc > bestScore) {
        best = s;
        bestScore = sc;
      }
    }
    if (t.breakBefore) break;
  }
  return best;
}

/** The type and value of a pair: the lexicon's word on either member, else the long form's head word. */
function typeOfPair(
  ctx: Context,
  s: number,
  e: number,
  shortIndex: number,
): { type: EntityType; value?: LocationValue | MiscValue } {
  const { lex } = ctx;
  const longKey = keyOf(ctx, s, e);
  const demonym = lex.demonyms.get(longKey) ?? lex.demonyms.get(ctx.tokens[shortIndex]?.k ?? '');
  if (demonym !== undefined)
    return demonym ? { type: 'misc', value: { country: demonym } } : { type: 'misc' };
  const known = lookupRun(ctx, shortIndex, shortIndex) ?? lookupRun(ctx, s, e);
  if (known && known.type !== 'person') {
    return known.value && known.type === 'location'
      ? { type: known.type, value: known.value }
      : { type: known.type };
  }
  const words: string[] = [];
  for (let k = s; k <= e; k++) {
    const t = ctx.tokens[k];
    if (t?.kind === 'word' && !FUNCTION_WORDS.has(t.f)) words.push(t.k);
  }
  const first = headType(ctx, words[0] ?? '');
  const last = headType(ctx, words[words.length - 1] ?? '');
  const type = (ctx.lang === 'en' ? (last ?? first) : (first ?? last)) ?? 'organization';
  return { type };
}

function pair(ctx: Context, s: number, e: number, shortIndex: number): Candidate[] {
  const first = ctx.tokens[s];
  const last = ctx.tokens[e];
  const short = ctx.tokens[shortIndex];
  if (!first || !last || !short) return [];
  const long = ctx.text.slice(first.start, last.end);
  const { type, value } = typeOfPair(ctx, s, e, shortIndex);
  const a: Candidate = { type, start: first.start, end: last.end, priority: 3 };
  const b: Candidate = { type, start: short.start, end: short.end, expansion: long, priority: 3 };
  if (value) {
    a.value = value;
    b.value = value;
  }
  return [a, b];
}

/** Proposes acronym pairs. */
export function recogniseAcronyms(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 1; i + 2 < tokens.length; i++) {
    const open = tokens[i];
    if (open?.text === '(' && tokens[i + 2]?.text === ')') {
      // Long Name (ACR)
      const short = shortAt(ctx, i + 1);
      const s = short ? longBefore(ctx, i - 1, short) : -1;
      if (short && s >= 0) {
        out.push(...pair(ctx, s, i - 1, i + 1));
        i += 2;
        continue;
      }
    }
    if (open?.text === '(') {
      // ACR (Long Name)
      const short = shortAt(ctx, i - 1);
      if (!short?.caps || !tokens[i + 1]?.cap) continue;
      let j = i + 1;
      while (
        j < tokens.length &&
        j - i < WINDOW &&
        tokens[j]?.text !== ')' &&
        !tokens[j]?.breakBefore
      )
        j++;
      if (tokens[j]?.text !== ')' || j - i <= 2) continue;
      if (score(ctx, i + 1, j - 1, short) < 2) continue;
      out.push(...pair(ctx, i + 1, j - 1, i - 1));
      i = j;
      continue;
    }
    // Apposition: `l'Office national des pêches, l'ONP,`
    if (open?.text === ',') {
      let k = i + 1;
      if (ARTICLE_BEFORE.has(tokens[k]?.f ?? '')) k++;
      const short = shortAt(ctx, k);
      const after = tokens[k + 1]?.text;
      if (!short?.caps || (after !== ',' && after !== ')' && after !== '.')) continue;
      const s = longBefore(ctx, i - 1, short);
      if (s < 0 || i - 1 - s < 1 || score(ctx, s, i - 1, short) < short.letters.length) continue;
      out.push(...pair(ctx, s, i - 1, k));
      i = k;
    }
  }
  return out;
}
