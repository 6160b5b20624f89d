/**
 * Date-range patterns: `10 juillet au 9 août`, `29 novembre au 7 décembre
 * 2024`, `2 et 3 mai`, `1er et 2 février 2023`, `6 au 16 novembre`, `semaine
 * du 8 au 14 mai`, `June 5-7, 2025`. The value is `{ start, end }`; a year
 * written once serves both ends.
 */
import { MONTHS } from '../../dates/names.js';
import type { Context } from '../candidate.js';
import { type DateMatch, dayAt, pad, w, year } from '../date-helpers.js';

const TO = new Set(['au', 'et', 'to', 'and', 'through', 'until', "jusqu'au"]);

function isTo(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (t.kind === 'punct') return t.text === '-' || t.text === '–';
  return TO.has(t.f) || t.text === 'à';
}

function iso(y: number | undefined, m: number, d: number): string {
  return `${y === undefined ? 'XXXX' : String(y)}-${pad(m)}-${pad(d)}`;
}

function value(
  d1: number,
  m1: number | undefined,
  y1: number | undefined,
  d2: number,
  m2: number,
  y2: number | undefined,
): DateMatch['value'] {
  const startMonth = m1 ?? m2;
  let startYear = y1;
  if (startYear === undefined && y2 !== undefined) startYear = startMonth > m2 ? y2 - 1 : y2;
  if (startMonth === m2 && d1 >= d2 && y1 === undefined) return undefined;
  return { start: iso(startYear, startMonth, d1), end: iso(y2, m2, d2) };
}

/** `D [mois [YYYY]] au|et|- D mois [YYYY]` (French order). */
export function dayRange(ctx: Context, i: number): DateMatch | undefined {
  const a = dayAt(ctx, i);
  if (!a) return undefined;
  let j = a.last + 1;
  const m1 = MONTHS.get(w(ctx, j));
  let y1: number | undefined;
  if (m1 !== undefined) {
    j++;
    y1 = year(ctx, j);
    if (y1 !== undefined) j++;
  }
  if (!isTo(ctx, j)) return undefined;
  const b = dayAt(ctx, j + 1);
  if (!b) return undefined;
  const m2 = MONTHS.get(w(ctx, b.last + 1));
  if (m2 === undefined) return undefined;
  const y2 = year(ctx, b.last + 2);
  const v = value(a.day, m1, y1, b.day, m2, y2);
  if (!v) return undefined;
  return { last: y2 === undefined ? b.last + 1 : b.last + 2, value: v };
}

/** `Month D-D[, YYYY]`, `December 21 to January 18, 2026`. */
export function monthDayRange(ctx: Context, i: number): DateMatch | undefined {
  const m1 = MONTHS.get(w(ctx, i));
  if (m1 === undefined) return undefined;
  const a = dayAt(ctx, i + 1);
  if (!a || !isTo(ctx, a.last + 1)) return undefined;
  let j = a.last + 2;
  let m2 = MONTHS.get(w(ctx, j));
  if (m2 !== undefined) j++;
  else m2 = m1;
  const b = dayAt(ctx, j);
  if (!b) return undefined;
  const comma = ctx.tokens[b.last + 1]?.text === ',' ? 1 : 0;
  const y2 = year(ctx, b.last + 1 + comma);
  const v = value(a.day, m1, undefined, b.day, m2, y2);
  if (!v) return undefined;
  return { last: y2 === undefined ? b.last : b.last + 1 + comma, value: v };
}

/** `semaine du 8 au 14 mai`: the whole span, with `semaine`. */
export function weekRange(ctx: Context, i: number): DateMatch | undefined {
  if (w(ctx, i) !== 'semaine' || w(ctx, i + 1) !== 'du') return undefined;
  return dayRange(ctx, i + 2);
}
