/**
 * Recogniser: names in Arabic script (people, places, organisations, misc),
 * with no capital letters to lean on: gazetteers, organisation heads with
 * their genitive (`وزارة الداخلية`, `المعهد الوطني للإحصاء`), administrative
 * classifiers (`ولاية ورقلة` → `ورقلة`), facility heads (`ملعب …`), given
 * names and titles, finance laws, demonym nouns, quoted names after a
 * classifier, and `LONG (SHORT)` acronym links. Proclitics stay outside spans
 * (see ../arabic/clitics.ts). Surnames found once are carried to later mentions.
 */

import { MONTHS } from '../../dates/names.js';
import { derived, phrases } from '../../util/tables.js';
import { type Stem, stems } from '../arabic/clitics.js';
import { type ArLexicon, type ArName, arLexicon, nisbaOf } from '../arabic/lexicon.js';
import type { Candidate, Context } from '../candidate.js';
import { AR_SHADDA_PLACES } from '../data/ar-places.js';
import { key } from '../lexicon.js';
import type { Token } from '../tokens.js';

const QUOTES = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('"|«|»|“|”|„|\''));
const LATIN_ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/;

/** A match: the first token's stem, the last token and what it is. */
/** The shadda (U+0651), a doubled consonant's mark. */
const SHADDA = '\u0651';

interface Match {
  i: number;
  skip: number;
  last: number;
  name: ArName;
  /** A classifier's place read over the lexicon's other kind for the same name (`مدينة برشلونة`): it wins the overlap. */
  overrides?: true;
}

/** Word token `j` in Arabic script, on the same line as the token before it. */
function arWord(tokens: readonly Token[], j: number): Token | undefined {
  const t = tokens[j];
  return t && t.kind === 'word' && t.ar && !t.breakBefore ? t : undefined;
}

/** The longest lexicon name starting at token `i` (under any stem of it). */
function lookup(ctx: Context, lex: ArLexicon, i: number, allStems = true): Match | undefined {
  const t = ctx.tokens[i];
  if (t?.kind !== 'word' || !t.ar) return undefined;
  let best: Match | undefined;
  // `عمّان` (Amman), written with its shadda: not `عمان` (Oman), which the fold makes of it; `بعمّان` after a proclitic.
  const marked = t.text.includes(SHADDA)
    ? AR_SHADDA_PLACES.find((p) => t.text.endsWith(p) && t.text.length - p.length <= 2)
    : undefined;
  if (marked)
    return { i, skip: t.text.length - marked.length, last: i, name: { type: 'location' } };
  const readings: readonly Stem[] = allStems ? stems(t) : [{ skip: 0, k: t.k }];
  for (const s of readings) {
    let k = s.k;
    let j = i;
    for (;;) {
      const name = lex.names.get(k);
      if (name && (!best || j > best.last)) best = { i, skip: s.skip, last: j, name };
      const next = arWord(ctx.tokens, j + 1);
      if (!next || !lex.prefixes.has(k)) break;
      k = `${k} ${next.k}`;
      j++;
    }
    if (best) break; // the reading as written wins over a stripped one
  }
  return best;
}

/** Prepositions written as `على`, `إلى`… fold like the name `علي`: told apart by their light folding. */
const LIGHT_STOP = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('على|الى|حتى|لدى|متى|مدى|سوى|ادى|لدي|والى|وعلى|وحتى'),
);

/** A preposition or conjunction glued to the article (`بالرباط`, `والمالية`, `للمغرب`): no name part. */
function articleAfterClitic(k: string): boolean {
  return (
    k.length > 4 &&
    (k.startsWith('لل') || (k[1] === 'ا' && k[2] === 'ل' && 'بوفك'.includes(k[0] ?? '')))
  );
}

/** Whether word `t` may be part of an unknown name: Arabic, no function word, title, head or date word. */
function nameLike(lex: ArLexicon, t: Token | undefined): t is Token {
  if (t?.kind !== 'word' || !t.ar || t.k.length < 2 || LIGHT_STOP.has(t.f)) return false;
  const k = t.k;
  return (
    !articleAfterClitic(k) &&
    !lex.stop.has(k) &&
    !lex.titles.has(k) &&
    !lex.orgHeads.has(k) &&
    !lex.locClassifiers.has(k) &&
    !lex.speech.has(k) &&
    !nisbaOf(lex, k) &&
    !k.startsWith('و')
  );
}

/** The key of token `i`'s reading with at most a conjunction stripped (`وعبد` → `عبد`). */
function startKey(t: Token, set: Set<string>): Stem | undefined {
  for (const s of stems(t))
    if (set.has(s.k) && (s.skip === 0 || 'وف'.includes(t.text[0] ?? ''))) return s;
  return undefined;
}

/** A name unit at `j`: a particle with its word (`عبد المجيد`, `بن سعيد`) or a given name; its last token. */
function nameUnit(ctx: Context, lex: ArLexicon, j: number, k: string): number | undefined {
  if (lex.particles.has(k) && nameLike(lex, arWord(ctx.tokens, j + 1))) return j + 1;
  if (lex.firstNames.has(k)) return j;
  return undefined;
}

/** A person starting with a given name or particle at token `i`: `عبد المجيد تبون`, `سعاد عبد الرحيم`. */
function personAt(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  const t = ctx.tokens[i];
  if (!t?.ar) return undefined;
  if (LIGHT_STOP.has(t.f)) return undefined;
  const s = startKey(t, lex.firstNames) ?? startKey(t, lex.particles);
  if (!s) return undefined;
  let last = nameUnit(ctx, lex, i, s.k);
  if (last === undefined) return undefined;
  let surname = false;
  for (let n = 0; n < 4; n++) {
    const next = arWord(ctx.tokens, last + 1);
    // `ولد الشيخ`, `بن علي`: a particle joins the next word, even a title word or one starting with و
    const joined = next && lex.particles.has(next.k) ? arWord(ctx.tokens, last + 2) : undefined;
    if (joined && !lex.stop.has(joined.k) && !LIGHT_STOP.has(joined.f)) {
      last += 2;
      continue;
    }
    if (!nameLike(lex, next)) break;
    // A known name ends the person, except a town written as a surname (`زكية الدريوش`).
    const known = lookup(ctx, lex, last + 1, false);
    if (known?.name.type === 'person') {
      last = known.last; // a known surname ends the name: `إيمانويل ماكرون`
      break;
    }
    if (
      known &&
      (surname || known.last > last + 1 || known.name.type !== 'location' || known.name.country)
    )
      break;
    const unit = nameUnit(ctx, lex, last + 1, next.k);
    if (unit !== undefined) {
      last = unit;
      continue;
    }
    if (lex.regnal.has(next.k)) {
      last++;
      break;
    }
    if (surname) break;
    // An imperfect verb (`جامعة ابن زهر تعلن`) is no surname; known surnames (`تبون`) were taken above.
    if ((next.k[0] === 'ي' || next.k[0] === 'ت') && next.k.length > 3) break;
    last++;
    surname = true;
  }
  if (last === i) return undefined; // a given name alone is not annotated
  return { i, skip: s.skip, last, name: { type: 'person' } };
}

/** A title (one or two words) at `i`; the index after it. */
function titleAt(
  ctx: Context,
  lex: ArLexicon,
  i: number,
): { next: number; key: string } | undefined {
  const t = ctx.tokens[i];
  if (!t?.ar || LIGHT_STOP.has(t.f)) return undefined; // `وإلى` folds like `والي` (governor)
  const s = stems(t).find((x) => lex.titles.has(x.k) || lex.prefixes.has(x.k));
  if (!s) return undefined;
  const two = arWord(ctx.tokens, i + 1);
  if (two && lex.titles.has(`${s.k} ${two.k}`)) return { next: i + 2, key: `${s.k} ${two.k}` };
  return lex.titles.has(s.k) ? { next: i + 1, key: s.k } : undefined;
}

/** An unknown name after a title (and a nisba): `المدرب الفرنسي هيرفي رونار`. */
function titledPerson(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  const title = titleAt(ctx, lex, i);
  if (title === undefined) return undefined;
  let j = title.next;
  // Only titles that name people introduce an unknown name (`المحافظ`, `المدير` are also plain nouns).
  let unknownAllowed = lex.strongTitles.has(title.key);
  // The office and a nisba between the title and the name: `وزير الخارجية الأمريكي أنتوني بلينكن`.
  for (let n = 0; n < 3; n++) {
    const w = arWord(ctx.tokens, j);
    if (!w || lex.stop.has(w.k) || !(w.k.startsWith('ال') || w.k.startsWith('وال'))) break;
    if (!nisbaOf(lex, w.k)) unknownAllowed = false; // after an office, only a known given name
    j++;
  }
  const first = arWord(ctx.tokens, j);
  if (!nameLike(lex, first) || first.k.startsWith('ال') || lookup(ctx, lex, j, false))
    return undefined;
  if (lex.firstNames.has(first.k) || lex.particles.has(first.k)) return personAt(ctx, lex, j);
  if (!unknownAllowed) return undefined;
  // An imperfect verb (`يطالب`, `تؤكد`) after a title is no name.
  if ((first.k[0] === 'ي' || first.k[0] === 'ت') && first.k.length > 3) return undefined;
  let last = j;
  const second = arWord(ctx.tokens, j + 1);
  if (nameLike(lex, second) && !lookup(ctx, lex, j + 1, false)) last++;
  return { i: j, skip: 0, last, name: { type: 'person' } };
}

/** An organisation head and its genitive or adjectives: `وزارة الاقتصاد والمالية`, `الهيئة العامة للإحصاء`. */
function organizationAt(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  const t = ctx.tokens[i];
  if (!t?.ar) return undefined;
  const s = stems(t).find((x) => lex.orgHeads.has(x.k));
  if (!s) return undefined;
  const definite = s.k.startsWith('ال');
  let last = i;
  let named = false;
  let prev = s.k;
  for (let n = 0; n < 7; n++) {
    const j = last + 1;
    const w = arWord(ctx.tokens, j);
    if (!w || lex.stop.has(w.k)) break;
    const k = w.k;
    const nisba = nisbaOf(lex, k);
    if (nisba && !nisba.plural) {
      // `البنك المركزي المصري`, `اتحاد الكرة التونسي`: the nisba makes the name; otherwise it is outside.
      if (prev === 'المركزي' || prev === 'الكره') {
        last = j;
        named = true;
      }
      break;
    }
    const known = lookup(ctx, lex, j);
    // `الاتحاد الأوروبي والمغرب`: a known name after و is a second entity, not part of this one.
    if (known && k.startsWith('و') && known.skip > 0) break;
    // A known name right after the head is its genitive (`جامعة الدول العربية`); after ب, its parent body.
    if (
      known &&
      known.name.type !== 'misc' &&
      ((known.skip === 0 && last === i) ||
        (k.startsWith('ب') && known.skip > 0 && known.name.type === 'organization'))
    ) {
      // a known name in the genitive (`جامعة الدول العربية`, `بعثة صندوق النقد الدولي`) or a parent body (`… بمجلس النواب`)
      if (known.skip > 0 && last === i) break;
      last = known.last;
      named = true;
      prev = ctx.tokens[last]?.k ?? '';
      continue;
    }
    if (k.startsWith('ال') && !(known && known.skip > 0)) {
      if (lex.nameAdjectives.has(k)) named = true;
    } else if (
      k.startsWith('لل') ||
      (k.startsWith('ل') && arWord(ctx.tokens, j + 1)?.k.startsWith('ال'))
    ) {
      if (last === i) break;
      named = true;
    } else if (k.startsWith('وال') && last > i) {
      // coordination inside the name: `والمالية`
    } else if (!definite && last === i && (lex.firstNames.has(k) || lex.particles.has(k))) {
      // `جامعة محمد الخامس`
      const p = personAt(ctx, lex, j);
      const unit = nameUnit(ctx, lex, j, k) ?? j;
      // A surname inside an institution's name has the article (`جامعة عبد المالك السعدي`), else it is the next word (`… نتائج`).
      const end =
        p && p.last > unit && !(ctx.tokens[p.last]?.k.startsWith('ال') ?? false) ? unit : p?.last;
      last = end ?? j;
      named = true;
      prev = ctx.tokens[last]?.k ?? '';
      continue;
    } else break;
    last = j;
    prev = k;
  }
  if (last === i) return undefined;
  if (definite && !named) return undefined;
  let key = s.k;
  for (let j = i + 1; j <= last; j++) key += ` ${ctx.tokens[j]?.k ?? ''}`;
  if (lex.notOrgs.has(key)) return undefined;
  return { i, skip: s.skip, last, name: { type: 'organization' } };
}

/** A place after an administrative classifier (`بولاية إليزي` → `إليزي`), or a facility with its head. */
function placeAt(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  const t = ctx.tokens[i];
  if (!t?.ar) return undefined;
  const facility = stems(t).find((x) => lex.facilityHeads.has(x.k));
  if (facility) {
    let last = i;
    // `ملعب 5 جويلية`, `ملعب 20 أوت 1955`: a facility named after a date is one place.
    const dated = datedName(ctx, i + 1);
    if (dated !== undefined)
      return { i, skip: facility.skip, last: dated, name: { type: 'location' } };
    for (let n = 0; n < 5; n++) {
      const w = arWord(ctx.tokens, last + 1);
      if (!w || lex.stop.has(w.k) || lex.speech.has(w.k) || articleAfterClitic(w.k)) break;
      if (nisbaOf(lex, w.k) && last > i) break;
      last++;
      if (INTERNATIONAL.has(w.k)) break; // `… الدولي` ends a facility's name
    }
    return last === i ? undefined : { i, skip: facility.skip, last, name: { type: 'location' } };
  }
  const classifier = stems(t).find((x) => lex.locClassifiers.has(x.k));
  if (!classifier) return undefined;
  const known = lookup(ctx, lex, i + 1, false);
  // `مدينة برشلونة`: after a classifier, a name that is a place and a club or a company is the place.
  if (known)
    return known.name.type === 'location'
      ? known
      : known.last === i + 1 && lex.placesToo.has(ctx.tokens[i + 1]?.k ?? '')
        ? { ...known, name: { type: 'location' }, overrides: true }
        : undefined;
  const w = arWord(ctx.tokens, i + 1);
  // Only the administrative classifiers take an unknown name: `جهة` (side) and `شمال` (north) need a known one.
  if (!nameLike(lex, w) || !ADMINISTRATIVE.has(classifier.k)) return undefined;
  return { i: i + 1, skip: 0, last: i + 1, name: { type: 'location' } };
}

/** `5 جويلية`, `20 أوت 1955` right after a facility head: the last token of the date, or undefined. */
function datedName(ctx: Context, j: number): number | undefined {
  const day = ctx.tokens[j];
  const month = ctx.tokens[j + 1];
  if (day?.kind !== 'number' || day.text.length > 2 || month?.kind !== 'word' || !month.ar)
    return undefined;
  if (!MONTH_KEYS.has(month.k)) return undefined;
  const year = ctx.tokens[j + 2];
  return year?.kind === 'number' && year.text.length === 4 && !year.breakBefore ? j + 2 : j + 1;
}

const MONTH_KEYS = /* @__PURE__ */ derived(
  () =>
    new Set([...MONTHS.keys()].filter((m) => (m.charCodeAt(0) ?? 0) >= 0x0600).map((m) => key(m))),
);

const INTERNATIONAL = /* @__PURE__ */ derived(
  () => new Set(['الدولي', 'الدولية'].map((w) => key(w))),
);

const ADMINISTRATIVE = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'ولايه|ولايتي|اقليم|عماله|مدينه|محافظه|بلديه|دائره|دايره|حوض|حوضي|قريه|دوار|معتمديه|مقاطعه|بلده',
  ),
);

/** A finance law or numbered law: `مشروع قانون المالية للسنة المالية 2025`, `القانون عدد 14 لسنة 2025`. */
function lawAt(ctx: Context, i: number): Match | undefined {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t?.ar) return undefined;
  const s = stems(t).find((x) => LAW_START.has(x.k));
  if (!s) return undefined;
  let j = i;
  let law = s.k === 'قانون' || s.k === 'القانون';
  let finance = false;
  let last = -1;
  for (let n = 0; n < 10; n++) {
    const w = tokens[j + 1];
    if (!w || w.breakBefore) break;
    if (w.kind === 'word' && LAW_WORDS.has(w.k)) {
      if (w.k === 'قانون' || w.k === 'القانون') law = true;
      if (w.k === 'الماليه' && tokens[j]?.k.endsWith('قانون')) {
        finance = true;
        last = j + 1;
      }
      j++;
      continue;
    }
    if (w.kind === 'number') {
      j++;
      if (/^\d{4}$/.test(w.text) && YEAR_LEAD.has(tokens[j - 1]?.k ?? '')) {
        last = j;
        break;
      }
      continue;
    }
    if ((w.text === '.' || w.text === '/') && tokens[j + 2]?.kind === 'number' && !w.spaceBefore) {
      j++;
      continue;
    }
    break;
  }
  if (!law || last < 0 || (!finance && tokens[last]?.kind !== 'number')) return undefined;
  return { i, skip: s.skip, last, name: { type: 'misc' } };
}

const LAW_START = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('مشروع|قانون|القانون|مقترح'));
const LAW_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'قانون|القانون|الماليه|التعديلي|رقم|عدد|لسنه|للسنه|لعام|المالي|سنه|للعام',
  ),
);
const YEAR_LEAD = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('لسنه|للسنه|لعام|الماليه|سنه|للعام'),
);

/** A name in quotes after a classifier: `شركة "أوراسكوم"`, `مجمع"سونطراك"`, `قناة «دوزيم»`. */
function quotedAt(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  const { tokens } = ctx;
  const t = tokens[i];
  if (!t?.ar) return undefined;
  // `“الخضر”`: a team nickname that is also an everyday word counts only between quotes.
  const before = tokens[i - 1];
  if (
    lex.quotedNicknames.has(t.k) &&
    QUOTES.has(before?.text ?? '') &&
    QUOTES.has(tokens[i + 1]?.text ?? '')
  )
    return { i, skip: 0, last: i, name: { type: 'organization' } };
  // `تصريحات لـ"برلماني"`: a short quoted name right after the preposition لـ is the medium spoken to.
  if (t.k === 'ل' && t.text.length > 1 && QUOTES.has(tokens[i + 1]?.text ?? '')) {
    const w1 = tokens[i + 2];
    const close = QUOTES.has(tokens[i + 3]?.text ?? '')
      ? i + 3
      : QUOTES.has(tokens[i + 4]?.text ?? '')
        ? i + 4
        : -1;
    if (nameLike(lex, w1) && close > 0 && (close === i + 3 || nameLike(lex, arWord(tokens, i + 3))))
      return { i: i + 2, skip: 0, last: close - 1, name: { type: 'organization' } };
  }
  const org = stems(t).some((x) => lex.orgClassifiers.has(x.k));
  const place = !org && stems(t).some((x) => lex.facilityHeads.has(x.k));
  if (!org && !place) return undefined;
  if (!QUOTES.has(tokens[i + 1]?.text ?? '')) return undefined;
  let j = i + 2;
  while (j < i + 8 && tokens[j]?.kind === 'word' && !tokens[j]?.breakBefore) j++;
  if (j === i + 2 || !QUOTES.has(tokens[j]?.text ?? '')) return undefined;
  return { i: i + 2, skip: 0, last: j - 1, name: { type: place ? 'location' : 'organization' } };
}

const STATE_WORDS = /* @__PURE__ */ phrases('جمهوريه|مملكه|دوله|سلطنه|اماره|الجمهوريه|المملكه');
const STATE_ADJECTIVES = /* @__PURE__ */ derived(
  () =>
    new Set(
      [
        'الشعبية',
        'الديمقراطية',
        'العربية',
        'الاتحادية',
        'المتحدة',
        'الإسلامية',
        'الهاشمية',
        'الشقيقة',
      ].map((w) => key(w)),
    ),
);

/** An official state name: `جمهورية الصين الشعبية`, `دولة الكويت` (the form-of-state word inside, the country's code). */
function stateAt(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  const t = ctx.tokens[i];
  if (!t) return undefined;
  const s = stems(t).find((x) => STATE_WORDS.includes(x.k));
  const country = s ? lookup(ctx, lex, i + 1, false) : undefined;
  if (!s || !country?.name.country || country.name.type !== 'location') return undefined;
  let last = country.last;
  while (last < country.last + 2) {
    const w = arWord(ctx.tokens, last + 1);
    // `الشقيقة` (sister) is praise, not part of the name
    if (!w || !STATE_ADJECTIVES.has(w.k) || w.k === key('الشقيقة')) break;
    last++;
  }
  return { i, skip: s.skip, last, name: { type: 'location', country: country.name.country } };
}

/** A competition: `كأس` and its genitive (`كأس أمم إفريقيا 2024`, `كأس العرب للسيدات`). */
function cupAt(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  let last = i;
  for (let n = 0; n < 4; n++) {
    const w = arWord(ctx.tokens, last + 1);
    if (!w || lex.stop.has(w.k)) break;
    const known = lookup(ctx, lex, last + 1, false);
    if (known && known.name.type === 'location') last = known.last;
    else if (w.k.startsWith('ال') || w.k.startsWith('لل') || w.k === 'امم') last++;
    else break;
  }
  if (last === i) return undefined;
  const t = ctx.tokens[i];
  const skip = t ? (stems(t).find((x) => x.k === 'كاس')?.skip ?? 0) : 0;
  return { i, skip, last: withYear(ctx, last), name: { type: 'misc' } };
}

/** A named operation after `عملية` (outside): `عملية مرحبا 2024` → `مرحبا 2024`. */
function operationAt(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  const name = arWord(ctx.tokens, i + 1);
  if (!name || !lex.operations.has(name.k)) return undefined;
  return { i: i + 1, skip: 0, last: withYear(ctx, i + 1), name: { type: 'misc' } };
}

/** A demonym noun: a plural nisba standing alone (`الجزائريون`, `التونسيين`), not after a noun it would qualify. */
function demonymAt(ctx: Context, lex: ArLexicon, i: number): Match | undefined {
  const t = ctx.tokens[i];
  if (!t?.ar) return undefined;
  for (const s of stems(t)) {
    const n = nisbaOf(lex, s.k);
    if (!n?.plural) continue;
    const prev = ctx.tokens[i - 1];
    if (
      s.skip === 0 &&
      prev?.kind === 'word' &&
      prev.ar &&
      prev.k.startsWith('ال') &&
      !t.breakBefore
    )
      return undefined; // `المواطنين الجزائريين`: an adjective
    return { i, skip: s.skip, last: i, name: { type: 'misc', country: n.country } };
  }
  return undefined;
}

function toCandidate(ctx: Context, m: Match, priority: number): Candidate {
  const first = ctx.tokens[m.i];
  const last = ctx.tokens[m.last];
  const c: Candidate = {
    type: m.name.type,
    start: (first?.start ?? 0) + m.skip,
    end: last?.end ?? 0,
    priority,
  };
  if (m.name.country) c.value = { country: m.name.country };
  return c;
}

/** A year right after a misc name (`كأس العالم 2030`): the index of the year token, or `last`. */
function withYear(ctx: Context, last: number): number {
  const y = ctx.tokens[last + 1];
  return y?.kind === 'number' && /^[12]\d{3}$/.test(y.text) && !y.breakBefore ? last + 1 : last;
}

const NAME = 1;
const ORG_HEAD = 2;
const PLACE_HEAD = 4;
const LAW = 8;
const QUOTED = 16;
const GIVEN = 32;
const TITLE = 64;
const OPERATION = 128;
const STATE = 256;
const CUP = 512;

let triggerTable: Map<string, number> | undefined;

/** Every key a recogniser may start on, with the recognisers it may start (bit flags), built once. */
function triggers(lex: ArLexicon): Map<string, number> {
  if (triggerTable) return triggerTable;
  const table = new Map<string, number>();
  const add = (keys: Iterable<string>, flag: number): void => {
    for (const k of keys) {
      const first = k.split(' ')[0] ?? k;
      table.set(first, (table.get(first) ?? 0) | flag);
    }
  };
  add(lex.names.keys(), NAME);
  add(lex.orgHeads, ORG_HEAD);
  add(lex.facilityHeads, PLACE_HEAD | QUOTED);
  add(lex.locClassifiers, PLACE_HEAD);
  add(LAW_START, LAW);
  add(lex.orgClassifiers, QUOTED);
  add(lex.quotedNicknames, QUOTED);
  add(lex.firstNames, GIVEN);
  add(lex.particles, GIVEN);
  add(lex.titles, TITLE);
  add(['عمليه'], OPERATION);
  add(['ل'], QUOTED);
  add(STATE_WORDS, STATE);
  add(['كاس'], CUP);
  triggerTable = table;
  return table;
}

/** A cheap test before {@link nisbaOf}: plural nisbas end in `يون` or `يين`. */
function mayBePluralNisba(k: string): boolean {
  return k.endsWith('يون') || k.endsWith('يين');
}

/** Proposes Arabic-script names; nothing for a text with no Arabic word. */
export function recogniseArabicNames(ctx: Context): Candidate[] {
  const { tokens } = ctx;
  if (!tokens.some((t) => t.ar)) return [];
  const lex = arLexicon();
  const out: Candidate[] = [];
  const surnames = new Map<string, number>();
  const people: Candidate[] = [];
  const table = triggers(lex);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.ar) continue;
    // One look-up per reading of the token tells which recognisers may start here.
    let flags = 0;
    for (const st of stems(t)) flags |= table.get(st.k) ?? 0;
    const plural = mayBePluralNisba(t.k);
    if (flags === 0 && !plural) continue;
    let known = flags & NAME ? lookup(ctx, lex, i) : undefined;
    // `الهيئة العامة للإحصاء السعودية`: a place name that is also a nisba, after a definite word, is an adjective.
    const prev = tokens[i - 1];
    if (
      known &&
      known.last === i &&
      known.skip === 0 &&
      nisbaOf(lex, t.k) &&
      prev?.ar &&
      !t.breakBefore &&
      !lex.stop.has(prev.k)
    )
      known = undefined;
    if (known) {
      if (known.name.type === 'misc') known.last = withYear(ctx, known.last);
      out.push(toCandidate(ctx, known, 4));
      acronymAfter(ctx, known, out);
    }
    const org = flags & ORG_HEAD ? organizationAt(ctx, lex, i) : undefined;
    if (org) {
      out.push(toCandidate(ctx, org, 3));
      acronymAfter(ctx, org, out);
    }
    const place = flags & PLACE_HEAD ? placeAt(ctx, lex, i) : undefined;
    const state = flags & STATE ? stateAt(ctx, lex, i) : undefined;
    if (state) out.push(toCandidate(ctx, state, 4));
    const cup = flags & CUP ? cupAt(ctx, lex, i) : undefined;
    if (cup) out.push(toCandidate(ctx, cup, 3));
    if (place) out.push(toCandidate(ctx, place, place.overrides ? 5 : 3));
    const law = flags & LAW ? lawAt(ctx, i) : undefined;
    const operation = flags & OPERATION ? operationAt(ctx, lex, i) : undefined;
    if (operation) out.push(toCandidate(ctx, operation, 5));
    if (law) out.push(toCandidate(ctx, law, 5));
    const quoted = flags & QUOTED ? quotedAt(ctx, lex, i) : undefined;
    if (quoted) out.push(toCandidate(ctx, quoted, 5));
    const demonym = known || !plural ? undefined : demonymAt(ctx, lex, i);
    if (demonym) out.push(toCandidate(ctx, demonym, 2));
    const person =
      (flags & GIVEN ? personAt(ctx, lex, i) : undefined) ??
      (flags & TITLE ? titledPerson(ctx, lex, i) : undefined);
    if (person) {
      const c = toCandidate(ctx, person, 3);
      out.push(c);
      people.push(c);
      const lastWord = tokens[person.last];
      if (
        lastWord &&
        lastWord.k.length > 2 &&
        !lex.firstNames.has(lastWord.k) &&
        !lex.regnal.has(lastWord.k)
      )
        surnames.set(lastWord.k, person.last);
    }
  }
  // Surnames found once are carried to later mentions (`وأوضح الركراكي`).
  if (surnames.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t?.ar) continue;
      for (const s of stems(t)) {
        const at = surnames.get(s.k);
        if (at === undefined || at === i) continue;
        out.push({ type: 'person', start: t.start + s.skip, end: t.end, priority: 1 });
        break;
      }
    }
  }
  return out;
}

/** `المكتب الشريف للفوسفاط (OCP)`: the Latin acronym in brackets after a name, linked to it. */
function acronymAfter(ctx: Context, m: Match, out: Candidate[]): void {
  const { tokens } = ctx;
  const open = tokens[m.last + 1];
  const short = tokens[m.last + 2];
  const close = tokens[m.last + 3];
  if (open?.text !== '(' || close?.text !== ')' || short?.kind !== 'word') return;
  if (!LATIN_ACRONYM.test(short.text)) return;
  const first = tokens[m.i];
  const last = tokens[m.last];
  if (!first || !last) return;
  out.push({
    type: m.name.type === 'location' ? 'location' : 'organization',
    start: short.start,
    end: short.end,
    expansion: ctx.text.slice(first.start + m.skip, last.end),
    priority: 6,
  });
}
