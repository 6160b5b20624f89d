/**
 * Recogniser: counted things and measures written with digits (`1 100
 * entrepôts`, `380 centres`, `10,5 millions de voyageurs`, `155 km`).
 * The span ends at the head noun; the unit is its singular.
 */

import { MONTHS } from '../../dates/names.js';
import { fold } from '../../text/fold.js';
import { readAmount, skipOf, startsNumber } from '../amounts.js';
import type { Candidate, Context } from '../candidate.js';
import { CURRENCY_WORDS, UNIT_SYMBOLS } from '../units.js';
import { round } from './money.js';

/** Adjectives that may stand between the number and its noun (`3 nouvelles unités`). */
const ADJECTIVES = new Set([
  'nouveaux',
  'nouvelles',
  'nouveau',
  'nouvelle',
  'autres',
  'premiers',
  'premières',
  'derniers',
  'dernières',
  'grands',
  'grandes',
  'petits',
  'petites',
  'new',
  'other',
  'more',
]);

/** Words after a number that are not a counted noun. */
const NOT_NOUNS = new Set([
  'et',
  'ou',
  'à',
  'a',
  'au',
  'aux',
  'en',
  'de',
  'des',
  'du',
  'le',
  'la',
  'les',
  'un',
  'une',
  'pour',
  'par',
  'sur',
  'dans',
  'contre',
  'avec',
  'sans',
  'selon',
  'entre',
  'vers',
  'que',
  'qui',
  'ans',
  'an',
  'mois',
  'jours',
  'jour',
  'heures',
  'heure',
  'minutes',
  'minute',
  'secondes',
  'semaines',
  'semaine',
  'années',
  'année',
  'fois',
  'and',
  'or',
  'to',
  'in',
  'of',
  'on',
  'the',
  'for',
  'with',
  'years',
  'year',
  'days',
  'day',
  'months',
  'month',
  'hours',
  'weeks',
  'times',
  'h',
  'e',
  'er',
  'ère',
  'è',
  'ème',
  'eme',
  'st',
  'nd',
  'rd',
  'th',
  'is',
  'are',
  'was',
  'ont',
  'est',
  'sont',
  'il',
  'elle',
  'ils',
  'elles',
  'on',
  'ce',
  'cette',
  'se',
  'ne',
  'plus',
  'moins',
  'environ',
  'près',
  'fin',
  'début',
]);

function singular(word: string): string {
  if (word.length > 3 && /(?:eaux|aux)$/.test(word))
    return word.endsWith('eaux') ? word.slice(0, -1) : `${word.slice(0, -3)}al`;
  if (word.length > 2 && (word.endsWith('s') || word.endsWith('x')) && !word.endsWith('ss'))
    return word.slice(0, -1);
  return word;
}

/** Proposes quantity entities. */
export function recogniseQuantity(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsNumber(ctx, i)) continue;
    const amount = readAmount(ctx, i);
    if (!amount) continue;
    const first = tokens[amount.first];
    const after = tokens[amount.last + 1];
    const before = tokens[amount.first - 1];
    if (before?.kind === 'punct' && CURRENCY_WORDS[before.text]) continue; // `$45 million`: money
    if (!first || !after) continue;
    // A unit symbol glued or spaced: `155 km`, `62MW`.
    const sym = fold(after.text);
    if (after.kind === 'word' && UNIT_SYMBOLS.has(sym) && !amount.yearLike) {
      out.push({
        type: 'quantity',
        start: first.start,
        end: after.end,
        value: { value: round(amount.value), unit: after.text },
        priority: 2,
      });
      i = amount.last + 1;
      continue;
    }
    if (!after.spaceBefore) continue; // `40e`, `20h00`: ordinals and times, not counts
    let j = amount.multiplied ? skipOf(ctx, amount.last) : amount.last + 1;
    let noun = tokens[j];
    if (noun?.kind === 'word' && ADJECTIVES.has(fold(noun.text))) {
      j++;
      noun = tokens[j];
    }
    if (noun?.kind !== 'word' || noun.cap) continue;
    const w = fold(noun.text);
    if (NOT_NOUNS.has(w) || MONTHS.has(w) || CURRENCY_WORDS[w] || w.endsWith("'")) continue;
    if (amount.yearLike && !w.endsWith('s')) continue; // `en 2021 une amende`: a year
    out.push({
      type: 'quantity',
      start: first.start,
      end: noun.end,
      value: { value: round(amount.value), unit: singular(noun.text.toLowerCase()) },
      priority: 2,
    });
    i = j;
  }
  return out;
}
