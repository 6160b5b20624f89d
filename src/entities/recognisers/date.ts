/**
 * Recogniser: dates in French and English news (`14 - 05 - 2025`, `ce samedi
 * 27 décembre 2025`, `fin octobre 2025`, `décembre dernier`, `2021`,
 * `2022-2026`, `premier semestre 2025`, `Monday`, `hier`), date ranges
 * (`10 juillet au 9 août`, `2 et 3 mai`, `semaine du 8 au 14 mai`), seasons
 * (`Eté 2015`) and relative dates (`un an plus tôt`, `mois précédent`).
 * Values follow the guidelines: partial ISO with `X`, no value for deictic
 * dates unless `referenceDate` is given. At each token every pattern is tried
 * and the longest match wins.
 */

import { isoDay } from '../../dates/iso.js';
import { DAYS, MONTHS } from '../../dates/names.js';
import { derived, phrases } from '../../util/tables.js';
import type { Candidate, Context } from '../candidate.js';
import {
  type DateMatch,
  type DatePattern,
  dayAt,
  num,
  PERIOD_NOUNS,
  pad,
  w,
  year,
} from '../date-helpers.js';
import { arabicDateStart } from './ar-dates.js';
import { dayRange, monthDayRange, weekRange } from './date-ranges.js';
import {
  deictic,
  RELATIVE_TRIGGERS,
  relativeOffset,
  relativePeriod,
  SEASON_WORDS,
  season,
  startOrEnd,
} from './date-relative.js';

const DEMONSTRATIVES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('ce|cet|cette|this|last|next'),
);
const RELATIVE_AFTER = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('dernier|derniere|prochain|prochaine|passe|passee'),
);
const MODIFIERS: Readonly<Record<string, 'START' | 'END'>> = {
  fin: 'END',
  debut: 'START',
  end: 'END',
  early: 'START',
  late: 'END',
  beginning: 'START',
  start: 'START',
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

function isSep(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]?.text;
  return t === '-' || t === '/' || t === '.';
}

/** `DD sep MM sep YYYY` with `-`, `/` or `.`, spaces allowed around the separators. */
function numeric(ctx: Context, i: number): DateMatch | undefined {
  const d = num(ctx, i, 1, 31);
  if (d === undefined || !isSep(ctx, i + 1)) return undefined;
  const m = num(ctx, i + 2, 1, 12);
  if (m === undefined || ctx.tokens[i + 3]?.text !== ctx.tokens[i + 1]?.text) return undefined;
  const y = year(ctx, i + 4);
  if (y === undefined) return undefined;
  const iso = isoDay(y, m, d);
  return iso ? { last: i + 4, value: { iso } } : undefined;
}

/** `YYYY-MM-DD`. */
function isoNumeric(ctx: Context, i: number): DateMatch | undefined {
  const y = year(ctx, i);
  if (y === undefined || ctx.tokens[i + 1]?.text !== '-' || ctx.tokens[i + 3]?.text !== '-')
    return undefined;
  const m = num(ctx, i + 2, 1, 12, 2);
  const d = num(ctx, i + 4, 1, 31, 2);
  if (m === undefined || d === undefined) return undefined;
  const iso = isoDay(y, m, d);
  return iso ? { last: i + 4, value: { iso } } : undefined;
}

/** `D mois [YYYY]`, `1er mai`, `D Month YYYY`. */
export function dayMonth(ctx: Context, i: number): DateMatch | undefined {
  const day = dayAt(ctx, i);
  if (!day) return undefined;
  const j = day.last;
  const month = MONTHS.get(w(ctx, j + 1));
  if (month === undefined) return undefined;
  const y = year(ctx, j + 2);
  if (y !== undefined) {
    const iso = isoDay(y, month, day.day);
    return iso ? { last: j + 2, value: { iso } } : undefined;
  }
  // `le 14 mai dernier`: the word stays in the span; the year needs the reference date.
  const relative = w(ctx, j + 2);
  if (RELATIVE_AFTER.has(relative)) {
    const m = resolveMonth(ctx, month, relative.startsWith('prochain') ? 1 : -1);
    return { last: j + 2, value: { iso: `${m}-${pad(day.day)}` } };
  }
  return { last: j + 1, value: { iso: `XXXX-${pad(month)}-${pad(day.day)}` } };
}

/** `Month DD, YYYY`, `Month DD` (English). */
export function monthDay(ctx: Context, i: number): DateMatch | undefined {
  const month = MONTHS.get(w(ctx, i));
  if (month === undefined) return undefined;
  const day = dayAt(ctx, i + 1);
  if (!day) return undefined;
  const j = day.last;
  const comma = ctx.tokens[j + 1]?.text === ',' ? 1 : 0;
  const y = year(ctx, j + 1 + comma);
  if (y === undefined) return { last: j, value: { iso: `XXXX-${pad(month)}-${pad(day.day)}` } };
  const iso = isoDay(y, month, day.day);
  return iso ? { last: j + 1 + comma, value: { iso } } : undefined;
}

/** `mois [YYYY]`, `mois dernier`, `last September`. */
export function monthAlone(ctx: Context, i: number): DateMatch | undefined {
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
  const before = w(ctx, i - 1);
  if (before === 'last' || before === 'next')
    return { last: i, value: { iso: resolveMonth(ctx, month, before === 'next' ? 1 : -1) } };
  // A bare capitalised `Mars`/`May` inside a sentence is too often something else.
  if (word === 'may' || (t?.cap && ctx.lang !== 'en' && i > 0 && !t.breakBefore)) return undefined;
  return { last: i, value: { iso: `XXXX-${pad(month)}` } };
}

/** `2021`, `2022-2026`. */
export function yearAlone(ctx: Context, i: number): DateMatch | undefined {
  const y = year(ctx, i);
  if (y === undefined || y < 1900 || y > 2100) return undefined;
  const t = ctx.tokens[i + 1];
  if (t && !t.spaceBefore && (t.text === '%' || t.kind === 'word')) return undefined;
  const prev = ctx.tokens[i - 1];
  if (prev && !ctx.tokens[i]?.spaceBefore && (prev.text === ',' || prev.text === '.'))
    return undefined;
  if ((t?.text === '-' || t?.text === '/') && !t.spaceBefore) {
    // `2022-2026`, `2024/2025`, `2024-25`
    const short = num(ctx, i + 2, 0, 99, 2);
    const y2 = year(ctx, i + 2) ?? (short === undefined ? undefined : y - (y % 100) + short);
    if (y2 !== undefined && y2 > y && y2 - y < 100 && !ctx.tokens[i + 2]?.spaceBefore)
      return { last: i + 2, value: { start: String(y), end: String(y2) } };
  }
  return { last: i, value: { iso: String(y) } };
}

/** `premier semestre [de l'année] 2025`, `deuxième trimestre de 2022`, `Q3 2024`. */
function period(ctx: Context, i: number): DateMatch | undefined {
  const q = /^[qhts]([1-4])$/.exec(w(ctx, i));
  if (q && ctx.tokens[i]?.cap !== false) {
    const y = year(ctx, i + 1);
    const n = Number(q[1]);
    const half = w(ctx, i)[0] === 'h' || w(ctx, i)[0] === 's';
    if (y === undefined || (half && n > 2)) return undefined;
    return { last: i + 1, value: { iso: `${y}-${half ? 'H' : 'Q'}${n}` } };
  }
  const n =
    ORDINALS[w(ctx, i)] ??
    (num(ctx, i, 1, 4) !== undefined && ['er', 'e', 'eme'].includes(w(ctx, i + 1))
      ? num(ctx, i, 1, 4)
      : undefined);
  if (n === undefined) return undefined;
  const j = ORDINALS[w(ctx, i)] !== undefined ? i + 1 : i + 2;
  const noun = w(ctx, j);
  const half = noun === 'semestre' || noun === 'half';
  if (!half && noun !== 'trimestre' && noun !== 'quarter') return undefined;
  if (half && n > 2) return undefined;
  let k = j + 1;
  if (w(ctx, k) === 'de' || w(ctx, k) === 'of' || w(ctx, k) === 'du') k++;
  if (
    (w(ctx, k) === "l'" || w(ctx, k) === 'the') &&
    (w(ctx, k + 1) === 'annee' || w(ctx, k + 1) === 'exercice' || w(ctx, k + 1) === 'year')
  )
    k += 2;
  const y = year(ctx, k);
  if (y === undefined) return { last: j };
  return { last: k, value: { iso: `${y}-${half ? 'H' : 'Q'}${n}` } };
}

/** `fin octobre 2025`, `début 2019`, `fin 2024`, `fin novembre`, `end of 2026`. */
function modified(ctx: Context, i: number): DateMatch | undefined {
  const mod = MODIFIERS[w(ctx, i)];
  if (!mod) return undefined;
  let j = i + 1;
  if (w(ctx, j) === 'of') j++;
  else if (ctx.tokens[j]?.text === '-' && !ctx.tokens[j]?.spaceBefore) j++; // `end-2024`
  if (w(ctx, j) === 'the' && w(ctx, j + 1) !== 'year') return undefined;
  const inner = monthAlone(ctx, j) ?? yearAlone(ctx, j);
  if (!inner) return undefined;
  const value = inner.value;
  if (!value?.iso) return { last: inner.last };
  return { last: inner.last, value: { iso: value.iso, mod } };
}

/** `mi-juin`, `mi-2025` (one token), `mi juin`: the month or year, without a modifier the schema lacks. */
function middle(ctx: Context, i: number): DateMatch | undefined {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word') return undefined;
  const dash = t.f.startsWith('mi-') ? 3 : t.f.startsWith('mid-') ? 4 : 0;
  if (dash > 0) {
    const month = MONTHS.get(t.f.slice(dash));
    if (month === undefined) return undefined;
    const y = year(ctx, i + 1);
    return y === undefined
      ? { last: i, value: { iso: `XXXX-${pad(month)}` } }
      : { last: i + 1, value: { iso: `${y}-${pad(month)}` } };
  }
  if (
    (t.f === 'mi' || t.f === 'mid') &&
    ctx.tokens[i + 1]?.text === '-' &&
    !ctx.tokens[i + 1]?.spaceBefore
  ) {
    const y = year(ctx, i + 2);
    if (y !== undefined) return { last: i + 2, value: { iso: String(y) } };
  }
  return undefined;
}

/** `de janvier à mars 2025`, `entre janvier et mars 2025`, `janvier-mars 2025`: a range of months. */
function monthRange(ctx: Context, i: number): DateMatch | undefined {
  const glued = /^([a-z]{3,})-([a-z]{3,})$/.exec(w(ctx, i));
  if (glued) {
    // `janvier-mars` is one token
    const a = MONTHS.get(glued[1] ?? '');
    const b = MONTHS.get(glued[2] ?? '');
    if (a === undefined || b === undefined) return undefined;
    return monthSpan(ctx, a, b, i, i + 1);
  }
  const m1 = MONTHS.get(w(ctx, i));
  if (m1 === undefined || w(ctx, i).length < 3) return undefined;
  const sep = ctx.tokens[i + 1];
  const lead = w(ctx, i - 1);
  const dash = sep?.text === '-' && !sep.spaceBefore;
  const to = (sep?.text === 'à' || sep?.f === 'au') && (lead === 'de' || lead === "d'");
  const and = sep?.f === 'et' && lead === 'entre';
  if (!dash && !to && !and) return undefined;
  const m2 = MONTHS.get(w(ctx, i + 2));
  if (m2 === undefined || w(ctx, i + 2).length < 3) return undefined;
  return monthSpan(ctx, m1, m2, i + 2, i + 3);
}

function monthSpan(ctx: Context, m1: number, m2: number, last: number, yearAt: number): DateMatch {
  const y = year(ctx, yearAt);
  const y1 = y === undefined ? 'XXXX' : String(m1 > m2 ? y - 1 : y);
  const y2 = y === undefined ? 'XXXX' : String(y);
  return {
    last: y === undefined ? last : yearAt,
    value: { start: `${y1}-${pad(m1)}`, end: `${y2}-${pad(m2)}` },
  };
}

/** Day names, optionally with a date, a part of the day or `prochain`/`dernier`. */
function dayName(ctx: Context, i: number): DateMatch | undefined {
  if (!DAYS.has(w(ctx, i))) return undefined;
  return (
    dayMonth(ctx, i + 1) ??
    monthDay(ctx, i + (ctx.tokens[i + 1]?.text === ',' ? 2 : 1)) ??
    deictic(ctx, i)
  );
}

const PATTERNS: readonly DatePattern[] = [
  numeric,
  isoNumeric,
  weekRange,
  dayRange,
  monthDayRange,
  monthRange,
  middle,
  period,
  modified,
  startOrEnd,
  season,
  dayName,
  dayMonth,
  monthDay,
  monthAlone,
  relativeOffset,
  relativePeriod,
  deictic,
  yearAlone,
];

/** The longest match of any pattern at token `i`. */
function longest(ctx: Context, i: number): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const p of PATTERNS) {
    const m = p(ctx, i);
    if (m && (!best || m.last > best.last)) best = m;
  }
  return best;
}

/** Every word a date may start with. */
const STARTS: ReadonlySet<string> = /* @__PURE__ */ derived(
  () =>
    new Set([
      ...MONTHS.keys(),
      ...DAYS,
      ...RELATIVE_TRIGGERS,
      ...DEMONSTRATIVES,
      ...Object.keys(ORDINALS),
      ...Object.keys(MODIFIERS),
      'semaine',
      'mi',
      'mid',
      '1er',
      'q1',
      'q2',
      'q3',
      'q4',
      'h1',
      'h2',
      't1',
      't2',
      't3',
      't4',
      's1',
      's2',
    ]),
);

/** Whether a date may start at token `t`: a number or a date word; other words are skipped at once. */
function mayStart(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.kind === 'punct') return false;
  return t.kind === 'number' || STARTS.has(t.f) || t.f.includes('-');
}

/** Proposes date entities. */
export function recogniseDate(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !mayStart(ctx, i) || arabicDateStart(tokens, i)) continue; // Arabic dates: ar-dates.ts
    const after = tokens[i + 1]?.text;
    if (t.kind === 'number' && (after === '%' || after === '٪')) continue; // a percentage, not a date
    // A demonstrative is kept before a day or period: `ce samedi`, `cette semaine`, `this Monday`.
    let start = i;
    const dem = DEMONSTRATIVES.has(t.f);
    if (dem) {
      const next = w(ctx, i + 1);
      if (DAYS.has(next) || PERIOD_NOUNS.has(next) || MONTHS.has(next) || SEASON_WORDS.has(next))
        start = i + 1;
      else continue;
    }
    let match = longest(ctx, start);
    if (dem && PERIOD_NOUNS.has(w(ctx, start)) && (!match || match.last === start)) {
      match = relativePeriod(ctx, i) ?? { last: start };
    }
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
