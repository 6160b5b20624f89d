/**
 * Recogniser: dates in French and English news (`14 - 05 - 2025`, `ce samedi
 * 27 décembre 2025`, `fin octobre 2025`, `décembre dernier`, `2021`,
 * `2022-2026`, `premier semestre 2025`, `Monday`, `hier`).
 * Values follow the guidelines: partial ISO with `X`, no value for deictic dates.
 */

import { asciiDigits, isoDay } from '../../dates/iso.js';
import { DAYS, MONTHS } from '../../dates/names.js';
import { fold } from '../../text/fold.js';
import type { DateValue } from '../../types.js';
import type { Candidate, Context } from '../candidate.js';

const DEMONSTRATIVES = new Set(['ce', 'cette', 'this', 'last', 'next']);
const RELATIVE_AFTER = new Set(['dernier', 'derniere', 'prochain', 'prochaine', 'passe', 'passee']);
const MODIFIERS: Readonly<Record<string, 'START' | 'END'>> = {
  fin: 'END',
  debut: 'START',
  end: 'END',
  early: 'START',
  late: 'END',
};
const DEICTIC = new Set([
  'hier',
  "aujourd'hui",
  'demain',
  'avant-hier',
  'yesterday',
  'today',
  'tomorrow',
]);
/** Days from the reference date of each deictic word. */
const DAY_SHIFT: Readonly<Record<string, number>> = {
  'avant-hier': -2,
  hier: -1,
  yesterday: -1,
  "aujourd'hui": 0,
  today: 0,
  demain: 1,
  tomorrow: 1,
};

/**
 * `XXXX-MM` for a month named as the last (`direction` -1) or next (+1) one;
 * the year is filled in from the reference date when there is one.
 */
function resolveMonth(ctx: Context, month: number, direction: 1 | -1): string {
  const ref = ctx.reference;
  if (!ref) return `XXXX-${pad(month)}`;
  let y = ref.year;
  if (direction < 0 && month >= ref.month) y--;
  if (direction > 0 && month <= ref.month) y++;
  return `${y}-${pad(month)}`;
}

const PERIOD_NOUNS = new Set(['annee', 'an', 'semaine', 'mois', 'year', 'week', 'month']);
const ORDINALS: Readonly<Record<string, number>> = {
  premier: 1,
  first: 1,
  '1er': 1,
  deuxieme: 2,
  second: 2,
  '2e': 2,
  '2eme': 2,
  troisieme: 3,
  third: 3,
  '3e': 3,
  '3eme': 3,
  quatrieme: 4,
  fourth: 4,
  '4e': 4,
  '4eme': 4,
};

function w(ctx: Context, i: number): string {
  const t = ctx.tokens[i];
  return t && t.kind === 'word' ? fold(t.text) : '';
}

function num(
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

function year(ctx: Context, i: number): number | undefined {
  return num(ctx, i, 1800, 2199, 4);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isSep(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]?.text;
  return t === '-' || t === '/' || t === '.';
}

interface Match {
  last: number;
  value?: DateValue;
}

/** `DD sep MM sep YYYY` with `-`, `/` or `.`, spaces allowed around the separators. */
function numeric(ctx: Context, i: number): Match | undefined {
  const d = num(ctx, i, 1, 31);
  if (d === undefined || !isSep(ctx, i + 1)) return undefined;
  const m = num(ctx, i + 2, 1, 12);
  if (m === undefined || ctx.tokens[i + 3]?.text !== ctx.tokens[i + 1]?.text) return undefined;
  const y = year(ctx, i + 4);
  if (y === undefined) return undefined;
  const iso = isoDay(y, m, d);
  return iso ? { last: i + 4, value: { iso } } : undefined;
}

/** `[jour] D mois [YYYY]`, `1er mai`, `D Month YYYY`. */
function dayMonth(ctx: Context, i: number): Match | undefined {
  let j = i;
  let d = num(ctx, j, 1, 31);
  if (d === undefined && w(ctx, j) === '1er') d = 1;
  if (d === undefined) return undefined;
  if (
    ctx.tokens[j + 1]?.kind === 'word' &&
    ['er', 'eme', 'e'].includes(w(ctx, j + 1)) &&
    !ctx.tokens[j + 1]?.spaceBefore
  )
    j++;
  const month = MONTHS.get(w(ctx, j + 1));
  if (month === undefined) return undefined;
  const y = year(ctx, j + 2);
  if (y !== undefined) {
    const iso = isoDay(y, month, d);
    return iso ? { last: j + 2, value: { iso } } : undefined;
  }
  return { last: j + 1, value: { iso: `XXXX-${pad(month)}-${pad(d)}` } };
}

/** `Month DD, YYYY` (English). */
function monthDay(ctx: Context, i: number): Match | undefined {
  const month = MONTHS.get(w(ctx, i));
  const d = num(ctx, i + 1, 1, 31);
  if (month === undefined || d === undefined) return undefined;
  const comma = ctx.tokens[i + 2]?.text === ',' ? 1 : 0;
  const y = year(ctx, i + 2 + comma);
  if (y === undefined) return { last: i + 1, value: { iso: `XXXX-${pad(month)}-${pad(d)}` } };
  const iso = isoDay(y, month, d);
  return iso ? { last: i + 2 + comma, value: { iso } } : undefined;
}

/** `mois [YYYY]`, `mois dernier`, `last September`. */
function monthAlone(ctx: Context, i: number): Match | undefined {
  const word = w(ctx, i);
  const month = MONTHS.get(word);
  if (month === undefined || word.length < 3) return undefined;
  const t = ctx.tokens[i];
  const y = year(ctx, i + 1);
  if (y !== undefined) return { last: i + 1, value: { iso: `${y}-${pad(month)}` } };
  const relative = w(ctx, i + 1);
  if (RELATIVE_AFTER.has(relative)) {
    const direction = relative.startsWith('prochain') ? 1 : -1;
    return { last: i + 1, value: { iso: resolveMonth(ctx, month, direction) } };
  }
  // A bare capitalised `Mars`/`May` inside a sentence is too often something else.
  if (word === 'may' || (t?.cap && ctx.lang !== 'en' && i > 0 && !t.breakBefore)) return undefined;
  return { last: i, value: { iso: `XXXX-${pad(month)}` } };
}

/** `2021`, `2022-2026`. */
function yearAlone(ctx: Context, i: number): Match | undefined {
  const y = year(ctx, i);
  if (y === undefined || y < 1900 || y > 2100) return undefined;
  const t = ctx.tokens[i + 1];
  if (t && !t.spaceBefore && (t.text === '%' || t.kind === 'word')) return undefined;
  if ((t?.text === '-' || t?.text === '/') && !t.spaceBefore) {
    const y2 = year(ctx, i + 2);
    if (y2 !== undefined && y2 > y && !ctx.tokens[i + 2]?.spaceBefore)
      return { last: i + 2, value: { start: String(y), end: String(y2) } };
  }
  return { last: i, value: { iso: String(y) } };
}

/** `premier semestre [de l'année] 2025`, `deuxième trimestre de 2022`. */
function period(ctx: Context, i: number): Match | undefined {
  const n =
    ORDINALS[w(ctx, i)] ??
    (num(ctx, i, 1, 4) !== undefined && ['er', 'e', 'eme'].includes(w(ctx, i + 1))
      ? num(ctx, i, 1, 4)
      : undefined);
  if (n === undefined) return undefined;
  let j = ORDINALS[w(ctx, i)] !== undefined ? i + 1 : i + 2;
  const noun = w(ctx, j);
  const half = noun === 'semestre' || noun === 'half';
  if (!half && noun !== 'trimestre' && noun !== 'quarter') return undefined;
  if (half && n > 2) return undefined;
  let k = j + 1;
  if (w(ctx, k) === 'de' || w(ctx, k) === 'of') k++;
  if (w(ctx, k) === "l'" && (w(ctx, k + 1) === 'annee' || w(ctx, k + 1) === 'exercice')) k += 2;
  const y = year(ctx, k);
  if (y === undefined) return { last: j };
  j = k;
  return { last: j, value: { iso: `${y}-${half ? 'H' : 'Q'}${n}` } };
}

/** `fin octobre 2025`, `début 2019`, `fin 2024`. */
function modified(ctx: Context, i: number): Match | undefined {
  const mod = MODIFIERS[w(ctx, i)];
  if (!mod) return undefined;
  const inner = monthAlone(ctx, i + 1) ?? yearAlone(ctx, i + 1);
  if (!inner) return undefined;
  const iso = inner.value?.iso;
  return iso && !iso.startsWith('X')
    ? { last: inner.last, value: { iso, mod } }
    : { last: inner.last };
}

/** Day names, deictic words, `cette année`, `an dernier` (no value: they need the publication date). */
function deictic(ctx: Context, i: number): Match | undefined {
  const word = w(ctx, i);
  if (DAYS.has(word)) {
    const inner = dayMonth(ctx, i + 1);
    if (inner) return inner;
    return { last: i };
  }
  if (DEICTIC.has(word)) {
    const shift = DAY_SHIFT[word];
    const ref = ctx.reference;
    if (!ref || shift === undefined) return { last: i };
    const when = new Date(Date.UTC(ref.year, ref.month - 1, ref.day + shift));
    const iso = isoDay(when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate());
    return iso ? { last: i, value: { iso } } : { last: i };
  }
  if (PERIOD_NOUNS.has(word) && RELATIVE_AFTER.has(w(ctx, i + 1))) return { last: i + 1 };
  return undefined;
}

const PATTERNS = [numeric, period, modified, dayMonth, monthDay, monthAlone, deictic, yearAlone];

/** Proposes date entities. */
export function recogniseDate(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') continue;
    // A demonstrative is kept before a day or period: `ce samedi`, `cette semaine`, `this Monday`.
    let start = i;
    const dem = DEMONSTRATIVES.has(fold(t.text));
    if (dem) {
      const next = w(ctx, i + 1);
      if (DAYS.has(next) || PERIOD_NOUNS.has(next) || MONTHS.has(next)) start = i + 1;
      else continue;
    }
    let match: Match | undefined;
    for (const p of PATTERNS) {
      match = p(ctx, start);
      if (match) break;
    }
    if (!match && dem && PERIOD_NOUNS.has(w(ctx, start))) match = { last: start };
    if (!match) continue;
    const first = tokens[i];
    const last = tokens[match.last];
    if (!first || !last) continue;
    const c: Candidate = { type: 'date', start: first.start, end: last.end, priority: 1 };
    if (match.value) c.value = match.value;
    out.push(c);
    i = match.last;
  }
  return out;
}
