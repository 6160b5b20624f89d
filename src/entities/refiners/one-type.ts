/**
 * Refiner: one name, one type across a text. A bare surname after a full
 * name takes the person's type (`Tim Cook … Cook`, `وليد الركراكي … الركراكي`);
 * a two-word "person" whose first word is no given name and that stands after
 * a place preposition or starts with a place word is a place (`à San
 * Francisco`, `in Yerba Buena`); and the same name written again gets the
 * type most of its mentions have (the first one breaks a tie).
 */

import { phrases } from '../../util/tables.js';
import type { Candidate, Context } from '../candidate.js';
import { key } from '../lexicon.js';
import type { Known } from './propagate.js';

/** Words before a place (folded). */
const PLACE_PREPOSITIONS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('a|à|in|at|near|from|to|vers|pres|près'),
);
/** First words of place names (folded). */
const PLACE_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'san|santa|los|las|port|fort|mount|lake|new|saint|sainte|st|porto|puerto|rio',
  ),
);

const VALUE_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('money|percent|date|quantity'),
);

/** Retypes candidates in place and returns them. `names` holds names learnt from earlier pieces. */
export function oneType(ctx: Context, kept: Candidate[], names: Map<string, Known>): Candidate[] {
  const { lex, text, tokens } = ctx;
  // Surnames of full person names in this piece (propagate.ts learnt earlier pieces').
  if (kept.length === 0) return kept;
  // Names only: values (`3,5 %`, `12 mai`) are all different strings and need no key.
  const keys = kept.map((c) => (VALUE_TYPES.has(c.type) ? '' : key(text.slice(c.start, c.end))));
  const surnames = new Set<string>();
  for (let n = 0; n < kept.length; n++) {
    const k = keys[n] ?? '';
    const space = k.lastIndexOf(' ');
    if (kept[n]?.type === 'person' && space > 0) surnames.add(k.slice(space + 1));
  }
  for (const [k, known] of names) if (known.type === 'person') surnames.add(k);
  for (let n = 0; n < kept.length; n++) {
    const c = kept[n];
    const k = keys[n];
    if (!c || k === undefined) continue;
    if (c.type !== 'person' && !c.value && !c.expansion && !k.includes(' ') && surnames.has(k)) {
      if (!lex.places.has(k) && !lex.organizations.has(k)) c.type = 'person';
      continue;
    }
    if (c.type === 'person' && k.includes(' ')) {
      const first = k.split(' ')[0] ?? '';
      if (lex.firstNames.has(first) || lex.titles.has(first)) continue;
      const place = lex.places.get(k);
      if (place !== undefined) {
        c.type = 'location';
        if (place) c.value = { country: place };
        continue;
      }
      if (PLACE_WORDS.has(first)) {
        c.type = 'location';
        continue;
      }
      const prev = tokens[tokenStartingAt(tokens, c.start) - 1];
      if (prev?.kind === 'word' && PLACE_PREPOSITIONS.has(prev.f)) c.type = 'location';
    }
  }
  // The same name gets the type most of its mentions have.
  const groups = new Map<string, Candidate[]>();
  for (let n = 0; n < kept.length; n++) {
    const c = kept[n];
    const k = keys[n];
    if (!c || k === undefined) continue;
    if (VALUE_TYPES.has(c.type)) continue;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  for (const g of groups.values()) {
    if (g.length < 2 || g.every((c) => c.type === g[0]?.type)) continue;
    const votes = new Map<Candidate['type'], number>();
    for (const c of g) votes.set(c.type, (votes.get(c.type) ?? 0) + 1);
    let best = g[0]?.type ?? 'misc';
    for (const [t, n] of votes) if (n > (votes.get(best) ?? 0)) best = t;
    const model = g.find((c) => c.type === best);
    for (const c of g) {
      if (c.type === best) continue;
      c.type = best;
      if (model?.value) c.value = model.value;
      else delete c.value;
    }
  }
  return kept;
}

/** Index of the token that starts at `offset` (binary search; tokens are in text order), or -1. */
function tokenStartingAt(tokens: Context['tokens'], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens[mid]?.start ?? 0;
    if (start === offset) return mid;
    if (start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
