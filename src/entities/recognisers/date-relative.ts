/**
 * Relative and deictic date patterns: `hier`, `jeudi soir`, `vendredi
 * prochain`, `mois précédent`, `an dernier`, `un an plus tôt`, `a week
 * later`, `début de l'année`, `Eté 2015`. Those that need the publication date
 * get a value only when `referenceDate` is given; `un an plus tôt` (relative to
 * the story) never does.
 */
import { DAYS } from '../../dates/names.js';
import { shiftDay } from '../../dates/reference.js';
import type { DateValue } from '../../types.js';
import { derived, phrases } from '../../util/tables.js';
import type { Context } from '../candidate.js';
import {
  type DateMatch,
  NUMBER_WORDS,
  num,
  PERIOD_NOUNS,
  pad,
  w,
  weekdayShift,
  year,
} from '../date-helpers.js';

const DEICTIC_DAYS: Readonly<Record<string, number>> = {
  'avant-hier': -2,
  hier: -1,
  yesterday: -1,
  "aujourd'hui": 0,
  today: 0,
  demain: 1,
  tomorrow: 1,
  'apres-demain': 2,
};
const PARTS_OF_DAY = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'soir|matin|midi|apres-midi|nuit|soiree|matinee|morning|evening|afternoon|night',
  ),
);
/** French and English weekday names → day of the week (Sunday 0): {@link DAYS}' first fourteen, Monday first. */
const WEEKDAY: ReadonlyMap<string, number> = /* @__PURE__ */ derived(
  () => new Map([...DAYS].slice(0, 14).map((d, i) => [d, (i + 1) % 7])),
);
const NEXT = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('prochain|prochaine|next|suivant|suivante|following'),
);
const LAST = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('dernier|derniere|passe|passee|last|precedent|precedente|previous'),
);
const UNITS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'jour|jours|semaine|semaines|mois|an|ans|annee|annees|day|days|week|weeks|month|months|year|years',
  ),
);
const OFFSET_AFTER: ReadonlyArray<readonly string[]> = [
  ['plus', 'tot'],
  ['plus', 'tard'],
  ['auparavant'],
  ['apres'],
  ['avant'],
  ['later'],
  ['earlier'],
  ['before'],
  ['after'],
  ['ago'],
];

const PREPOSITIONS = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('apres|avant|after|before'));

function shifted(ctx: Context, days: number): DateValue | undefined {
  const ref = ctx.reference;
  if (!ref) return undefined;
  const iso = shiftDay(ref, days);
  return iso ? { iso } : undefined;
}

function weekday(ctx: Context, target: number, direction: 1 | -1): DateValue | undefined {
  const ref = ctx.reference;
  if (!ref) return undefined;
  const refDay = new Date(Date.UTC(ref.year, ref.month - 1, ref.day)).getUTCDay();
  return shifted(ctx, weekdayShift(refDay, target, direction));
}

function withValue(last: number, value: DateValue | undefined): DateMatch {
  return value ? { last, value } : { last };
}

/** `hier`, `demain soir`, `jeudi`, `mardi soir`, `vendredi prochain`, `last Monday`. */
export function deictic(ctx: Context, i: number): DateMatch | undefined {
  const word = w(ctx, i);
  const shift = DEICTIC_DAYS[word];
  const part = PARTS_OF_DAY.has(w(ctx, i + 1)) ? 1 : 0;
  if (shift !== undefined) return withValue(i + part, shifted(ctx, shift));
  const day = WEEKDAY.get(word);
  if (day === undefined || !DAYS.has(word)) return undefined;
  if (part) return { last: i + 1 };
  const after = w(ctx, i + 1);
  const before = w(ctx, i - 1);
  if (NEXT.has(after)) return withValue(i + 1, weekday(ctx, day, 1));
  if (LAST.has(after)) return withValue(i + 1, weekday(ctx, day, -1));
  if (before === 'next') return withValue(i, weekday(ctx, day, 1));
  if (before === 'last') return withValue(i, weekday(ctx, day, -1));
  return { last: i };
}

/** `un an plus tôt`, `quatre jours plus tard`, `a week later`, `deux mois auparavant`. */
export function relativeOffset(ctx: Context, i: number): DateMatch | undefined {
  const count = NUMBER_WORDS[w(ctx, i)] ?? num(ctx, i, 1, 99);
  if (count === undefined || !UNITS.has(w(ctx, i + 1))) return undefined;
  for (const words of OFFSET_AFTER) {
    if (!words.every((x, k) => w(ctx, i + 2 + k) === x)) continue;
    const last = i + 1 + words.length;
    // `deux ans après le séisme`: a preposition before an event, not a date.
    if (PREPOSITIONS.has(words[0] ?? '') && ctx.tokens[last + 1]?.kind === 'word') return undefined;
    return { last };
  }
  return undefined;
}

/** Value of `an dernier`, `mois prochain`, `cette année`, `last year` against the reference date. */
function periodValue(ctx: Context, noun: string, direction: -1 | 0 | 1): DateValue | undefined {
  const ref = ctx.reference;
  if (!ref) return undefined;
  if (noun === 'an' || noun === 'annee' || noun === 'year')
    return { iso: String(ref.year + direction) };
  if (noun === 'mois' || noun === 'month') {
    const m = ref.month + direction;
    const y = m < 1 ? ref.year - 1 : m > 12 ? ref.year + 1 : ref.year;
    return { iso: `${y}-${pad(((m + 11) % 12) + 1)}` };
  }
  return undefined;
}

const THIS = new Set(['ce', 'cette', 'this']);
const NARRATIVE = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('precedent|precedente|previous|suivant|suivante|following'),
);

/**
 * `mois précédent`, `an dernier`, `semaine prochaine`, `previous year`, and
 * from a demonstrative: `cette année`, `last year`, `next month`.
 */
export function relativePeriod(ctx: Context, i: number): DateMatch | undefined {
  const a = w(ctx, i);
  const b = w(ctx, i + 1);
  if (PERIOD_NOUNS.has(a) && (NEXT.has(b) || LAST.has(b))) {
    // The year before the story's (`année précédente`) needs the story's date: no value.
    if (NARRATIVE.has(b)) return { last: i + 1 };
    return withValue(i + 1, periodValue(ctx, a, NEXT.has(b) ? 1 : -1));
  }
  if (PERIOD_NOUNS.has(b) && (NARRATIVE.has(a) || a === 'last' || a === 'next')) {
    if (NARRATIVE.has(a)) return { last: i + 1 };
    return withValue(i + 1, periodValue(ctx, b, a === 'next' ? 1 : -1));
  }
  if (THIS.has(a) && PERIOD_NOUNS.has(b)) return withValue(i + 1, periodValue(ctx, b, 0));
  return undefined;
}

/** `début de l'année`, `fin du mois`, `début de semaine`, `end of the year`: no value. */
export function startOrEnd(ctx: Context, i: number): DateMatch | undefined {
  const a = w(ctx, i);
  if (
    a !== 'debut' &&
    a !== 'fin' &&
    a !== 'mi' &&
    a !== 'end' &&
    a !== 'beginning' &&
    a !== 'start'
  )
    return undefined;
  let j = i + 1;
  const of = w(ctx, j);
  if (of !== 'de' && of !== 'du' && of !== "d'" && of !== 'of') return undefined;
  j++;
  if (w(ctx, j) === "l'" || w(ctx, j) === 'la' || w(ctx, j) === 'the') j++;
  const noun = w(ctx, j);
  if (!PERIOD_NOUNS.has(noun) && noun !== 'exercice') return undefined;
  // `fin de l'année 2024` is read by the year patterns
  if (year(ctx, j + 1) !== undefined) return undefined;
  return { last: j };
}

const SEASONS: Readonly<Record<string, string>> = {
  printemps: 'SP',
  ete: 'SU',
  automne: 'FA',
  hiver: 'WI',
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};
/** Season names (folded). */
export const SEASON_WORDS: ReadonlySet<string> = /* @__PURE__ */ derived(
  () => new Set(Object.keys(SEASONS)),
);
const SEASON_LEADS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases("l'|cet|ce|en|in|this|last|next"),
);

/** `Eté 2015`, `hiver 2023`, `summer 2024`; a season without year after `l'`/`cet`/`en` has no value. */
export function season(ctx: Context, i: number): DateMatch | undefined {
  const code = SEASONS[w(ctx, i)];
  if (!code) return undefined;
  let j = i + 1;
  if (w(ctx, j) === 'de' || w(ctx, j) === 'of') j++;
  const y = year(ctx, j);
  if (y !== undefined) return { last: j, value: { iso: `${y}-${code}` } };
  const word = w(ctx, i);
  if (word === 'fall') return undefined;
  const lead = w(ctx, i - 1);
  const t = ctx.tokens[i];
  if (!SEASON_LEADS.has(lead) && !(t?.cap && word === 'ete')) return undefined;
  if (LAST.has(w(ctx, i + 1)) || NEXT.has(w(ctx, i + 1))) return { last: i + 1 };
  return { last: i };
}

/** Words that may start a relative or deictic date (the recogniser skips every other word). */
export const RELATIVE_TRIGGERS: ReadonlySet<string> = /* @__PURE__ */ derived(
  () =>
    new Set([
      ...Object.keys(DEICTIC_DAYS),
      ...Object.keys(SEASONS),
      ...Object.keys(NUMBER_WORDS),
      ...PERIOD_NOUNS,
      ...NEXT,
      ...LAST,
      ...THIS,
      'debut',
      'fin',
      'mi',
      'end',
      'beginning',
      'start',
    ]),
);
