/**
 * Refiner: bare amounts whose unit is elided next to a parallel amount that
 * has one (guidelines: `passant de 822,4 millions à 2,6 milliards de
 * dirhams`, `dont 400 millions hors énergie`, `de 15,7 à 15,3%`, `12.000
 * postes en ville et 3.000 à la campagne`, `par 171 voix contre 56`). The bare
 * amount takes the type, currency or unit of its neighbour: the one after
 * `à`/`et`/`-` first, else the last money or quantity of the sentence when a
 * pairing word (`contre`, `dont`, `et`, `soit`…) stands before it. A bare total
 * without such a neighbour (`s'est établi à 1.041.000`) stays unannotated.
 * One pass over the tokens: linear.
 */

import { phrases } from '../../util/tables.js';
import { readAmount, startsNumber } from '../amounts.js';
import type { Candidate, Context } from '../candidate.js';
import { readNumber } from '../numbers.js';
import { round } from '../recognisers/money.js';

/** Words between two members of a pair: `de X à Y`, `X et Y`, `X-Y`. */
const TO = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('à|a|et|ou|au|to|and|or|-|–'));
/** Words before the second member of a pair: `contre 56`, `dont 14`, `et 3.000`. */
const PAIRING = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'contre|dont|soit|et|ou|à|a|versus|vs|against|including|to|and|' +
      // Arabic (folded): `مقابل 41.7 مليارا`; a bare `و40` pairs only through TO (`40 و42 سفينة`)
      'مقابل|منها',
  ),
);
/** Words that may follow a bare amount (it has no noun of its own). */
const AFTER_BARE = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    "à|a|au|aux|en|pour|dans|sur|hors|contre|par|selon|et|ou|qui|que|dont|l'|la|le|les|un|une|lors|avant|" +
      'apres|seulement|to|in|for|of|from|and|or|the|last|this|during|while|only',
  ),
);
const SENTENCE_END = new Set(['.', '!', '?']);
const VALUE_TYPES = new Set(['money', 'quantity', 'percent']);

function bareAfter(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.breakBefore) return true;
  if (t.kind === 'punct') return t.text !== '%' && t.text !== '°' && t.text !== '٪';
  if (t.kind !== 'word') return false;
  return (
    t.cap || AFTER_BARE.has(t.f) || AFTER_BARE.has(t.text.toLowerCase()) || t.f.endsWith('ant')
  );
}

/** The multiplier a value candidate applies to its written number (`milliards`, `MMDH`). */
function multiplierOf(ctx: Context, c: Candidate, tokenIndex: number): number {
  const written = readNumber(ctx.tokens, tokenIndex, ctx.text, ctx.lang)?.value;
  const v = c.value as { amount?: number; value?: number } | undefined;
  const value = v?.amount ?? v?.value;
  if (!written || value === undefined) return 1;
  const ratio = value / written;
  return ratio >= 1000 ? round(ratio) : 1;
}

function derive(
  ctx: Context,
  from: Candidate,
  fromIndex: number,
  start: number,
  end: number,
  value: number,
  written: number,
  inherit: boolean,
): Candidate | undefined {
  const times = inherit ? multiplierOf(ctx, from, fromIndex) : 1;
  const v = from.value as { currency?: string; unit?: string } | undefined;
  if (from.type === 'percent')
    return { type: 'percent', start, end, value: { value: written }, priority: 1 };
  if (from.type === 'money') {
    const amount = round(value * times);
    return {
      type: 'money',
      start,
      end,
      value: v?.currency ? { amount, currency: v.currency } : { amount },
      priority: 1,
    };
  }
  if (from.type === 'quantity' && v?.unit)
    return {
      type: 'quantity',
      start,
      end,
      value: { value: round(value * times), unit: v.unit },
      priority: 1,
    };
  return undefined;
}

function isTo(t: { text: string; f: string } | undefined): boolean {
  if (!t) return false;
  return t.text === 'à' || t.text === '-' || t.text === '–' || (t.f !== 'a' && TO.has(t.f));
}

function isPairing(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return false;
  if (t.f === 'a') return t.text === 'à';
  if (PAIRING.has(t.f)) return true;
  // `, de 80.000`, `et de 80.000`
  const before = ctx.tokens[i - 1];
  return (
    (t.f === 'de' || t.f === "d'") &&
    (before?.text === ',' || before?.f === 'et' || before?.f === 'ou')
  );
}

/** Index of the token starting at `start` (tokens are in text order): a binary search, no per-token table. */
function tokenAt(tokens: Context['tokens'], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = tokens[mid]?.start ?? 0;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Adds the bare members of pairs to `candidates` (before overlaps are settled). */
export function elided(ctx: Context, candidates: Candidate[]): Candidate[] {
  const { tokens, text } = ctx;
  const covered = new Uint8Array(text.length + 1);
  const byStart = new Map<number, Candidate>();
  const ends: Candidate[] = [];
  for (const c of candidates) {
    if (c.type === 'date' || VALUE_TYPES.has(c.type)) covered.fill(1, c.start, c.end);
    if (!VALUE_TYPES.has(c.type)) continue;
    const prev = byStart.get(c.start);
    if (!prev || c.end - c.start > prev.end - prev.start) byStart.set(c.start, c);
    if (c.type !== 'percent') ends.push(c);
  }
  if (byStart.size === 0) return candidates;
  ends.sort((a, b) => a.end - b.end);
  const added: Candidate[] = [];
  let previous: Candidate | undefined;
  let sentenceStart = 0;
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.breakBefore) sentenceStart = t.start;
    while (e < ends.length && (ends[e]?.end ?? 0) <= t.start) {
      previous = ends[e];
      e++;
    }
    if (SENTENCE_END.has(t.text) && (tokens[i + 1]?.spaceBefore ?? true)) {
      sentenceStart = t.end;
      continue;
    }
    if (!startsNumber(ctx, i) || covered[t.start]) continue;
    const amount = readAmount(ctx, i);
    if (!amount || amount.yearLike) continue;
    const next = tokens[amount.last + 1];
    if (next && !next.spaceBefore && next.kind === 'word') continue; // `20h`, `23e`
    // Arabic: a bare amount with its multiplier after `مقابل`/`منها` (`مقابل 41.7 مليارا في …`), whatever follows; Arabic ranges (`40 إلى 42 سفينة`) are one span in the guideline, not a pair.
    const arabicCue =
      amount.multiplied &&
      tokens[amount.first - 1]?.ar === true &&
      isPairing(ctx, amount.first - 1);
    if (!arabicCue && !bareAfter(ctx, amount.last + 1)) continue;
    const start = tokens[amount.first]?.start ?? t.start;
    const end = tokens[amount.last]?.end ?? t.end;
    let made: Candidate | undefined;
    const k = amount.last + 2;
    const target = isTo(next) ? byStart.get(tokens[k]?.start ?? -1) : undefined;
    if (target) {
      made = derive(ctx, target, k, start, end, amount.value, amount.written, !amount.multiplied);
    } else {
      const cued = isPairing(ctx, amount.first - 1);
      const prev = previous && previous.start >= sentenceStart ? previous : undefined;
      if ((cued || amount.multiplied) && prev) {
        made = derive(
          ctx,
          prev,
          tokenAt(tokens, prev.start),
          start,
          end,
          amount.value,
          amount.written,
          false,
        );
      } else if (amount.multiplied) {
        for (let j = amount.last + 1; j <= amount.last + 6; j++) {
          const u = tokens[j];
          if (!u || SENTENCE_END.has(u.text)) break;
          const after = byStart.get(u.start);
          if (after && after.type !== 'percent') {
            made = derive(ctx, after, j, start, end, amount.value, amount.written, false);
            break;
          }
        }
      }
    }
    if (made) added.push(made);
    i = amount.last;
  }
  return added.length === 0 ? candidates : [...candidates, ...added];
}
