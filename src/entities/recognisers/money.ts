/** Recogniser: amounts of money (`2,34 milliards d'euros`, `395,6 MMDH`, `$5 million`, `120 DH`). */
import { fold } from '../../text/fold.js';
import { readAmount, skipOf, startsNumber } from '../amounts.js';
import type { Candidate, Context } from '../candidate.js';
import { CURRENCY_WORDS, type CurrencyWord, DINAR } from '../units.js';

function currencyAt(ctx: Context, i: number): CurrencyWord | undefined {
  const t = ctx.tokens[i];
  if (!t) return undefined;
  return CURRENCY_WORDS[fold(t.text)];
}

function resolve(code: string, ctx: Context): string | undefined {
  if (code !== DINAR) return code;
  if (ctx.countryHint === 'DZ') return 'DZD';
  if (ctx.countryHint === 'TN') return 'TND';
  return undefined;
}

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
    if (prefix && before && before.kind === 'punct') {
      const code = resolve(prefix.code, ctx);
      out.push(money(ctx, before.start, amount.last, amount.value, code));
      i = amount.last;
      continue;
    }
    const j = skipOf(ctx, amount.last);
    const cur = currencyAt(ctx, j) ?? currencyAt(ctx, amount.last + 1);
    if (!cur) continue;
    const at = currencyAt(ctx, j) ? j : amount.last + 1;
    const code = resolve(cur.code, ctx);
    out.push(
      money(ctx, tokens[amount.first]?.start ?? 0, at, amount.value * (cur.times ?? 1), code),
    );
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
  return Number.parseFloat(x.toPrecision(12));
}
