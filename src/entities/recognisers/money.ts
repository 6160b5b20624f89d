/** Recogniser: amounts of money (`2,34 milliards d'euros`, `395,6 MMDH`, `$5 million`, `120 DH`). */
import { readAmount, skipOf, startsNumber } from '../amounts.js';
import type { Candidate, Context } from '../candidate.js';
import { DINARS } from '../country-hint.js';
import { key } from '../lexicon.js';
import { CURRENCY_ADJECTIVES, CURRENCY_WORDS, type CurrencyWord, DINAR } from '../units.js';

function currencyAt(ctx: Context, i: number): CurrencyWord | undefined {
  const t = ctx.tokens[i];
  if (!t) return undefined;
  return CURRENCY_WORDS[t.f];
}

let adjectives: Map<string, string> | undefined;

/** The code a country adjective gives a currency family (`دينار جزائري` → DZD), keys folded once. */
function adjectiveCode(family: string, adjective: string): string | undefined {
  if (!adjectives) {
    adjectives = new Map();
    for (const [k, v] of Object.entries(CURRENCY_ADJECTIVES)) {
      const [fam = '', adj = ''] = k.split(':');
      adjectives.set(`${fam}:${key(adj)}`, v);
    }
  }
  return adjectives.get(`${family}:${adjective}`);
}

function resolve(code: string, ctx: Context): string | undefined {
  if (code !== DINAR) return code;
  return ctx.countryHint ? DINARS[ctx.countryHint] : undefined;
}

/** Capital letters that multiply an amount next to a currency (`$100M`, `100 M$`, `2 Mds €`). */
const LETTER_MULTIPLIERS: Readonly<Record<string, number>> = {
  K: 1e3,
  M: 1e6,
  Md: 1e9,
  Mds: 1e9,
  Mrd: 1e9,
  Mrds: 1e9,
  B: 1e9,
  Bn: 1e9,
};

/** Proposes money entities. */
export function recogniseMoney(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsNumber(ctx, i)) continue;
    // Symbol before the number: `$5 million`, `€ 3`, `US$ 2`.
    const before = tokens[i - 1];
    const prefix = before ? currencyAt(ctx, i - 1) : undefined;
    const amount = readAmount(ctx, i);
    if (!amount) continue;
    // `$100M`, `100 M$`, `2,5 Mds €`: a capital letter for the multiplier, glued or spaced.
    const letter = amount.multiplied ? undefined : tokens[amount.last + 1];
    const times = letter?.kind === 'word' ? LETTER_MULTIPLIERS[letter.text] : undefined;
    // `$5 million`, `MAD 112 billion`, `DZD 2.5 trillion`: a symbol or an ISO code in front.
    if (prefix && before && (before.kind === 'punct' || /^[A-Z]{3}$/.test(before.text))) {
      const code = resolve(prefix.code, ctx);
      const last = times ? amount.last + 1 : amount.last;
      out.push(money(ctx, before.start, last, amount.value * (times ?? 1), code));
      i = last;
      continue;
    }
    const afterLetter = times ? amount.last + 1 : amount.last;
    const j = skipOf(ctx, afterLetter);
    const cur = currencyAt(ctx, j) ?? currencyAt(ctx, afterLetter + 1);
    if (!cur) continue;
    let at = currencyAt(ctx, j) ? j : afterLetter + 1;
    // `دينار جزائري`, `ريال قطري`: the country adjective is inside the span and settles the code.
    const adjective = tokens[at + 1];
    const settled =
      adjective?.ar && !tokens[at]?.cap ? adjectiveCode(cur.code, adjective.k) : undefined;
    if (settled) at++;
    const code = settled ?? resolve(cur.code, ctx);
    const value = amount.value * (cur.times ?? 1) * (times ?? 1);
    out.push(money(ctx, tokens[amount.first]?.start ?? 0, at, value, code));
    i = at;
  }
  return out;
}

function money(
  ctx: Context,
  start: number,
  lastToken: number,
  amount: number,
  code: string | undefined,
): Candidate {
  const end = ctx.tokens[lastToken]?.end ?? start;
  return {
    type: 'money',
    start,
    end,
    value: code ? { amount: round(amount), currency: code } : { amount: round(amount) },
    priority: 3,
  };
}

/** Removes binary noise from `2.34 * 1e9`-style products. */
export function round(x: number): number {
  if (Number.isSafeInteger(x)) return x; // nothing to remove, and no string to build
  return Number.parseFloat(x.toPrecision(12));
}
