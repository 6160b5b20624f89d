/**
 * Recognisers for the credited source beyond the network's source line:
 * `Continue Reading on X`, `via X`, an agency in a dateline (`(APS)`),
 * an Arabic credit inside the text (`حسب ما أوردته جريدة ”X”`), and the
 * aggregator URL's source slug.
 */
import { findDates } from '../../dates/find-dates.js';
import { afterStampLabel } from '../../furniture/stamps.js';
import type { Block } from '../../input/block.js';
import { NAME_PARTICLES } from '../../lang/name-particles.js';
import { fold } from '../../text/fold.js';
import type { Publication, Span } from '../../types.js';
import { phrases } from '../../util/tables.js';
import { AGGREGATOR_NETWORK } from '../profiles/aggregator-network.js';
import { AGENCIES, AGENCY_CREDIT_LEADS, AGENCY_JOINS } from '../profiles/generic.js';
import { profileForHost } from '../profiles/index.js';
import { NETWORK_SOURCES } from '../profiles/network-sources.js';
import { hostOf } from '../site.js';

/** A credited source and where it is named. */
export interface SourceChoice extends Span {
  name: string;
}

const CONTINUE_ON =
  /^(?:Continue Reading on|Continue reading on|Lire la suite sur|Read more on|Via|via|Source ?:|Source :|المصدر ?:) ?(.{2,60})$/u;
const AGENCY_IN_PARENS = /\(([\p{L} ]{2,12})\)/gu;
/** Phrases that credit a newspaper inside the text (`حسب ما أوردته جريدة ”X”`). */
const CREDIT_PHRASES = /* @__PURE__ */ phrases(
  'حسب ما أوردته|حسب ما أورده|حسبما أوردته|وفق ما أوردته|وفق ما أورده|نقلا عن|نقلاً عن|حسب ما نشرته|' +
    'حسب ما نشره',
);
/** Whether every one of {@link CREDIT_PHRASES} holds an alef (the gate of {@link arabicCredit}). */
const PHRASES_HOLD_ALEF = CREDIT_PHRASES.every((p) => p.includes('ا'));
/** The kind of publication and an opening quote, right after a credit phrase. */
const CREDIT_NOUN = / (?:جريدة|صحيفة|يومية|أسبوعية|موقع|وكالة) ?[”“"«»]? ?/uy;
const CLOSING = /[”“"»«]/u;

/** `Continue Reading on X`, `via X`, `Source : X` as a line of its own. */
export function creditLine(block: Block): SourceChoice | undefined {
  if (block.text.length > 80) return undefined;
  // `(وأج)` or `(APS)` alone on a line after the last paragraph.
  const alone = /^\(([^()]{2,12})\)\.?$/u.exec(block.text);
  const agency = alone?.[1] ? AGENCIES[alone[1].trim()] : undefined;
  if (alone && agency) {
    const start = block.start + 1;
    return { name: agency, start, end: start + (alone[1]?.length ?? 0) };
  }
  const led = agencyCredit(block);
  if (led) return led;
  const m = CONTINUE_ON.exec(block.text);
  const name = m?.[1] && beforeStamp(m[1].trim());
  if (!m || !name) return undefined;
  const start = block.start + block.text.lastIndexOf(name);
  return { name, start, end: start + name.length };
}

/**
 * The source's name before a publication stamp a renderer printed on its line (`Source: APS Published on 06
 * December 2026 at 19:22` gives `APS`): a stamp's label opening a word, a date after it.
 */
function beforeStamp(name: string): string {
  for (let at = name.indexOf(' '); at > 0; at = name.indexOf(' ', at + 1)) {
    const rest = name.slice(at + 1);
    if (afterStampLabel(rest) !== rest && findDates(rest).length > 0) return name.slice(0, at);
  }
  return name;
}

/** The first characters of {@link AGENCY_CREDIT_LEADS} and of a parenthesis: other lines are no agency's credit. */
const AGENCY_CREDIT_FIRST: ReadonlySet<number> = new Set([
  0x28,
  ...AGENCY_CREDIT_LEADS.map((lead) => lead.charCodeAt(0)),
]);

/** Longest line read as an agency's credit (`(Avec MAP et AFP)`). */
const AGENCY_CREDIT_MAX = 40;

/**
 * A line of its own crediting a known agency, in parentheses or not (`Avec
 * AFP`, `(With MAP)`, `D'après l'APS`, `عن وكالة فرانس برس`, `Avec AFP et
 * Reuters`): the first agency is the source.
 */
function agencyCredit(block: Block): SourceChoice | undefined {
  const t = block.text;
  if (t.length > AGENCY_CREDIT_MAX || !AGENCY_CREDIT_FIRST.has(t.charCodeAt(0))) return undefined;
  let from = 0;
  let to = t.length;
  if (t.charCodeAt(to - 1) === 0x2e) to--;
  if (t.charCodeAt(0) === 0x28) {
    if (t.charCodeAt(to - 1) !== 0x29) return undefined;
    from++;
    to--;
  }
  const lead = AGENCY_CREDIT_LEADS.find((l) => t.startsWith(l, from));
  if (!lead) return undefined;
  const rest = t.slice(from + lead.length, to).trim();
  // `AFP et Reuters`: every agency named is known; the first is the source.
  let first = rest;
  for (const join of AGENCY_JOINS) {
    const at = rest.indexOf(join);
    if (at < 0) continue;
    first = rest.slice(0, at);
    if (AGENCIES[rest.slice(at + join.length).trim()] === undefined) return undefined;
    break;
  }
  const name = AGENCIES[first];
  if (!name) return undefined;
  const start = block.start + t.indexOf(first, from + lead.length);
  return { name, start, end: start + first.length };
}

/** ` avec ` or ` with ` in a byline, where a credit to agencies may open. */
const WITH_AGENCY = / (?:avec|with) /u;

/** A byline closed by the agencies it drew on (`Par X, avec AFP et MAP`, `Par X (avec APS)`, `Par X avec AFP`): the first agency is the source. */
export function bylineAgency(block: Block): SourceChoice | undefined {
  const paren = block.text.indexOf(' (');
  const comma = block.text.indexOf(', ');
  // No comma: the credit's own word (`Par X avec AFP`, `By X with Reuters`).
  const joined = WITH_AGENCY.exec(block.text);
  const at = paren > 0 ? paren + 1 : comma > 0 ? comma + 2 : joined ? joined.index + 1 : 0;
  return at > 1
    ? agencyCredit({ ...block, text: block.text.slice(at), start: block.start + at })
    : undefined;
}

/**
 * A byline with no label: a publication's or a person's name, then the agencies it drew on (`Le Monde avec AFP`,
 * `The Guardian with AP`, `Karim Benali avec l'AFP`); the name, or undefined. Its one to five words each open with
 * a capital or a digit, a name's particles aside.
 */
export function creditedName(block: Block): string | undefined {
  const joined = block.text.length > 60 ? null : WITH_AGENCY.exec(block.text);
  const name = joined ? block.text.slice(0, joined.index) : '';
  const words = name.split(' ');
  return words.length <= 5 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || NAME_PARTICLES.has(w)) &&
    bylineAgency(block)
    ? name
    : undefined;
}

/**
 * An agency named in parentheses in the first 160 characters of a paragraph
 * (`ALGIERS – … (APS) –`), or closing a sentence within its first 400
 * (`… said in a statement (APS).`).
 */
export function agencyDateline(block: Pick<Block, 'text' | 'start'>): SourceChoice | undefined {
  const head = block.text.slice(0, 160);
  for (const m of head.matchAll(AGENCY_IN_PARENS)) {
    const code = m[1]?.trim() ?? '';
    const name = AGENCIES[code];
    if (!name) continue;
    const start = block.start + m.index + 1 + (m[1]?.indexOf(code) ?? 0);
    return { name, start, end: start + code.length };
  }
  // The credit closing a sentence of the lead, past its first 160 characters.
  const stop = block.text.indexOf(').', 160);
  if (stop < 0 || stop > MAX_SENTENCE) return undefined;
  const open = block.text.lastIndexOf('(', stop);
  const code = open < 0 ? '' : block.text.slice(open + 1, stop).trim();
  const name = code.length >= 2 && code.length <= 12 ? AGENCIES[code] : undefined;
  if (!name) return undefined;
  const start = block.start + block.text.indexOf(code, open);
  return { name, start, end: start + code.length };
}

/** Longest first sentence read for an agency closing it. */
/**
 * `来源：<site>` on a header's date line (`2024年03月12日 09:30　来源：江城日报`): the site credited, up to a
 * space (a full-width one too), a pipe or the next label (`来源：网易科学人作者：…`).
 */
const LABELLED_SOURCE =
  /(?:来源|來源)[：:][ \u3000]*([^ \u3000|\t]{2,30}?)(?:作者|责任编辑|编辑|編輯|记者|記者|[ \u3000|\t]|$)/u;
/** Longest line read for a source's label. */
const MAX_LABELLED_LINE = 120;

/** The site a header's line credits after `来源：`, and its span. */
export function labelledSource(block: Pick<Block, 'text' | 'start'>): SourceChoice | undefined {
  const m = block.text.length > MAX_LABELLED_LINE ? null : LABELLED_SOURCE.exec(block.text);
  const name = m?.[1];
  if (!m || !name) return undefined;
  const start = block.start + m.index + m[0].indexOf(name);
  return { name, start, end: start + name.length };
}

const MAX_SENTENCE = 400;

/** `حسب ما أوردته جريدة ”الأحداث المغربية”` anywhere in a paragraph. */
export function arabicCredit(block: Pick<Block, 'text' | 'start'>): SourceChoice | undefined {
  const text = block.text;
  // Every phrase holds an alef (`ما`, `نقلا`): one search rules out a paragraph without one (any not in Arabic).
  if (PHRASES_HOLD_ALEF && !text.includes('ا')) return undefined;
  for (const phrase of CREDIT_PHRASES) {
    const at = text.indexOf(phrase);
    if (at < 0) continue;
    CREDIT_NOUN.lastIndex = at + phrase.length;
    const noun = CREDIT_NOUN.exec(text);
    if (!noun) continue;
    const from = CREDIT_NOUN.lastIndex;
    const window = text.slice(from, from + 42);
    const close = window.search(CLOSING);
    const name = (close >= 0 ? window.slice(0, close) : '').trim();
    if (name.length < 2) continue;
    const start = block.start + from + window.indexOf(name);
    return { name, start, end: start + name.length };
  }
  return undefined;
}

const NETWORK_PATH = /^[a-z][a-z0-9+.-]{0,20}:\/\/[^/?#]+\/(?:fr\/)?([a-z0-9_-]{2,40})\/\d+/i;

/** The source slug of an aggregator-network URL (`/fr/marocdiplomatique/397038`), named from the table. */
export function slugSource(url: string | undefined): Publication | undefined {
  if (!url || profileForHost(hostOf(url)) !== AGGREGATOR_NETWORK) return undefined;
  const slug = NETWORK_PATH.exec(url.trim())?.[1]?.toLowerCase();
  if (!slug || slug === 'author' || slug === 'tag') return undefined;
  return { name: NETWORK_SOURCES[slug] ?? slug };
}

/**
 * Whether two source names say the same thing: `Maroc Diplomatique` ~
 * `marocdiplomatique`, `Le Quotidien du Sud` ~ `quotidiendusud` (one squashed
 * name holds the other).
 */
export function sameSource(a: string, b: string): boolean {
  const squash = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]/gu, '');
  const x = squash(a);
  const y = squash(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}
