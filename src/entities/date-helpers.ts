/** Token helpers shared by the date patterns. */
import { asciiDigits } from '../dates/iso.js';
import type { DateValue } from '../types.js';
import { phrases } from '../util/tables.js';
import type { Context } from './candidate.js';

/** A date pattern's match: the index of its last token and its value (none for deictic dates). */
export interface DateMatch {
  last: number;
  value?: DateValue;
}

/** A date pattern: reads a date starting at token `i`. */
export type DatePattern = (ctx: Context, i: number) => DateMatch | undefined;

/** The folded text of word token `i`, or `''`. */
export function w(ctx: Context, i: number): string {
  const t = ctx.tokens[i];
  return t && t.kind === 'word' ? t.f : '';
}

/** The value of number token `i` when it lies in `[min, max]` (and has `digits` digits when given). */
export function num(
  ctx: Context,
  i: number,
  min: number,
  max: number,
  digits?: number,
): number | undefined {
  const t = ctx.tokens[i];
  if (t?.kind !== 'number') return undefined;
  if (digits !== undefined && t.text.length !== digits) return undefined;
  const v = Number(asciiDigits(t.text));
  return v >= min && v <= max ? v : undefined;
}

/** A four-digit year 1800–2199 at token `i`. */
export function year(ctx: Context, i: number): number | undefined {
  return num(ctx, i, 1800, 2199, 4);
}

/** Two-digit zero padding. */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A day of the month at token `i`: `14`, `1er`, `1`+`er`, `21st`; returns the day and the last token. */
export function dayAt(ctx: Context, i: number): { day: number; last: number } | undefined {
  if (w(ctx, i) === '1er') return { day: 1, last: i };
  const d = num(ctx, i, 1, 31);
  if (d === undefined) return undefined;
  const next = ctx.tokens[i + 1];
  if (
    next?.kind === 'word' &&
    !next.spaceBefore &&
    ['er', 'eme', 'e', 'st', 'nd', 'rd', 'th'].includes(next.f)
  )
    return { day: d, last: i + 1 };
  return { day: d, last: i };
}

/** Days from the reference date to the weekday `target` (0 = Sunday) in `direction`. */
export function weekdayShift(refDay: number, target: number, direction: 1 | -1): number {
  let diff = (target - refDay) * direction;
  if (diff <= 0) diff += 7;
  return diff * direction;
}

/** Words that count units of time in relative dates (`quatre jours plus tard`, `a week later`). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

/** Nouns of periods that `dernier`, `prochain`, `ce`/`cette` make a relative date (folded). */
export const PERIOD_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('annee|an|semaine|mois|week-end|weekend|year|week|month'),
);
