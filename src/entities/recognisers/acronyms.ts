/**
 * Recogniser: acronym definitions, `Long Name (ACR)` and `ACR (Long Name)`.
 * Both members become entities of one type (organisation unless the long form
 * reads as an event or a place) and the acronym carries its expansion.
 */
import { fold } from '../../text/fold.js';
import type { EntityType } from '../../types.js';
import type { Candidate, Context } from '../candidate.js';
import { key } from '../lexicon.js';
import { CURRENCY_WORDS } from '../units.js';

/** Tokens looked back from `(` for the long form. */
const WINDOW = 14;
const FUNCTION_WORDS = new Set([
  'de',
  "d'",
  'du',
  'des',
  'la',
  'le',
  "l'",
  'les',
  'et',
  'pour',
  'en',
  'sur',
  'à',
  'a',
  'au',
  'aux',
  'of',
  'the',
  'and',
  'for',
  'on',
  'in',
]);
const BOUNDARIES = new Set([',', '.', ';', ':', '(', ')', '!', '?', '«', '»', '"', '“', '”']);

/** An acronym: 2 to 10 characters, mostly capitals, starting with one. */
export function looksLikeAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 10 || !/^\p{Lu}/u.test(word)) return false;
  let upper = 0;
  for (const ch of word) if (/\p{Lu}/u.test(ch)) upper++;
  return upper >= 2 && upper * 3 >= word.length * 2;
}

function typeOfLongForm(ctx: Context, long: string): EntityType {
  const k = key(long);
  const headWord = k.split(' ')[0] ?? '';
  if (ctx.lex.events.has(k) || ctx.lex.miscHeads.has(headWord)) return 'misc';
  if (ctx.lex.locHeads.has(headWord)) return 'location';
  return 'organization';
}

/** Proposes acronym pairs. */
export function recogniseAcronyms(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = ctx;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]?.text !== '(') continue;
    const inner = tokens[i + 1];
    const close = tokens[i + 2];
    // Long Name (ACR)
    if (
      inner &&
      close?.text === ')' &&
      inner.kind === 'word' &&
      looksLikeAcronym(inner.text) &&
      !CURRENCY_WORDS[fold(inner.text)]
    ) {
      const acr = inner.text.replace(/[^\p{L}]/gu, '');
      let best = -1;
      let bestScore = Number.POSITIVE_INFINITY;
      let content = 0;
      for (let p = i - 1; p >= Math.max(0, i - WINDOW); p--) {
        const t = tokens[p];
        if (!t || (t.kind === 'punct' && BOUNDARIES.has(t.text))) break;
        if (t.kind === 'word' && !FUNCTION_WORDS.has(fold(t.text))) content++;
        if (t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(fold(t.text))) {
          const initial = fold(t.text)[0] === fold(acr)[0];
          const score = (initial ? 0 : 10) + Math.abs(content - acr.length);
          if (score <= bestScore) {
            best = p;
            bestScore = score;
          }
        }
        if (t.breakBefore) break;
      }
      const first = tokens[best];
      const last = tokens[i - 1];
      if (best >= 0 && first && last) {
        const long = text.slice(first.start, last.end);
        const type = typeOfLongForm(ctx, long);
        out.push({ type, start: first.start, end: last.end, priority: 3 });
        out.push({ type, start: inner.start, end: inner.end, expansion: long, priority: 3 });
      }
      i += 2;
      continue;
    }
    // ACR (Long Name)
    const before = tokens[i - 1];
    if (
      before?.kind === 'word' &&
      looksLikeAcronym(before.text) &&
      inner?.kind === 'word' &&
      inner.cap
    ) {
      let j = i + 1;
      while (
        j < tokens.length &&
        j - i < WINDOW &&
        tokens[j]?.text !== ')' &&
        !tokens[j]?.breakBefore
      )
        j++;
      const last = tokens[j - 1];
      if (
        tokens[j]?.text === ')' &&
        last &&
        fold(inner.text)[0] === fold(before.text)[0] &&
        j - i > 2
      ) {
        const long = text.slice(inner.start, last.end);
        const type = typeOfLongForm(ctx, long);
        out.push({ type, start: before.start, end: before.end, expansion: long, priority: 3 });
        out.push({ type, start: inner.start, end: last.end, priority: 3 });
        i = j;
      }
    }
  }
  return out;
}
