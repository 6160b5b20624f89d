/**
 * Recogniser: bylines. `Par X le DD/MM/YYYY à HHhMM`, `Par X| Le …`,
 * `Rédigé par X le …`, `Par Lesinfos -le`, `By X - Mon DD, YYYY Place`,
 * `Auteur: X`, `Author: X`, `Autor: X`, `Texte : X`, `Texte et photos : X`, `Текст: X`, `VON X am …`, `بواسطة X`, `بقلم X`, `الكاتب: X`, `إعداد وتقديم: X`, `تقديم: X` (the presenter), `حاوره: X` (the interviewer),
 * `Artikel von: X`, `Ein Beitrag von:`, `Kolumnistin: X`, `Interview: X` (the interviewer), `Par notre
 * correspondant à Y, X` and `De notre envoyé spécial à Y, X` (the name after the desk), and the bare label
 * (`بواسطة` alone: the name is on the next line). Returns the author's span
 * and the span of the rest of the line, where a date may stand.
 */
import { findDates } from '../../dates/find-dates.js';
import { DAYS, ENGLISH_MONTHS, ENGLISH_SHORT_MONTHS, FRENCH_MONTHS } from '../../dates/names.js';
import { key } from '../../entities/lexicon-key.js';
import { nameLexicon } from '../../entities/name-lexicon.js';
import { NETWORKS } from '../../furniture/appeals.js';
import { isTradeLine } from '../../furniture/bio.js';
import { trailingCounterAt } from '../../furniture/counters.js';
import { namesPlatform } from '../../furniture/platforms.js';
import { isStampLine } from '../../furniture/stamps.js';
import type { Block } from '../../input/block.js';
import { NAME_PARTICLES } from '../../lang/name-particles.js';
import { fold } from '../../text/fold.js';
import { linkNumberEnd } from '../../text/link-number.js';
import { phrases } from '../../util/tables.js';
import { AGENCIES } from '../profiles/generic.js';

/** Longest line read as a byline. */
const MAX_LENGTH = 220;
/** Longest author name. */
const MAX_NAME = 70;

const LABELS =
  /^(?:\/\/ |[*•·] )?(?:(?:Propos recueillis par|Entretien réalisé par|Rédigé par|Redigé par|Écrit par|Ecrit par|Publié par|Par|par|PAR|De(?= notre )|By|BY|by|Written by|written by|WRITTEN BY|Posted by|posted by|POSTED BY|Words by|Story by|Text by|Reporting by|Interview by|Interviewed by|Veröffentlicht von|Geschrieben von|geschrieben von|Gepostet von|Verfasst von|verfasst von|Artikel von|Ein Beitrag von|Beitrag von|Von|VON|von|Escrito por|Publicado por|Por|POR|Di|di|DI|حرر بواسطة|بواسطة|بقلم|كتبت|كتب)(?!\p{L})|(?:Auteur|Author|Auteurs|Autor|Autora|Autore|Texte et photos|Text and photos|Texte|Text|Texto|Testo|Автор|Текст|Interview|Kolumnist\*in|Kolumnistin|Kolumnist|كتبه|كتبته|كتبت|كتب|إعداد وتقديم|إعداد|تقديم|الكاتبة|الكاتب|حاوره|حاورته|حاورها) ?:)\s*:?\s*(?:\[\d{1,4}\])?/u;

/**
 * An interviewer's label (`Propos recueillis par X`, `Interviewed by X`): it signs an interview, dated or
 * not (read by the text path's signatures, here beside {@link LABELS}, which it repeats).
 */
export const INTERVIEWER =
  /^(?:Propos recueillis par|Entretien réalisé par|Interviewed by|Interview by) /u;

/** Where the name stops: a date connector, a pipe, a dash, a parenthesis, a comma. */
/** Words after a name that start the date part: ` le 25/04`, ` on May 2`, ` am 21. April`, ` في`, ` يوم`, ` نشر في` (published on), ` بتاريخ`. */
const DATE_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('le|Le|on|On|am|في|يوم|-le|نشر|نشرت|بتاريخ'),
);
/**
 * Characters that end a name: a pipe, a parenthesis, a comma, a handle's `@`, a middle dot or bullet, a footnote's
 * star (`Par X*`: the author's trade at the foot).
 */
const NAME_STOPS = new Set('|｜(,@•·/*'); // one character each

/**
 * Words that start a byline's date part once the name has two words
 * (`By Erin Cunningham March 18`, `Updated Jul 24`): months in English and
 * French, and time-stamp words. One word in, a month is a first name (`June Carter`) unless a number follows it.
 */
const DATE_STARTS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    `${ENGLISH_MONTHS}|${ENGLISH_SHORT_MONTHS}|${FRENCH_MONTHS}|` +
      'février août décembre updated published posted follow mis publié',
  )
    .join(' ')
    .split(' '),
);

/** Words joining an agency to the author's name (`avec AFP`, `with Reuters`, `et AFP`). */
const CREDIT_JOINS = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('avec|with|et|and'));

/** Whether the word at `at` in `rest` (a closing `.`, `,` or `)` and an elided `l'` aside) is a known agency. */
function agencyNext(rest: string, at: number): boolean {
  let end = rest.indexOf(' ', at);
  if (end < 0) end = rest.length;
  // (`avec l'AFP`: the elided article aside.)
  const w = rest.slice(at, end).replace(/[.,)]$|^l['’]/gu, '');
  return typeof AGENCIES[w] === 'string';
}

/** Social networks' names (lower case), which end a name on a byline. */
const NETWORK_WORDS: ReadonlySet<string> = new Set(NETWORKS);

/** A digit, ASCII or Arabic-Indic (`٠٦ ديسمبر ٢٠٢٦`). */
const DIGIT = /[\d٠-٩]/u;

/**
 * Where the author's name ends in the rest of a byline: before a date word, a
 * pipe, a dash, a parenthesis, a comma or a number. One pass over the characters.
 */
function nameEnd(rest: string): number {
  let words = 1;
  // A read counter closing the line (`X Lu 1 243 fois`): its participle is capitalised, no part of the name.
  const counter = trailingCounterAt(rest);
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i] ?? '';
    if (NAME_STOPS.has(ch)) return trimmedEnd(rest, i);
    // A date glued to the name (`Lucas Nolan22 Dec 2016`): a day's or a year's digits, then no letter
    // (`Le360`, `H24info` are names).
    if (i > 0 && /\d/u.test(ch) && /\p{L}/u.test(rest[i - 1] ?? '') && gluedDate(rest, i)) return i;
    // A link's text glued to the name (`Vanessa FrankeRSS-Newsfeed`): a lower-case letter, then two capitals.
    if (
      i > 0 &&
      /\p{Lu}/u.test(ch) &&
      /\p{Ll}/u.test(rest[i - 1] ?? '') &&
      /\p{Lu}/u.test(rest[i + 1] ?? '')
    )
      return i;
    if (ch === '-' && rest.startsWith('-le', i) && !/\p{L}/u.test(rest[i + 3] ?? ''))
      return trimmedEnd(rest, i);
    if (!/\s/u.test(ch)) continue;
    if (i === counter && words >= 2) return i;
    const next = rest[i + 1] ?? '';
    if (next === '-' || next === '–' || next === '—' || DIGIT.test(next)) return i;
    let j = i + 1;
    while (j < rest.length && !/\s/u.test(rest[j] ?? '')) j++;
    const word = rest.slice(i + 1, j);
    if (DATE_WORDS.has(word)) return i;
    // An agency the author drew on (`Par X avec AFP`, `By X with Reuters`, `Par X et AFP`): no part of the name.
    if (CREDIT_JOINS.has(word) && agencyNext(rest, j + 1)) return i;
    const bare = word.replace(/[.,:]$/u, '').toLowerCase();
    if (words >= 2 && DATE_STARTS.has(bare)) return i;
    // A stamp's label in any language after the name (`Von X publiziert am 30. Juli 2018`), a name's two to four words in.
    if (words >= 2 && words <= 4 && isStampLine(rest.slice(i + 1))) return i;
    // One word in, a month is a first name (`June Carter`) unless a day or a year follows it (`by Regan December 6`).
    if (DATE_STARTS.has(bare) && /\s/u.test(rest[j] ?? '') && /\d/u.test(rest[j + 1] ?? ''))
      return i;
    // A social link after the name (`von X Twitter Account von X`): no name holds a network's.
    if (words >= 2 && NETWORK_WORDS.has(word.toLowerCase())) return i;
    // A day's name opening the date (`يوسف العلوي الثلاثاء 20 ماي 2025`, `X الأحد، 06 ديسمبر`, `Karim Alaoui mardi 12 mars`).
    if (words >= 2 && DAYS.has(fold(word.replace(/[.,:،]$/u, '')))) return i;
    if (j > i + 1) words++;
  }
  return rest.length;
}

/** Whether the digits at `i` read as a date glued to a name: one, two or four of them, then no letter. */
function gluedDate(rest: string, i: number): boolean {
  let j = i;
  while (j < rest.length && /\d/u.test(rest[j] ?? '')) j++;
  const n = j - i;
  return (n <= 2 || n === 4) && !/\p{L}/u.test(rest[j] ?? '');
}

function trimmedEnd(s: string, i: number): number {
  let e = i;
  while (e > 0 && /\s/u.test(s[e - 1] ?? '')) e--;
  return e;
}

/** A byline read from a block. */
export interface Byline {
  /** The author's name as written; absent for an empty byline (`Par -le`) or a bare label. */
  name?: string;
  /** Span of the name in the input. */
  nameStart?: number;
  /** End of the name's span. */
  nameEnd?: number;
  /** Offset in the input where the rest of the line (date, place) starts. */
  restStart: number;
  /** The label stood alone: the name is the next line. */
  bareLabel: boolean;
}

/** The name a byline gives and its span; undefined when it names no one (an empty byline, a bare label). */
export function bylineName(
  byline: Byline | undefined,
): { text: string; start: number; end: number } | undefined {
  if (!byline?.name || byline.nameStart === undefined || byline.nameEnd === undefined)
    return undefined;
  return { text: byline.name, start: byline.nameStart, end: byline.nameEnd };
}

/** True for a plausible person or desk name: 1 to 6 words, starts with a capital or an Arabic letter. */
export function nameLike(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  const words = name.split(/\s+/u);
  if (words.length > 6) return false;
  return /^[\p{Lu}\u0600-\u06ff]/u.test(name);
}

/** A desk described in lower case after a byline's label (`la rédaction`, `notre correspondante`, `notre envoyé spécial`, `the editorial team`, `our correspondent`, `staff writers`). */
const DESK =
  /^(?:(?:la|notre|nos|the|our) (?:r[ée]daction|correspond|envoy|editor|reporter)|staff )/iu;

/** The label `De` (before `notre …`), a bullet before it allowed. */
const DE_LABEL = /(?:^|[ ])De\s*$/u;

/** Longest desk and place read before the name (`notre correspondante permanente à Bruxelles`). */
const MAX_DESK = 60;

/** A byline naming `name`, written at `nameStart` in the input; the rest of the line follows the name. */
function namedAt(name: string, nameStart: number): Byline {
  const nameEnd = nameStart + name.length;
  return { name, nameStart, nameEnd, restStart: nameEnd, bareLabel: false };
}

/**
 * `Par notre correspondant à Alger, Omar Lahlou`, `De notre envoyée spéciale à Gaza, X`: the desk and its
 * place, a comma, then a person's name closing the line; the byline naming that person.
 */
function nameAfterDesk(block: Block, from: number, rest: string): Byline | undefined {
  // The date may follow the name after a separator (`…, Karim Benyahia — 03/12/2026`): the line's rest, read as a date.
  const stamp = DESK_STAMP.exec(rest);
  const line = stamp ? rest.slice(0, stamp.index) : rest;
  const comma = line.lastIndexOf(', ');
  if (comma < 0 || comma > MAX_DESK) return undefined;
  const name = line.slice(comma + 2).trim();
  if (!personName(name)) return undefined;
  return namedAt(name, block.start + from + comma + 2);
}

/** A separator then a date's digit after the name a desk's byline closes with (` — 03/12/2026`, ` | 3 mars`). */
const DESK_STAMP = / [—–|·-] (?=[^\n]{0,12}\d)/u;

/** A comma and a lower-case word after the name: the author's bio in apposition. */
const APPOSITION = /^, ?\p{Ll}/u;

/** A run of four spaces: a line break of a hard-wrapped text, joined. */
const WIDE_GAP = / {4}/u;

/** Whether the rest after a name opens with a comma and the author's trade before the next comma (`, Senior Staff Writer, …`). */
function tradeApposition(after: string): boolean {
  // A wide gap is a line break a hard-wrapped text's reader joined: what follows it may be another line's.
  if (!after.startsWith(', ') || WIDE_GAP.test(after)) return false;
  const next = after.indexOf(',', 2);
  return isTradeLine(after.slice(2, next < 0 ? after.length : next).trim());
}

/** A link's number as lynx prints it before the link's text (`By [6]Amina Saidi`), read after the label. */
const LINK_NUMBER = /\[\d{1,4}\]$/u;

/** Labels that also open headlines and sentences (`Von Berlin nach Paris`, `Por qué…`, Italian `di notte…`, Arabic `كتب` and `كتبت` (he, she wrote) with no colon): only a person's name may follow them. */
const NAME_ONLY_LABELS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('Von|VON|von|Por|POR|Di|di|DI|كتب|كتبت'),
);

/**
 * A name in a script without case (`يوسف عبد الحميد`, `كريم العلوي`): two to four words of letters only, none
 * cased. It closes a label that opens sentences too (`كتب`, wrote) as a person's name does, and signs a date line.
 */
export function caselessName(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => CASELESS_WORD.test(w));
}

/**
 * A word of two letters or more, none of them upper or lower case (Arabic, Hebrew, CJK), its diacritics and
 * Arabic's stretching stroke (`محمـد`, U+0640, a modifier letter) allowed.
 */
const CASELESS_WORD = /^[\p{Lo}\p{M}\u0640]{2,}$/u;

/** The interviewer's label (`Interview: X`), not `Interview by X`. */
const INTERVIEW_LABEL = /Interview ?:/u;

/** Words joining two authors' names (`Roland Brockmann und Sebastian Drescher`). */
const NAME_JOINERS = /* @__PURE__ */ new Set(/* @__PURE__ */ phrases('und|and|et|y|e|&'));

/** Whether a line is a joiner alone (`and` between two names printed as links on lines of their own). */
export function joinerLine(text: string): boolean {
  return NAME_JOINERS.has(text.trim());
}

/**
 * A person's name, or two joined (`MORITZ GATHMANN`, `Dennis Kochinky`,
 * `Roland Brockmann und Sebastian Drescher`): each of two to four words,
 * capitalised but a particle, no digit.
 */
export function personName(name: string): boolean {
  if (/\d/u.test(name)) return false;
  let words = 0;
  for (const w of name.split(/\s+/u)) {
    if (NAME_JOINERS.has(w)) {
      if (words < 2) return false;
      words = 0;
    } else if (/^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w)) {
      if (++words > 4) return false;
    } else return false;
  }
  return words >= 2;
}

/** Labels that may close the line above a byline's name (`Kommentar Von`, `Story By`). */
const CLOSING_LABELS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('Von|von|VON|By|by|BY|Par|par|PAR|Por|por|POR'),
);
/** Longest line read as closed by a label. */
const MAX_CLOSING = 40;

/**
 * Whether `text` is a short line closed by a byline's label (`Disko Von`, a
 * section's name and the label on one line, two to four words): only a
 * person's name on the next line makes it a byline, which the caller checks.
 */
export function labelClosing(text: string): boolean {
  if (text.length > MAX_CLOSING) return false;
  // The last word first: most lines end otherwise, and nothing is split for them.
  const last = text.lastIndexOf(' ');
  if (last <= 0 || !CLOSING_LABELS.has(text.slice(last + 1))) return false;
  const words = text.split(' ');
  return words.length <= 4 && !SPONSOR_WORDS.has((words[words.length - 2] ?? '').toLowerCase());
}

/** Words before `by` that name a sponsor or a tool, not an author (`Sponsored By`, `Powered by`). */
const SPONSOR_WORDS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'sponsored|presented|powered|brought|supported|collected|hosted|gesponsert|präsentiert|unterstützt',
  ),
);

/** A heading printed alone over the author's name, no colon (`Autor` ⏎ `X`, `Authors` ⏎ `X`); `Autoren` alone is a menu's link. */
const AUTHOR_HEADING =
  /^(?:[*•·] )?(?:Aut(?:eurs?|hors?|or(?:\*?in|a|e)?)|AUT(?:HORS?|OR(?:\*?IN)?))$/u;

/** Whether a line is a heading alone over the author's name (`Autor`, `AUTOR*IN`): only a person's name under it makes it a byline, which the caller checks. */
export function authorHeading(text: string): boolean {
  return AUTHOR_HEADING.test(text);
}

/** A list bullet a renderer prints before a line (`* `, `• `, `· `), and the spaces around it. */
const LEADING_BULLET = /^(?:[*•·] +)?/u;

/** How many characters of `text` a list bullet takes before the text itself. */
export function bulletLength(text: string): number {
  return LEADING_BULLET.exec(text)?.[0].length ?? 0;
}

/** A label an image's alt text may stand before (`Youssef Amrani By Youssef Amrani - July 16, 2025`), spaces around (more than one: a page's `&nbsp;`). */
const INNER_LABEL = / (?:By|Par|Von|Por) /u;

/**
 * A byline behind the author's photo, whose alt text a text browser prints
 * first (`Youssef Amrani By Youssef Amrani - July 16, 2025 Rabat`, a link's
 * number after the label too): the name before the label is the name after
 * it. Read from the label on.
 */
export function bylineAfterAlt(block: Block): Byline | undefined {
  const text = block.text;
  if (text.length > MAX_LENGTH) return undefined;
  const label = INNER_LABEL.exec(text);
  if (!label || label.index === 0) return undefined;
  const at = label.index;
  // lynx may print the name's link number after the label (`X By [12]X - …`).
  const name = at + label[0].length;
  const from = Math.max(name, linkNumberEnd(text, name));
  if (!text.startsWith(text.slice(0, at), from)) return undefined;
  return recogniseByline({ ...block, text: text.slice(at + 1), start: block.start + at + 1 });
}

/** Reads `block` as a byline; undefined when it is not one. */
export function recogniseByline(block: Block): Byline | undefined {
  const text = block.text;
  if (text.length > MAX_LENGTH) return undefined;
  const label = LABELS.exec(text);
  if (!label) return undefined;
  const from = label[0].length;
  if (from === text.length) return { restStart: block.end, bareLabel: true };
  const rest = text.slice(from);
  // `BY CUISINE:`, `By category:`: a menu's heading over its entries, not a byline.
  if (rest.trimEnd().endsWith(':')) return undefined;
  const repeated = repeatedName(label[0], rest);
  const end = repeated ? repeated.length : nameEnd(rest);
  const name = repeated ?? rest.slice(0, end).trim();
  // `par` in lower case starts many sentences (`par ailleurs`): only a capitalised name counts.
  if (name.length === 0) return { restStart: block.start + from, bareLabel: false };
  if (!nameLike(name)) {
    // A desk described in lower case (`Par la rédaction`, `By our correspondent`): a byline naming no one,
    // unless the name closes the line after the desk and its place (`De notre envoyé spécial à Oran, X`).
    const desk = DESK.test(name);
    const named = desk ? nameAfterDesk(block, from, rest) : undefined;
    if (named) return named;
    // `De notre …` opens sentences too: a byline only with the name after the desk.
    if (DE_LABEL.test(label[0])) return undefined;
    return desk && text.length <= 60
      ? { restStart: block.start + from + end, bareLabel: false }
      : handleByline(block, from, rest);
  }
  // `Powered` ⏎ `by WordPress and ThemeGrill.`: a footer's credit to the site's software, no author.
  if (namesPlatform(name)) return undefined;
  // German `von` and Spanish `Por` also open headlines (`Von Berlin nach Paris`): only a person's name follows them.
  // A single name (a handle: `von Limespacer · 22. Oktober 2019`) counts when its stamp follows at once.
  if (
    NAME_ONLY_LABELS.has(label[0].replace(LINK_NUMBER, '').trim()) &&
    !personName(name) &&
    !caselessName(name) &&
    !handleWithStamp(name, rest.slice(end))
  )
    return undefined;
  // `Par X – <a whole teaser>`: a teaser's author, not the page's byline.
  const after = rest.slice(end);
  // `Interview: X` opens headlines too (`Interview: X on the port's future`): a person's name closing the line only.
  if (INTERVIEW_LABEL.test(label[0]) && (!personName(name) || after.trim().length > 0))
    return undefined;
  // …unless the rest is the author's bio in apposition (`By Alex Heath, a deputy editor and …`).
  // A person's name (`By March, the port had grown…`, `By Ramadan standards, the…` are sentences).
  // …or the author's trade and desk (`By X, Senior Staff Writer, <the desk's long name>`).
  const bio = (APPOSITION.test(after) || tradeApposition(after)) && personName(name);
  if (after.length > 60 && !DIGIT.test(after.slice(0, 40)) && !bio) return undefined;
  return namedAt(name, block.start + from + rest.indexOf(name));
}

/** The label's word, without a bullet, a link's number or a colon (`* Von`, `By[3]`). */
const LABEL_WORD = /\p{L}+(?: \p{L}+)*/u;

/**
 * `Von X RSS-Newsfeed neuer Artikel von X`, `By X More stories by X`: the
 * line opens with a person's name after the label and ends with the same
 * label and name (a link to the author's page); the name, or undefined.
 */
function repeatedName(label: string, rest: string): string | undefined {
  const word = LABEL_WORD.exec(label)?.[0].toLowerCase();
  if (!word) return undefined;
  const marker = ` ${word} `;
  // The label in lower case or capitalised (`… von X`, `… Von X`); indices stay those of `rest`.
  const capital = ` ${word.charAt(0).toUpperCase()}${word.slice(1)} `;
  const at = Math.max(rest.lastIndexOf(marker), rest.lastIndexOf(capital));
  if (at <= 0) return undefined;
  const name = rest.slice(at + marker.length).trim();
  if (name.length > MAX_NAME || !rest.startsWith(`${name} `) || !personName(name)) return undefined;
  return name;
}

/** A separator between a name and its stamp (`·`, `|`, `-`, `–`), spaces around (more than one: a page's `&nbsp;`). */
const STAMP_SEPARATOR = /^ *[·|•–-] */u;
/** One capitalised word of letters: a user's handle written as a name (`Limespacer`). */
const ONE_NAME = /^\p{Lu}\p{Ll}[\p{L}-]{1,29}$/u;

/** Whether a one-word name is followed at once by a separator and a date (`Limespacer · 22. Oktober 2019`). */
function handleWithStamp(name: string, after: string): boolean {
  // `Von Hamburg · 22. Oktober 2019`: a place, not a handle.
  if (!ONE_NAME.test(name) || nameLexicon().places.has(key(name))) return false;
  const sep = STAMP_SEPARATOR.exec(after);
  if (!sep) return false;
  const d = findDates(after.slice(sep[0].length, sep[0].length + 60))[0];
  return d !== undefined && d.start === 0 && !d.unresolved;
}

/** A user's handle after a byline's label, then a separator or a date word (`admin | `, `admin on `). */
const HANDLE_THEN = /^[\p{Ll}\d_.-]{2,30}(?: *[|·•–-] *| (?:on|am|le|el|il) )/u;

/**
 * `Verfasst von: mitundvoneinander | 31. Dezember 2008`, `Posted by admin on
 * March 3, 2019`: a byline naming a user's handle, no person, and its date
 * right after; the byline without a name, so its date is read.
 */
function handleByline(block: Block, from: number, rest: string): Byline | undefined {
  const m = HANDLE_THEN.exec(rest);
  if (!m) return undefined;
  const d = findDates(rest.slice(m[0].length, m[0].length + 60))[0];
  return d && d.start === 0 && !d.unresolved
    ? { restStart: block.start + from + m[0].length, bareLabel: false }
    : undefined;
}

/** `…duAuteur: Hassan Manyani`: an author glued after the last words of a text. */
const GLUED_AUTHOR = /(?:Auteur|Author|Par) ?: ?([\p{Lu}][\p{L}'’ .-]{1,40})$/u;

/** An author glued at the end of `text` (`…mois.Auteur: Hichem Mabrouk`): where the label starts, and the name. */
export function gluedAuthor(text: string): { at: number; name: string } | undefined {
  const m = GLUED_AUTHOR.exec(text);
  const name = m?.[1]?.trim();
  return m && name && nameLike(name) ? { at: m.index, name } : undefined;
}

const TITLE_BY_NAME = /^[\p{Lu}][\p{Lu}\p{L}'’ .-]{1,40}$/u;

/** `<Title> Par <AUTEUR>`: a title with its author at the end; where ` Par ` starts, and the name. */
export function titleByline(text: string): { at: number; name: string } | undefined {
  const at = text.lastIndexOf(' Par ');
  if (at <= 0) return undefined;
  const name = text.slice(at + 5).trim();
  return TITLE_BY_NAME.test(name) && nameLike(name) ? { at, name } : undefined;
}

/** Agencies' long names, printed as a byline on their own (`The Associated Press`). */
const AGENCY_LONG_NAMES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'Associated Press|The Associated Press|Agence France-Presse|Deutsche Presse-Agentur',
  ),
);

/**
 * Whether a line is a news agency's name alone (`Reuters`, `REUTERS`, `The
 * Associated Press`): a byline although it is one word, or opens with `The`.
 * Two-letter codes (`AP`, `AA`) alone say too little.
 */
export function isAgencyName(text: string): boolean {
  const t = text.trim();
  return AGENCY_LONG_NAMES.has(t) || (t.length >= 3 && Object.hasOwn(AGENCIES, t));
}
