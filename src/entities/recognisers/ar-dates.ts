/**
 * Recogniser: dates written in Arabic. Three month families (`يناير`,
 * `جانفي`, `كانون الثاني`) and Moroccan forms (`غشت`, `شتنبر`), double naming
 * (`سبتمبر/ أيلول`, `نيسان (أبريل)`), relative words kept in the span
 * (`مارس الماضي`), deictic days and periods without a value (`أمس الخميس`,
 * `العام الماضي`), parts of the day (`صباح اليوم الاثنين 17 ماي 2021`),
 * `نهاية`/`مطلع` modifiers, era marks (`2022م`), Hijri dates with
 * `calendar: 'hijri'`, and day-to-day ranges. A classifier (`شهر`, `سنة`,
 * `يوم`) before an explicit value is left out.
 */
import { MONTHS } from '../../dates/names.js';
import type { DateValue } from '../../types.js';
import { derived } from '../../util/tables.js';
import { stems } from '../arabic/clitics.js';
import type { Candidate, Context } from '../candidate.js';
import { num, pad } from '../date-helpers.js';
import { key } from '../lexicon.js';
import type { Token } from '../tokens.js';

const HIJRI_NAMES: ReadonlyArray<readonly [string, number]> = [
  ['محرم', 1],
  ['صفر', 2],
  ['ربيع الأول', 3],
  ['ربيع الثاني', 4],
  ['ربيع الآخر', 4],
  ['جمادى الأولى', 5],
  ['جمادى الآخرة', 6],
  ['جمادى الثانية', 6],
  ['رجب', 7],
  ['شعبان', 8],
  ['رمضان', 9],
  ['شوال', 10],
  ['ذو القعدة', 11],
  ['ذو الحجة', 12],
  ['ذي القعدة', 11],
  ['ذي الحجة', 12],
];

interface Tables {
  /** Gregorian month names (one or two words) → month number. */
  months: Map<string, number>;
  hijri: Map<string, number>;
  /** First words of two-word month names. */
  firstWords: Set<string>;
  days: Set<string>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const months = new Map<string, number>();
  const firstWords = new Set<string>();
  for (const [name, m] of MONTHS) {
    const c = name.charCodeAt(0);
    if (c < 0x0600 || c > 0x06ff) continue;
    months.set(key(name), m);
    if (name.includes(' ')) firstWords.add(key(name).split(' ')[0] ?? '');
  }
  for (const [name, m] of [['أغسطس', 8] as const, ['يوليوز', 7] as const, ['أيار', 5] as const])
    months.set(key(name), m);
  const hijri = new Map<string, number>();
  for (const [name, m] of HIJRI_NAMES) {
    hijri.set(key(name), m);
    if (name.includes(' ')) firstWords.add(key(name).split(' ')[0] ?? '');
  }
  const days = new Set(
    ['الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'].map(key),
  );
  tables = { months, hijri, firstWords, days };
  return tables;
}

const RELATIVE = /* @__PURE__ */ derived(
  () =>
    new Set(
      [
        'الماضي',
        'المنصرم',
        'الفارط',
        'المقبل',
        'القادم',
        'الجاري',
        'الحالي',
        'الماضية',
        'المقبلة',
        'القادمة',
        'الجارية',
        'الحالية',
        'المنصرمة',
        'الفارطة',
      ].map(key),
    ),
);
const DAY_PARTS = /* @__PURE__ */ derived(
  () => new Set(['صباح', 'مساء', 'ظهر', 'عشية', 'صبيحة', 'ليلة', 'فجر', 'زوال'].map(key)),
);
const CLASSIFIERS = /* @__PURE__ */ derived(
  () => new Set(['شهر', 'سنة', 'عام', 'يوم', 'خلال'].map(key)),
);
const PERIOD_NOUNS = /* @__PURE__ */ derived(
  () => new Set(['العام', 'السنة', 'الشهر', 'الأسبوع', 'الاسبوع', 'الموسم'].map(key)),
);
const MODS: Readonly<Record<string, 'START' | 'END'>> = /* @__PURE__ */ derived(() => ({
  [key('نهاية')]: 'END',
  [key('موفى')]: 'END',
  [key('أواخر')]: 'END',
  [key('متم')]: 'END',
  [key('بداية')]: 'START',
  [key('مطلع')]: 'START',
  [key('أوائل')]: 'START',
}));
const DEICTIC = /* @__PURE__ */ derived(() => new Set(['اليوم', 'أمس', 'غدا', 'البارحة'].map(key)));
const UNTIL = /* @__PURE__ */ derived(() => new Set(['إلى', 'حتى', 'منذ', 'لحد'].map(key)));
const SAME = /* @__PURE__ */ derived(() => new Set(['ذاته', 'نفسه', 'الجاري', 'الحالي'].map(key)));

/** The first token's key without its proclitics, while one date is read (`وأمس` → `امس`). */
let firstKey: { i: number; k: string } | undefined;

/** The key of word token `i`, or `''`. */
function wk(ctx: Context, i: number): string {
  if (firstKey?.i === i) return firstKey.k;
  const t = ctx.tokens[i];
  return t?.kind === 'word' ? t.k : '';
}

/** A month name at `i` (one or two words): its number, calendar and last token. */
function monthAt(
  ctx: Context,
  i: number,
): { month: number; hijri: boolean; last: number } | undefined {
  const t = load();
  const k = wk(ctx, i);
  if (!k) return undefined;
  if (t.firstWords.has(k)) {
    const two = `${k} ${wk(ctx, i + 1)}`;
    const m = t.months.get(two) ?? t.hijri.get(two);
    if (m !== undefined) return { month: m, hijri: t.hijri.has(two), last: i + 1 };
  }
  const m = t.months.get(k);
  if (m !== undefined) return { month: m, hijri: false, last: i };
  const h = t.hijri.get(k);
  if (h !== undefined) return { month: h, hijri: true, last: i };
  return undefined;
}

/** A second naming of the month after `/` or in brackets: the last token it uses. */
function doubleNaming(ctx: Context, last: number): number {
  const sep = ctx.tokens[last + 1]?.text;
  if (sep === '/' || sep === '-') {
    const m = monthAt(ctx, last + 2);
    if (m) return m.last;
  }
  if (sep === '(') {
    const m = monthAt(ctx, last + 2);
    if (m && ctx.tokens[m.last + 1]?.text === ')') return m.last + 1;
  }
  return last;
}

/** An era mark after a year (`م`, `هـ`): its token index, or `last`. */
function era(ctx: Context, last: number): { last: number; hijri?: boolean } {
  const t = ctx.tokens[last + 1];
  if (t?.kind === 'word' && !t.breakBefore) {
    if (t.k === 'م') return { last: last + 1, hijri: false };
    if (t.k === 'ه') return { last: last + 1, hijri: true };
  }
  return { last };
}

/** An explicit date at `i`: `[day] month [year] [era]` or `year [era]`. */
function explicit(
  ctx: Context,
  i: number,
): { last: number; value?: DateValue; dayOnly?: boolean } | undefined {
  const { tokens } = ctx;
  let j = i;
  let day: number | undefined;
  if (tokens[j]?.kind === 'number') {
    day = num(ctx, j, 1, 31);
    if (day !== undefined && !(tokens[j]?.text.length === 4)) {
      const m = monthAt(ctx, j + 1);
      if (m) j++;
      else if (wk(ctx, j + 1) === 'من' && monthAt(ctx, j + 2))
        j += 2; // `12 من مارس`
      else if (
        wk(ctx, j + 1) === 'من' &&
        PERIOD_NOUNS.has(wk(ctx, j + 2)) &&
        SAME.has(wk(ctx, j + 3))
      )
        return { last: j + 3, dayOnly: true }; // `13 من الشهر ذاته`
      else day = undefined;
    } else day = undefined;
  }
  const month = monthAt(ctx, j);
  if (month) {
    let last = doubleNaming(ctx, month.last);
    const y = num(ctx, last + 1, 1, 2200, 4);
    const yearToken = tokens[last + 1];
    let hijri = month.hijri;
    let year: number | undefined;
    if (y !== undefined && yearToken && !yearToken.breakBefore) {
      year = y;
      const e = era(ctx, last + 1);
      last = e.last;
      if (e.hijri) hijri = true;
    }
    if (RELATIVE.has(wk(ctx, last + 1))) last++;
    const iso = `${year === undefined ? 'XXXX' : year}-${pad(month.month)}${day === undefined ? '' : `-${pad(day)}`}`;
    const value: DateValue = hijri ? { calendar: 'hijri', iso } : { iso };
    return { last, value };
  }
  if (day !== undefined) return undefined;
  // A year: `2025`, `2022م`, `1446 هـ`, `1446 / 1447 هـ`.
  const t = tokens[j];
  if (t?.kind !== 'number' || t.text.length !== 4) return undefined;
  const y = num(ctx, j, 1300, 2200, 4);
  if (y === undefined) return undefined;
  const prev = tokens[j - 1];
  if (prev && !t.spaceBefore && (prev.text === ',' || prev.text === '.' || prev.text === '،'))
    return undefined;
  const next = tokens[j + 1];
  if (next && !next.spaceBefore && (next.text === '%' || next.text === '٪')) return undefined;
  if (next?.text === '/' && tokens[j + 2]?.kind === 'number') {
    const y2 = num(ctx, j + 2, 1300, 2200, 4);
    const e = era(ctx, j + 2);
    if (y2 !== undefined && y2 === y + 1)
      return {
        last: e.last,
        value: e.hijri
          ? { calendar: 'hijri', start: String(y), end: String(y2) }
          : { start: String(y), end: String(y2) },
      };
  }
  const e = era(ctx, j);
  if (!e.hijri && (y < 1900 || y > 2100)) return undefined;
  let last = e.last;
  if (RELATIVE.has(wk(ctx, last + 1))) last++;
  return { last, value: e.hijri ? { calendar: 'hijri', iso: String(y) } : { iso: String(y) } };
}

/** The date starting at token `i`: its first and last tokens and value. */
function dateAt(
  ctx: Context,
  i: number,
): { first: number; last: number; value?: DateValue } | undefined {
  const t = load();
  let j = i;
  const first = i;
  let mod: 'START' | 'END' | undefined;
  let lead = false; // a part of the day, deictic or day name already read
  const k0 = wk(ctx, j);
  if (MODS[k0]) {
    mod = MODS[k0];
    j++;
    if (CLASSIFIERS.has(wk(ctx, j)) || PERIOD_NOUNS.has(wk(ctx, j))) {
      const inner = explicit(ctx, j + 1);
      if (inner?.value) {
        return { first, last: inner.last, value: withMod(inner.value, mod) };
      }
      if (PERIOD_NOUNS.has(wk(ctx, j)) && RELATIVE.has(wk(ctx, j + 1)))
        return { first, last: j + 1 };
      if (PERIOD_NOUNS.has(wk(ctx, j))) return { first, last: j };
      return undefined;
    }
    const inner = explicit(ctx, j);
    if (!inner?.value) return undefined;
    return { first, last: inner.last, value: withMod(inner.value, mod) };
  }
  const part = periodOfYear(ctx, j);
  if (part) return { first, last: part.last, value: part.value };
  if (DAY_PARTS.has(k0)) {
    j++;
    lead = true;
    if (wk(ctx, j) === 'يوم') j++;
  }
  let last = j - 1;
  const k = wk(ctx, j);
  if (k === 'اول' && wk(ctx, j + 1) === 'امس') {
    last = j + 1;
    j += 2;
    lead = true;
  } else if (DEICTIC.has(k)) {
    // `إلى اليوم`, `واليوم …`: "nowadays", not the day of the event (unless a day name follows).
    const nowadays =
      k === 'اليوم' &&
      !lead &&
      !t.days.has(wk(ctx, j + 1)) &&
      (firstKey?.i === j || UNTIL.has(wk(ctx, j - 1)));
    if (nowadays) return undefined;
    last = j;
    j++;
    lead = true;
  }
  if (t.days.has(wk(ctx, j))) {
    last = j;
    j++;
    lead = true;
    if (RELATIVE.has(wk(ctx, j))) return { first, last: j };
  }
  if (!lead && CLASSIFIERS.has(k) && k !== 'خلال') {
    // `شهر ماي 2023` → `ماي 2023`; `يوم السبت 19 أكتوبر 2024` → `السبت 19 أكتوبر 2024`
    const next = j + 1;
    if (t.days.has(wk(ctx, next)) || explicit(ctx, next)?.value) return dateAt(ctx, next);
    return undefined;
  }
  if (!lead && PERIOD_NOUNS.has(k)) {
    // `العام الماضي`, `الشهر المقبل`, `لسنة المالية المقبلة`
    let r = j + 1;
    if (wk(ctx, r) === 'الماليه' || wk(ctx, r) === 'المالي') r++;
    if (RELATIVE.has(wk(ctx, r))) {
      return { first, last: r };
    }
    return undefined;
  }
  const days = dayRange(ctx, j);
  if (days) return { first, last: days.last, value: days.value };
  const inner = explicit(ctx, j);
  if (inner) {
    if (inner.dayOnly) return lead ? undefined : { first, last: inner.last };
    const range = rangeAfter(ctx, inner.last, inner.value);
    if (range) return { first, last: range.last, value: range.value };
    const out: { first: number; last: number; value?: DateValue } = { first, last: inner.last };
    if (inner.value) out.value = inner.value;
    return out;
  }
  return lead && last >= i ? { first, last } : undefined;
}

const QUARTERS = /* @__PURE__ */ derived(() => new Set(['الربع', 'الفصل', 'الثلاثي'].map(key)));
const HALVES = /* @__PURE__ */ derived(() => new Set(['النصف', 'السداسي'].map(key)));
const ORDINALS: ReadonlyMap<string, number> = /* @__PURE__ */ derived(
  () =>
    new Map(
      [
        ['الأول', 1],
        ['الثاني', 2],
        ['الثالث', 3],
        ['الرابع', 4],
      ].map(([w, n]) => [key(String(w)), Number(n)]),
    ),
);

/** `الربع الأول من سنة 2025` → `2025-Q1`, `النصف الثاني من 2024` → `2024-H2` (only with a year: `الفصل الأول` is also a chapter). */
function periodOfYear(ctx: Context, j: number): { last: number; value: DateValue } | undefined {
  const noun = wk(ctx, j);
  const quarter = QUARTERS.has(noun);
  if (!quarter && !HALVES.has(noun)) return undefined;
  const n = ORDINALS.get(wk(ctx, j + 1));
  if (n === undefined || (!quarter && n > 2)) return undefined;
  let k = j + 2;
  if (wk(ctx, k) === 'من') k++;
  if (CLASSIFIERS.has(wk(ctx, k)) || PERIOD_NOUNS.has(wk(ctx, k))) k++;
  const y = num(ctx, k, 1900, 2100, 4);
  if (y === undefined) return undefined;
  const e = era(ctx, k);
  return { last: e.last, value: { iso: `${y}-${quarter ? 'Q' : 'H'}${n}` } };
}

function withMod(value: DateValue, mod: 'START' | 'END'): DateValue {
  return value.iso ? { ...value, mod } : value;
}

/** `12 إلى 15 أفريل 2024`, `3 و4 غشت`: two days of one month, one span with start and end. */
function dayRange(ctx: Context, j: number): { last: number; value: DateValue } | undefined {
  const d1 = num(ctx, j, 1, 31);
  if (d1 === undefined || ctx.tokens[j]?.text.length === 4) return undefined;
  const link = wk(ctx, j + 1);
  const glued = link === 'و' && !ctx.tokens[j + 2]?.spaceBefore;
  // `5 والـ 12 من مارس`: the article before the second day's digits is inside the range
  if (link !== 'الي' && link !== 'حتي' && link !== 'وال' && !glued) return undefined;
  const second = explicit(ctx, j + 2);
  const end = second?.value?.iso;
  if (!end || second.value?.calendar || end.length !== 10) return undefined;
  return { last: second.last, value: { start: `${end.slice(0, 8)}${pad(d1)}`, end } };
}

/** `21 ديسمبر إلى 18 جانفي 2026`: a second date after `إلى`, one span with start and end. */
function rangeAfter(
  ctx: Context,
  last: number,
  value: DateValue | undefined,
): { last: number; value: DateValue } | undefined {
  if (!value?.iso || value.calendar) return undefined;
  const to = wk(ctx, last + 1);
  if (to !== 'الي' && to !== 'حتي') return undefined;
  const second = explicit(ctx, last + 2);
  if (!second?.value?.iso || second.value.calendar) return undefined;
  return { last: second.last, value: { start: value.iso, end: second.value.iso } };
}

let startWords: Set<string> | undefined;

/** Every word an Arabic date may start with (first words of month names included). */
function starts(): Set<string> {
  if (startWords) return startWords;
  const t = load();
  const first = (k: string): string => k.split(' ')[0] ?? k;
  startWords = new Set([
    ...[...t.months.keys()].map(first),
    ...[...t.hijri.keys()].map(first),
    ...t.days,
    ...RELATIVE,
    ...DAY_PARTS,
    ...DEICTIC,
    ...CLASSIFIERS,
    ...PERIOD_NOUNS,
    ...Object.keys(MODS),
    ...QUARTERS,
    ...HALVES,
    'اول',
  ]);
  return startWords;
}

/** Whether a date may start at token `t` in Arabic text (an Arabic word, or a number before one). */
export function arabicDateStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'word') return t.ar;
  if (t.kind !== 'number') return false;
  const next = tokens[i + 1];
  if (next?.kind === 'word') return next.ar;
  // `1446 / 1447 هـ`: a pair of years before the era mark
  const after = tokens[i + 3];
  return (
    next?.text === '/' && tokens[i + 2]?.kind === 'number' && after?.kind === 'word' && after.ar
  );
}

/** Proposes Arabic dates. */
export function recogniseArabicDates(ctx: Context): Candidate[] {
  const { tokens } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!arabicDateStart(tokens, i)) continue;
    const t = tokens[i];
    if (t?.kind === 'word' && !stems(t).some((st) => starts().has(st.k))) continue;
    let d: ReturnType<typeof dateAt>;
    let skip = 0;
    for (const s of t?.kind === 'word' ? stems(t) : [{ skip: 0, k: '' }]) {
      firstKey = s.skip > 0 ? { i, k: s.k } : undefined;
      d = dateAt(ctx, i);
      firstKey = undefined;
      if (d) {
        skip = s.skip;
        break;
      }
    }
    if (!d) continue;
    const first = tokens[d.first];
    const last = tokens[d.last];
    if (!first || !last) continue;
    const c: Candidate = {
      type: 'date',
      start: first.start + (d.first === i ? skip : 0),
      end: last.end,
      priority: 2,
    };
    if (d.value) c.value = d.value;
    out.push(c);
    i = d.last;
  }
  return out;
}
