/** extractEntities: recognisers propose, refiners settle. */
import { readReferenceDay } from '../dates/reference.js';
import {
  assertOptions,
  assertString,
  checkChoicesOption,
  checkFunctionOption,
  checkLangOption,
  checkPositiveOption,
  checkReferenceDate,
} from '../guards.js';
import { detectLang } from '../lang/detect.js';
import { applyLimit } from '../limits.js';
import type { Entity, ExtractEntitiesOptions } from '../types.js';
import type { Candidate, Context, Recogniser } from './candidate.js';
import { countryHint } from './country-hint.js';
import { makeEntity } from './entity.js';
import { ENTITY_TYPES } from './entity-types.js';
import { lexicon } from './lexicon.js';
import { pieces } from './pieces.js';
import { recogniseAcronyms } from './recognisers/acronyms.js';
import { recogniseArabicDates } from './recognisers/ar-dates.js';
import { recogniseArabicNames } from './recognisers/ar-names.js';
import { recogniseArabicQuantity } from './recognisers/ar-quantity.js';
import { recogniseDate } from './recognisers/date.js';
import { recogniseInstitutions } from './recognisers/institutions.js';
import { recogniseLaws } from './recognisers/laws.js';
import { recogniseMoney } from './recognisers/money.js';
import { recogniseNames, titleCaseTokens } from './recognisers/names.js';
import { recognisePercent } from './recognisers/percent.js';
import { recogniseQuantity } from './recognisers/quantity.js';
import { recogniseQuoted } from './recognisers/quoted.js';
import { coordinate } from './refiners/coordination.js';
import { elided } from './refiners/elided.js';
import { oneType } from './refiners/one-type.js';
import { type Known, propagate } from './refiners/propagate.js';
import { resolveOverlaps } from './refiners/resolve-overlaps.js';
import { tokenize } from './tokens.js';

/** The recognisers, in no particular order: overlaps are settled afterwards. */
const RECOGNISERS: readonly Recogniser[] = [
  recogniseMoney,
  recognisePercent,
  recogniseQuantity,
  recogniseDate,
  recogniseAcronyms,
  recogniseNames,
  recogniseInstitutions,
  recogniseLaws,
  recogniseQuoted,
  recogniseArabicNames,
  recogniseArabicDates,
  recogniseArabicQuantity,
];

/** Throws a TypeError naming the first option of `options` with a wrong value (see guards.ts). */
function checkEntityOptions(options: ExtractEntitiesOptions | undefined): void {
  const fn = 'extractEntities';
  assertOptions(options, fn);
  if (!options) return;
  checkChoicesOption(fn, 'types', options.types, ENTITY_TYPES);
  checkLangOption(fn, options.lang);
  checkReferenceDate(fn, options.referenceDate);
  checkPositiveOption(fn, 'maxInputLength', options.maxInputLength);
  checkFunctionOption(fn, 'onWarning', options.onWarning);
}

/** A dinar written as a word (the only currency whose code needs the text's country). */
const DINAR_WORD =
  /dinar|د[\u0640\u064b-\u065f]*ي[\u0640\u064b-\u065f]*ن|د[\u0640\u064b-\u065f]*ن[\u0640\u064b-\u065f]*ا[\u0640\u064b-\u065f]*ن/i;

/** The primary language subtag of a checked `options.lang` (`en-GB` → `en`). */
function readLang(value: string | undefined): string | undefined {
  return value === undefined ? undefined : /^([A-Za-z]{2,3})/.exec(value)?.[1]?.toLowerCase();
}

/** The public entity of a candidate found in a piece that starts at `offset` in `text`. */
function toEntity(text: string, c: Candidate, offset: number): Entity | undefined {
  const start = c.start + offset;
  const end = c.end + offset;
  const base = { text: text.slice(start, end), start, end };
  return makeEntity(c.expansion ? { ...base, expansion: c.expansion } : base, c.type, c.value);
}

/**
 * Finds the people, organisations, places, misc names (events, demonyms,
 * laws), money, percentages, dates and quantities of a French, English or
 * Arabic news text, with normalised values and acronym expansions.
 *
 * @param text Any string: never throws on one.
 * @param options See {@link ExtractEntitiesOptions}.
 * @returns Entities in text order, flat and non-overlapping; `text.slice(start, end) === entity.text`.
 * @throws TypeError when `text` is not a string, `options` not an object, or an option has a
 *   wrong value (the message names the option and what it expects).
 *
 * @group Entities
 * @example
 * ```ts
 * extractEntities("une amende de 2,34 milliards d'euros");
 * // [{ type: 'money', text: "2,34 milliards d'euros", start: 14, end: 36,
 * //    value: { amount: 2340000000, currency: 'EUR' } }]
 * ```
 */
export function extractEntities(text: string, options?: ExtractEntitiesOptions): Entity[] {
  assertString(text, 'extractEntities', 'text');
  checkEntityOptions(options);
  const limited = applyLimit(text, options?.maxInputLength);
  if (limited.warning) options?.onWarning?.(limited.warning);
  return extractFrom(limited.input, options);
}

/** The extraction proper, on a text already cut to the size limit. */
function extractFrom(text: string, options: ExtractEntitiesOptions | undefined): Entity[] {
  const types = options?.types;
  const reference = options?.referenceDate ? readReferenceDay(options.referenceDate) : undefined;
  if (text.length === 0) return [];
  const lang = readLang(options?.lang) ?? detectLang(text, 'fr') ?? 'fr';
  const wanted = types ? new Set(types) : undefined;
  const out: Entity[] = [];
  // Long texts are read piece by piece (see pieces.ts): names and acronyms defined in a piece carry over to the next, and so does the last country hint.
  const names = new Map<string, Known>();
  let hint: string | undefined;
  // The country hint only settles bare dinars: a text without one skips the cue count.
  const dinars = DINAR_WORD.test(text);
  for (const [start, end] of pieces(text)) {
    const piece = start === 0 && end === text.length ? text : text.slice(start, end);
    const found = extractPiece(piece, lang, reference, names, hint, dinars);
    hint = found.hint ?? hint;
    for (const c of found.kept) {
      const e = !wanted || wanted.has(c.type) ? toEntity(text, c, start) : undefined;
      if (e) out.push(e);
    }
  }
  return out;
}

/** Entities of one piece, with offsets in the piece, and the piece's country hint. */
function extractPiece(
  text: string,
  lang: string,
  reference: Context['reference'],
  names: Map<string, Known>,
  earlierHint: string | undefined,
  dinars: boolean,
): { kept: Candidate[]; hint: string | undefined } {
  const tokens = tokenize(text);
  const lex = lexicon();
  const ctx: Context = {
    text,
    tokens,
    lang,
    lex,
    titleCase: titleCaseTokens(tokens, lex.stopCapitalised),
  };
  if (reference) ctx.reference = reference;
  const hint = dinars ? countryHint(tokens, lex) : undefined;
  const useHint = hint ?? earlierHint;
  if (useHint) ctx.countryHint = useHint;
  const candidates = RECOGNISERS.flatMap((recognise) => recognise(ctx));
  const kept = oneType(
    ctx,
    propagate(ctx, coordinate(ctx, resolveOverlaps(elided(ctx, candidates), text.length)), names),
    names,
  );
  return { kept, hint };
}
