/**
 * Arabic proclitics: `و ف` then `ب ل ك` written before a word stay outside
 * entity spans, the article `ال` stays inside (`وبالرباط` → `الرباط`), and
 * `لل` keeps the article's `ل` (`للمغرب` → span `لمغرب`, key `المغرب`).
 */
import type { Token } from '../tokens.js';

/** A reading of a token without its proclitics: where the rest starts in the token's text, and its key. */
export interface Stem {
  /** Code units of the token's text before the rest. */
  skip: number;
  /** Lexicon key of the rest. */
  k: string;
}

/** Harakat, Quranic marks and tatweel written after a proclitic letter (`بـ`, `لِ`). */
function isMarkOrTatweel(c: number): boolean {
  return c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670;
}

const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';

/**
 * The readings of `t`: as written first, then without one or two proclitics,
 * shortest rest last. A rest shorter than two letters is not offered.
 */
export function stems(t: Token): readonly Stem[] {
  if (t.stems) return t.stems;
  // The readings depend on the written word only: shared by every token that writes it.
  let out = SHARED.get(t.text);
  if (!out) {
    out = readings(t);
    if (SHARED.size < 65536) SHARED.set(t.text, out);
  }
  t.stems = out;
  return out;
}

const SHARED = new Map<string, readonly Stem[]>();

/** {@link stems} computed. */
function readings(t: Token): Stem[] {
  const out: Stem[] = [{ skip: 0, k: t.k }];
  if (!t.ar || t.k.length < 3) return out;
  const raw = t.text;
  let pos = 0;
  let kIndex = 0;
  for (let step = 0; step < 2; step++) {
    const ch = raw[pos] ?? '';
    const allowed = step === 0 ? CONJUNCTIONS + PREPOSITIONS : PREPOSITIONS;
    if (!allowed.includes(ch) || t.k[kIndex] !== ch) break;
    pos++;
    while (pos < raw.length && isMarkOrTatweel(raw.charCodeAt(pos))) pos++;
    kIndex++;
    const rest = t.k.slice(kIndex);
    if (rest.length < 2) break;
    // `للمغرب`: the first ل is the preposition, the second the article's (its alif dropped).
    if (ch === 'ل' && rest[0] === 'ل') out.push({ skip: pos, k: `ا${rest}` });
    out.push({ skip: pos, k: rest });
    if (PREPOSITIONS.includes(ch)) break;
  }
  return out;
}

/** True when the token starts with a conjunction or preposition letter glued to a longer word. */
export function hasProclitic(t: Token): boolean {
  return stems(t).length > 1;
}
