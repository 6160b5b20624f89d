/**
 * Recogniser: counted things and measures written with digits (`1 100
 * entrepôts`, `380 centres`, `10,5 millions de voyageurs`, `155 km`).
 * The span ends at the head noun; the unit is its singular.
 */

import { MONTHS } from '../../dates/names.js';
import { phrases } from '../../util/tables.js';
import { readAmount, skipOf, startsNumber } from '../amounts.js';
import type { Candidate, Context } from '../candidate.js';
import { CURRENCY_WORDS, UNIT_SYMBOLS } from '../units.js';
import { round } from './money.js';

/** Adjectives that may stand between the number and its noun (`3 nouvelles unités`). */
const ADJECTIVES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'nouveaux|nouvelles|nouveau|nouvelle|autres|premiers|premières|derniers|dernières|grands|grandes|petits|' +
      'petites|new|other|more',
  ),
);

/** Words after a number that are not a counted noun. */
const NOT_NOUNS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'et|ou|à|a|au|aux|en|de|des|du|le|la|les|un|une|pour|par|sur|dans|contre|avec|sans|selon|entre|vers|que|' +
      'qui|ans|an|mois|jours|jour|heures|heure|minutes|minute|secondes|semaines|semaine|années|année|fois|and|' +
      'or|to|in|of|on|the|for|with|years|year|days|day|months|month|hours|weeks|times|h|e|er|ère|è|ème|eme|st|' +
      'nd|rd|th|is|are|was|ont|est|sont|il|elle|ils|elles|ce|cette|se|ne|plus|moins|environ|près|fin|début|' +
      'lors|hors|dont|dès|après|avant|depuis|pendant|durant|chez|sous|malgré|parmi|via|soit|by|from|at|' +
      'as|per|than|up|down|over|under|between|after|before|since|until|during|against|including',
  ),
);

/** Nouns that end in -s or -x in the singular too (`pays`, `voix`, `prix`). */
const INVARIANT = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'pays|voix|prix|mois|bras|corps|cas|choix|croix|poids|taux|virus|bus|campus|colis|fils|avis|puits|' +
      'souris|tapis|palais|relais|concours|discours|parcours|secours|recours|cours|temps|process|news|series|' +
      'species',
  ),
);

/** Words after which a four-digit number is a year, not a count (`for 2025 allocates`, `en 2021 une amende`). */
const YEAR_BEFORE = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'en|in|for|de|du|depuis|since|des|dès|avant|après|before|after|by|until|of|fin|début|end|early|late|mid|' +
      "to|et|and|au|à|l'an|année|an|year|été|hiver|printemps|automne|summer|winter|spring|autumn",
  ),
);

/** First words of two-word English units (`50 basis points`, `52 cubic meters`). */
const COMPOUND_FIRST = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('basis|cubic|square|metric|light'),
);
/** Words after `/` in a compound unit (`km/h`, `m3/s`). */
const PER_UNITS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('h|s|an|j|jour|mois|hab|habitant|year|day|ha|kg|t'),
);

function singular(word: string, lang: string): string {
  if (INVARIANT.has(word)) return word;
  if (lang === 'en') {
    if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
    if (/(?:ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  }
  if (word.length > 3 && /(?:eaux|aux)$/.test(word))
    return word.endsWith('eaux') ? word.slice(0, -1) : `${word.slice(0, -3)}al`;
  if (word.length > 2 && (word.endsWith('s') || word.endsWith('x')) && !word.endsWith('ss'))
    return word.slice(0, -1);
  return word;
}

/** English nouns whose plural is irregular or unmarked (`5 aircraft`, `50 people`); verbs in -ed/-ing are not. */
function englishInvariant(ctx: Context, w: string): boolean {
  return ctx.lang === 'en' && !w.endsWith('ed') && !w.endsWith('ing') && w.length > 2;
}

/** A plural noun (or one that does not change): what a count of 2 or more takes. */
function plural(w: string): boolean {
  return w.endsWith('s') || w.endsWith('x') || w.endsWith('z') || INVARIANT.has(w);
}

function quantity(
  ctx: Context,
  first: number,
  last: number,
  value: number,
  unit: string,
): Candidate {
  return {
    type: 'quantity',
    start: ctx.tokens[first]?.start ?? 0,
    end: ctx.tokens[last]?.end ?? 0,
    value: { value: round(value), unit },
    priority: 2,
  };
}

/** A unit symbol after the number (`155 km`, `62MW`, `85 km/h`, `-7 °C`); the index of its last token. */
function symbolAt(ctx: Context, j: number): { last: number; unit: string } | undefined {
  const { tokens } = ctx;
  const t = tokens[j];
  if (!t) return undefined;
  if (
    (t.text === '°' || t.text === 'º') &&
    tokens[j + 1]?.kind === 'word' &&
    !tokens[j + 1]?.spaceBefore
  ) {
    const scale = tokens[j + 1]?.text ?? '';
    if (scale === 'C' || scale === 'F') return { last: j + 1, unit: `°${scale}` };
  }
  if (t.kind !== 'word' || !UNIT_SYMBOLS.has(t.f)) return undefined;
  const slash = tokens[j + 1];
  const per = tokens[j + 2];
  if (
    slash?.text === '/' &&
    !slash.spaceBefore &&
    per?.kind === 'word' &&
    !per.spaceBefore &&
    PER_UNITS.has(per.f)
  )
    return { last: j + 2, unit: `${t.text}/${per.text}` };
  return { last: j, unit: t.text };
}

/** Proposes quantity entities. */
export function recogniseQuantity(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsNumber(ctx, i)) continue;
    const amount = readAmount(ctx, i);
    if (!amount) continue;
    const after = tokens[amount.last + 1];
    const before = tokens[amount.first - 1];
    if (
      before &&
      CURRENCY_WORDS[before.f] &&
      (before.kind === 'punct' || !before.cap || before.text.length === 3)
    )
      continue; // `$45 million`, `MAD 112 billion`: money
    if (!after) continue;
    const yearContext =
      amount.yearLike && (before === undefined || YEAR_BEFORE.has(before.f) || before.cap);
    const sym = symbolAt(ctx, amount.last + 1);
    if (sym && !yearContext) {
      out.push(quantity(ctx, amount.first, sym.last, amount.value, sym.unit));
      i = sym.last;
      continue;
    }
    if (!after.spaceBefore) continue; // `40e`, `20h00`: ordinals and times, not counts
    let j = amount.multiplied ? skipOf(ctx, amount.last) : amount.last + 1;
    let noun = tokens[j];
    // `3 nouvelles unités`, `30,000 Moroccan fans`: an adjective between the number and its noun.
    if (
      noun?.kind === 'word' &&
      (ADJECTIVES.has(noun.f) || (noun.cap && ctx.lex.demonyms.has(noun.k)))
    ) {
      const after = tokens[j + 1];
      if (!noun.cap || (after?.kind === 'word' && !after.cap)) {
        j++;
        noun = tokens[j];
      }
    }
    if (noun?.kind !== 'word' || noun.ar || (noun.cap && ctx.titleCase[j] !== 1)) continue; // Arabic nouns: ar-quantity.ts
    const w = noun.f;
    if (NOT_NOUNS.has(w) || MONTHS.has(w) || CURRENCY_WORDS[w] || w.endsWith("'")) continue;
    if (yearContext) continue; // `en 2021 une amende`: a year
    if (amount.yearLike && !plural(w)) continue;
    // A count of two or more takes a plural noun: `14 évoluant` is no count.
    if (
      Math.abs(amount.written) >= 2 &&
      !amount.multiplied &&
      !plural(w) &&
      !englishInvariant(ctx, w)
    )
      continue;
    let unit = singular(noun.text.toLowerCase(), ctx.lang);
    const second = tokens[j + 1];
    if (COMPOUND_FIRST.has(w) && second?.kind === 'word' && !second.cap && plural(second.f)) {
      unit = `${noun.text.toLowerCase()} ${singular(second.text.toLowerCase(), ctx.lang)}`;
      j++;
    }
    out.push(quantity(ctx, amount.first, j, amount.value, unit));
    i = j;
  }
  return out;
}
