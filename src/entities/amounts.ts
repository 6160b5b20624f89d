/** An amount: a number and the multiplier word after it (`2,34 milliards`). */
import type { Context } from './candidate.js';
import { readNumber } from './numbers.js';
import { MULTIPLIERS } from './units.js';

/** A number with its multiplier applied, read from tokens `[first, last]`. */
export interface Amount {
  value: number;
  /** The number as written, before the multiplier. */
  written: number;
  first: number;
  last: number;
  multiplied: boolean;
  yearLike: boolean;
}

/** Reads the amount starting at token `i`, or undefined when no number starts there. */
export function readAmount(ctx: Context, i: number): Amount | undefined {
  const num = readNumber(ctx.tokens, i, ctx.text, ctx.lang);
  if (!num) return undefined;
  const next = ctx.tokens[num.last + 1];
  const times = next?.kind === 'word' ? MULTIPLIERS[next.f] : undefined;
  if (times !== undefined) {
    const compound = next?.ar ? arabicCompound(ctx, num.last + 1, times) : undefined;
    return {
      value: num.value * times + (compound?.value ?? 0),
      written: num.value,
      first: num.first,
      last: compound?.last ?? num.last + 1,
      multiplied: true,
      yearLike: false,
    };
  }
  return {
    value: num.value,
    written: num.value,
    first: num.first,
    last: num.last,
    multiplied: false,
    yearLike: num.yearLike,
  };
}

/** Index of the token after `de`/`d'`/`of` following token `i`, or `i + 1` when none. */
export function skipOf(ctx: Context, i: number): number {
  const t = ctx.tokens[i + 1];
  if (t?.kind === 'word') {
    const w = t.f;
    if (w === 'de' || w === "d'" || w === 'of') return i + 2;
  }
  return i + 1;
}

/** True for a token that starts a number: a digit run, or a sign glued to one. */
export function startsNumber(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (t.kind === 'number') {
    const prev = ctx.tokens[i - 1];
    // Not the middle of a number already read (`1 100`, `2,34`): those start at their first token;
    // not the second member of a score or a range glued by a dash (`2-0`).
    return !(
      prev &&
      (prev.kind === 'number' ||
        ((prev.text === ',' || prev.text === '.') && !t.spaceBefore) ||
        ((prev.text === '-' || prev.text === '/') &&
          !t.spaceBefore &&
          !prev.spaceBefore &&
          (ctx.tokens[i - 2]?.kind === 'number' || ctx.tokens[i - 2]?.kind === 'word')))
    );
  }
  // A sign glued to a number, not a dash between two (`2-0`, `2022-2026`).
  const prev = ctx.tokens[i - 1];
  return (
    (t.text === '+' || t.text === '-' || t.text === '−') &&
    ctx.tokens[i + 1]?.kind === 'number' &&
    !ctx.tokens[i + 1]?.spaceBefore &&
    (prev === undefined || t.spaceBefore || prev.kind === 'punct')
  );
}

/**
 * The rest of an Arabic compound number after the multiplier at token `m`:
 * `439 ألف و845` (439 845), `3 مليارات و200 مليون` (3.2 × 10⁹). Each part is
 * `و` glued to a number, with its own smaller multiplier or none.
 */
function arabicCompound(
  ctx: Context,
  m: number,
  times: number,
): { value: number; last: number } | undefined {
  let value = 0;
  let last = m;
  let bound = times;
  for (let k = 0; k < 3; k++) {
    const and = ctx.tokens[last + 1];
    const digits = ctx.tokens[last + 2];
    if (and?.text !== 'و' || digits?.kind !== 'number' || digits.spaceBefore) break;
    const num = readNumber(ctx.tokens, last + 2, ctx.text, ctx.lang);
    if (!num) break;
    const next = ctx.tokens[num.last + 1];
    const inner = next?.kind === 'word' ? MULTIPLIERS[next.f] : undefined;
    if (inner !== undefined && inner < bound) {
      value += num.value * inner;
      last = num.last + 1;
      bound = inner;
      continue;
    }
    if (inner !== undefined || num.value >= bound) break;
    value += num.value;
    last = num.last;
    break;
  }
  return last === m ? undefined : { value, last };
}
