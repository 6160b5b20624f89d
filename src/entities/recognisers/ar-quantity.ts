/**
 * Recogniser: counted things written with digits in Arabic (`26 برلمانيا`,
 * `12 ألف و350 مسافرا`, `50 نقطة أساس`, `200 ميغاواط`). The span ends at the
 * head noun; the unit is its singular (the accusative alif dropped, a few
 * broken plurals mapped). Durations, times, ordinals and labels are left out.
 */

import { readAmount, startsNumber } from '../amounts.js';
import { type ArLexicon, arLexicon, nisbaOf } from '../arabic/lexicon.js';
import type { Candidate, Context } from '../candidate.js';
import type { Token } from '../tokens.js';
import { CURRENCY_WORDS, MULTIPLIERS } from '../units.js';
import { round } from './money.js';

/** The noun as written without harakat and tatweel. */
function bare(t: Token): string {
  let out = '';
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670) continue;
    out += t.text[i];
  }
  return out;
}

/** The singular unit of counted noun `t`. */
function unitOf(lex: ArLexicon, t: Token): string {
  const mapped = lex.pluralUnits.get(t.k);
  if (mapped) return mapped;
  const w = bare(t);
  // `برلمانيا` → `برلماني`, `مسافرا` → `مسافر`: the accusative (tanwin) alif is not part of the noun.
  if (w.length >= 3 && w.endsWith('ا') && !w.endsWith('اا')) return w.slice(0, -1);
  return w;
}

/** Proposes Arabic quantities. */
export function recogniseArabicQuantity(ctx: Context): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  if (!tokens.some((t) => t.ar)) return out;
  let lex: ArLexicon | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsNumber(ctx, i)) continue;
    const amount = readAmount(ctx, i);
    if (!amount) continue;
    const noun = tokens[amount.last + 1];
    if (noun?.kind !== 'word' || !noun.ar || !noun.spaceBefore || noun.breakBefore) continue;
    lex ??= arLexicon();
    const before = tokens[amount.first - 1];
    if (before?.kind === 'word' && (lex.numberLabels.has(before.k) || before.k.endsWith('ال')))
      continue;
    if (
      before &&
      (before.text === '%' || before.text === '٪') &&
      !tokens[amount.first]?.spaceBefore
    )
      continue; // `٪1.5`
    if (amount.yearLike && amount.value >= 1900 && amount.value <= 2100) continue;
    const k = noun.k;
    if (
      lex.notUnits.has(k) ||
      lex.stop.has(k) ||
      CURRENCY_WORDS[noun.f] ||
      MULTIPLIERS[noun.f] !== undefined ||
      k.startsWith('ال') ||
      k.length < 2
    )
      continue;
    // `12 ألف و350 مغربيا`: a singular nisba is the counted noun; a plural noun with ال is not.
    let last = amount.last + 1;
    let unit = unitOf(lex, noun);
    const second = tokens[last + 1];
    if (second?.kind === 'word' && lex.unitSecond.has(second.k) && !nisbaOf(lex, second.k)) {
      unit = `${unit} ${unitOf(lex, second)}`;
      last++;
    }
    out.push({
      type: 'quantity',
      start: tokens[amount.first]?.start ?? 0,
      end: tokens[last]?.end ?? 0,
      value: { value: round(amount.value), unit },
      priority: 2,
    });
    i = last;
  }
  return out;
}
