/**
 * Authors of an HTML page: JSON-LD `author`, then `<meta>` conventions
 * (`author`, `dc.creator`, `parsely-author`…), then byline elements
 * (`rel=author`, `itemprop=author`, author/byline classes), then a
 * `By X` / `Par X` / `Von X` line near the title. Names are cleaned of the
 * `By` lead, trailing dates and roles, and split when several are listed.
 */

import { DAYS } from '../dates/names.js';
import { NEWSROOM_TRADES } from '../furniture/bio.js';
import { isStampLabel } from '../furniture/stamps.js';
import { isMoreHeading } from '../furniture/teaser-headings.js';
import { NAME_PARTICLES } from '../lang/name-particles.js';
import { fold } from '../text/fold.js';
import type { Span } from '../types.js';
import { phrases } from '../util/tables.js';
import * as F from './flags.js';
import { headerName } from './header-names.js';
import { metaKey, type PageMetadata } from './metadata.js';
import { findTextDates } from './text-dates.js';
import { SPACES, trimEndOf } from './trim.js';
import type { HtmlBlock, MetaRecord } from './walk.js';

/** An author name and, when it was read from the page's text, its span. */
export interface FoundAuthor {
  name: string;
  span?: Span;
}

const AUTHOR_KEYS = /* @__PURE__ */ phrases(
  'dc:creator|dcterm:creator|author|parsely-author|article:author|og:article:author|sailthru.author|byl|' +
    'article:author_name|twitter:data1:author|citation_author',
);

const LEAD =
  /^(?:(?:written|posted|published|reported|text|story|words|photos?|interview(?:ed)?)\s+by|view all posts by|zeige alle beiträge von|voir tous les articles de|ver todas las entradas de|(?:publié|rédigé|écrit)\s+par|(?:publicado|escrito)\s+por|(?:veröffentlicht|geschrieben|verfasst)\s+von|by|par|von|de|por|di|door|auteurs?|autor(?:in)?|author|texte|text|interview|entretien|entrevista|intervista|propos recueillis par|entretien réalisé par|بقلم|حرر بواسطة|كتبه|كتبته|كتب|كتبت|حوار|حاوره|حاورها|أجرى الحوار|اجرى الحوار)\s*[:\-–]?\s+/i;
/** A line of text that is a byline: its lead word, then the names (`By X`, `Par X`, `Propos recueillis par X`, `حوار: X`). */
const BYLINE_LINE =
  /^(?:by|par|von|por|interview(?:ed)? by|(?:written|posted|published) by|(?:publié|rédigé|écrit) par|(?:publicado|escrito) por|(?:veröffentlicht|geschrieben|verfasst) von|propos recueillis par|entretien réalisé par|بقلم|حرر بواسطة|كتبه|كتبته|كتب|كتبت|حوار|حاوره|حاورها|أجرى الحوار|اجرى الحوار)\s?[:–-]?\s/i;
/** Longest line read as a byline. */
const BYLINE_LINE_MAX = 120;
/** Where a byline's tail starts: a date word (lower case: `Le Pen` is a name; capitalised after a separator and before a number, `X - Le 16/07/2025`), a numeric date or a clock time. */
const TAIL_WORD =
  /(?:^|[\s|•·,–—-])(?:on|le|am|updated|published|posted|mis à jour|publié|aktualisiert)\b|\s[|•·,–—-] ?(?:Le|On|Am) (?=\d)|\s(?:نشر|نشرت|بتاريخ)(?=\s|$)/;
const TAIL_NUMBER = /\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d{2}/;
/** The next field's label after the name in an info box (`Autor: X Quelle: Livenet`, glued after a line break: `XQuelle:`). */
const TAIL_FIELD =
  /\s(?:[Qq]uelle|[Ss]ource|[Ff]uente|[Ff]onte|[Ff]otos?|[Pp]hotos?|[Bb]ild)\s?:|(?<=\p{Ll})(?:Quelle|Source|Fuente|Fonte|Fotos?|Photos?|Bild)\s?:/u;
const NOT_A_NAME =
  /^(?:https?:|www\.|@)|[<>{}=]|^(?:admin|administrator|staff|redaction|rédaction|editor|unknown|autor|autorin|author|auteurs?)$/i;
/** Separators of a list of names. */
const SPLIT = /[,;&]| and | et | und | y | e | و /i;
/** ` by ` inside a byline: what follows is the name (`Tech Industry by Steven Musil`). */
const INNER_BY =
  /\s(?:by|par|von|por|door)\s+(?=\p{Lu})|(?:\s|(?<=[\p{Ll}\d]))(?:Autor|Autorin|Author|Auteur)\s?:\s*(?=\p{Lu})/u;
/** Job titles and desks that follow a name (data; folded to lower case). */
const ROLES = /* @__PURE__ */ new Set([
  ...NEWSROOM_TRADES,
  ...phrases(
    'editors|staff|senior|director|professor|analyst|producer|chief|fellow|researcher|desk|bureau|' +
      'journaliste|rédacteur|rédactrice|correspondante|envoyé|envoyée|spécial|spéciale|redakteurin',
  ),
]);

/** Drops what follows a name: a date, a time, digits, then trailing lower-case words and job titles. */
function trimAfterName(s: string): string {
  let out = s;
  const date = findTextDates(out)[0];
  if (date && date.index > 1) out = out.slice(0, date.index);
  const digit = out.search(/\d/);
  if (digit > 1) out = out.slice(0, digit);
  const words = out.split(' ').filter((w) => w.length > 0);
  let role = false;
  while (words.length > 1) {
    const last = trimEndOf(words[words.length - 1] ?? '', ',.;:|•·–—-');
    const lower = last.toLowerCase();
    // `Joe Wee Monday, February 29, 2016`: the day name stays when the date is cut.
    if (DAYS.has(lower)) {
      words.pop();
      continue;
    }
    const isRole = ROLES.has(lower);
    const isLower =
      last.length > 0 && last === lower && /\p{Ll}/u.test(last) && !NAME_PARTICLES.has(lower);
    if (!isRole && !isLower && last.length > 0) break;
    role ||= isRole;
    words.pop();
  }
  // `Ben Silverman Games Editor`: the word before a job title is its desk.
  if (role && words.length > 2) words.pop();
  // `Our Foreign Staff` names a desk: keep it whole.
  if (role && /^(?:our|the|notre|nos|la|le|les|unsere?|die|der)$/i.test(words[0] ?? ''))
    return out.trim();
  return words.join(' ');
}

/** Whether a part of a byline list reads like one name: 1 to 5 words, capitalised (or in a script without case), no job title. */
function nameLike(part: string): boolean {
  const words = part.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 5) return false;
  return words.every(
    (w) =>
      !ROLES.has(w.toLowerCase()) &&
      (/^[\p{Lu}\p{Lo}]/u.test(w) ||
        NAME_PARTICLES.has(w.toLowerCase()) ||
        !/\p{L}/u.test(w[0] ?? '')),
  );
}

function words(s: string): number {
  let n = 0;
  for (const w of s.split(' ')) if (w.length > 0) n++;
  return n;
}

/** `s` up to the first match of `re` (a match at the very start is kept: it is the name's place). */
function cutAt(s: string, re: RegExp): string {
  const m = re.exec(s);
  return m && m.index > 0 ? s.slice(0, m.index) : s;
}

/** A parenthesis that adds co-authors: `(avec Damien Leloup et Morgane Tual)`, `(with …)`, `(mit …)`. */
const CO_AUTHORS = /^(?:avec|with|mit|con|com|and|et|und|y|e|مع|و)\s+/i;

/**
 * A byline's parentheses read: co-authors (`X (avec Y, Z)`) join the list as
 * `X, Y, Z`; anything else in parentheses (an agency, a place: `(AFP)`,
 * `(à Paris)`) after the name is dropped, inside a name it stays. A
 * parenthesis the byline leaves open runs to its end.
 */
function openParentheses(s: string): string {
  const open = s.indexOf('(');
  if (open < 0) return s;
  const close = s.indexOf(')', open);
  const inner = s.slice(open + 1, close < 0 ? s.length : close).trim();
  const rest = close < 0 ? '' : s.slice(close + 1);
  const m = CO_AUTHORS.exec(inner);
  const head = s.slice(0, open).trimEnd();
  // `Bruno (Henrique Zecchin) Rodrigues`: a parenthesis inside a name stays.
  if (!m && /^\s*\p{L}/u.test(rest)) return s;
  const replaced = m ? `${head}, ${inner.slice(m[0].length)}${rest}` : `${head}${rest}`;
  return replaced.includes('(')
    ? replaced.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim()
    : replaced;
}

/** Cleans a byline into names; empty when it does not read like one. */
export function cleanByline(raw: string): string[] {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (s.length > 200) return [];
  const inner = INNER_BY.exec(s);
  if (inner && inner.index < 40) s = s.slice(inner.index + inner[0].length);
  for (let i = 0; i < 2; i++) s = s.replace(LEAD, '');
  s = openParentheses(s);
  // An info line's next part (`X et Y | Publié le …`, `X · 4 min read`) is no name.
  s = cutAt(s, INFO_PARTS);
  s = cutAt(s, TAIL_WORD);
  s = cutAt(s, TAIL_NUMBER);
  s = cutAt(s, TAIL_FIELD);
  // `CC7567`: a user name, not a person's name.
  if (/^\S*(?:\p{L}\d|\d\p{L})/u.test(s)) return [];
  // A name starts with a letter (`04.05.2015 à 13h36` is a date line).
  if (!/^\p{L}/u.test(s)) return [];
  s = trimEndOf(trimAfterName(s), `${SPACES},|:;–—@-→›»`).trim();
  if (s.length < 2 || s.length > 100 || words(s) > 12 || NOT_A_NAME.test(s)) return [];
  // A date's label in a box named for the author (`Datum: 19.11.2021`) is no name.
  if (isStampLabel(s)) return [];
  // A name has a capital (or is in a script without case): `asked`, `posted` before a cut date are a label's words.
  if (/\p{Ll}/u.test(s) && !/[\p{Lu}\p{Lo}]/u.test(s)) return [];
  const parts = s.split(SPLIT).map((p) => p.trim());
  if (parts.length > 1) {
    const names = parts.filter(nameLike);
    // `Smith, John` is one name; `A B, Senior Editor` is a name and a title.
    if (names.length > 1 && names.every((p) => words(p) >= 2)) return names;
    if (names.length >= 1 && words(names[0] ?? '') >= 2 && names[0] === parts[0])
      return [names[0] ?? s];
  }
  // One part where words in lower case that no name holds outnumber the capitalised ones
  // (`Siamo un memorabilia del …`, `selbst ist der Mann`): a sentence, not a name.
  if (parts.length === 1 && sentenceShaped(s)) return [];
  return [s];
}

/** Whether more words of `s` open in lower case (name particles aside: `de`, `van`, `bin`) than in upper case. */
function sentenceShaped(s: string): boolean {
  let lower = 0;
  let upper = 0;
  for (const w of s.split(' ')) {
    if (/^\p{Lu}/u.test(w)) upper++;
    else if (/^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase())) lower++;
  }
  return lower >= 2 && lower > upper;
}

/**
 * The names of a short line that is a byline (`By Jane Doe`, `Propos
 * recueillis par Jean Dupont`, `حوار: آسيا العتروس`): its lead word, then
 * only names. Empty for any other line (`Par ailleurs, le ministre…`).
 */
export function bylineLine(text: string): string[] {
  if (text.length > BYLINE_LINE_MAX || !BYLINE_LINE.test(text)) return [];
  const names = cleanByline(text);
  return names.length > 0 && names.every(nameLike) ? names : [];
}

/** Separators of an info line's parts (`Publié le … | Par : X | 4 min de lecture`). */
const INFO_PARTS = / [|•·] /u;
/** Longest info line split into parts. */
const INFO_LINE_MAX = 200;

/** The names of the one part of an info line that is a byline (`Publié le … | Par : Samir Bensalem | 4 min de lecture`). */
function bylineAmongParts(text: string): string[] {
  if (text.length > INFO_LINE_MAX || !INFO_PARTS.test(text)) return [];
  for (const part of text.split(INFO_PARTS)) {
    const names = bylineLine(part.trim());
    if (names.length > 0) return names;
  }
  return [];
}

/** Finds the page's authors. */
export function findAuthors(
  input: string,
  meta: PageMetadata,
  records: readonly MetaRecord[],
  blocks: readonly HtmlBlock[],
  titleBlock: number,
): FoundAuthor[] {
  const ld = (meta.ld?.authors ?? []).flatMap(cleanByline);
  if (ld.length > 0) return [...new Set(ld)].map((name) => ({ name }));
  for (const key of AUTHOR_KEYS) {
    const names = (meta.authors.get(metaKey(key)) ?? []).flatMap((v) => cleanByline(v.value));
    if (names.length > 0) return [...new Set(names)].map((name) => ({ name }));
  }
  // In the page's text, the site's own name (`Le Monde | 04.05.2015`) is a credit line, not an author.
  const site = meta.siteName ? fold(meta.siteName.value) : '';
  // The name opens the site name (`Le Monde` in `Le Monde | Actualités`); a site name that ends with its owner (`X | BY JOE WEE`) does not make him a site.
  const isSite = (name: string): boolean => site.length > 0 && site.startsWith(fold(name));
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (!r || !isBylineRecord(r)) continue;
    const names = recordNames(r.text);
    if (names.length === 0 || names.every(isSite)) continue;
    // A byline box often holds the publisher too (`Tech Insider · Alex Perry`): the element marked as the author wins.
    const inner = markedAuthorWithin(records, i, isSite);
    if (inner)
      return inner.names.map((name) => located(input, name, inner.r.textStart, inner.r.textEnd));
    return names.map((name) => located(input, name, r.textStart, r.textEnd));
  }
  const lo = Math.max(0, titleBlock < 0 ? 0 : titleBlock - 3);
  const hi = Math.min(blocks.length, titleBlock < 0 ? 30 : titleBlock + 15);
  for (let i = lo; i < hi; i++) {
    const b = blocks[i];
    if (!b || (b.flags & (F.COMMENTS | F.RELATED)) !== 0) continue;
    const names = bylineLine(b.text);
    const found = names.length > 0 ? names : bylineAmongParts(b.text);
    if (found.length > 0 && !found.every(isSite))
      return found.map((name) => located(input, name, b.start, b.end));
  }
  // No label: a name beside the date or alone by a date line, right under the headline.
  const bare = headerName(blocks, records, titleBlock);
  if (bare && !isSite(bare.name))
    return [located(input, bare.name, bare.block.start, bare.block.end)];
  return [];
}

/**
 * The names of a byline element, read line by line when block elements split
 * it (`<h4>Name</h4><p>Biography…</p>`, `<div>By</div><div>Name</div>`): the
 * first lines that give names, not the box's text glued together.
 */
function recordNames(text: string): string[] {
  if (!text.includes('\n')) return cleanByline(text);
  // A box of the author's other articles (`Du même auteur`, `By the same author`) names no one.
  const first = text.slice(0, text.indexOf('\n'));
  if (isMoreHeading(first)) return [];
  let read = '';
  for (const line of text.split('\n')) {
    read = read.length > 0 ? `${read} ${line}` : line;
    // A label alone (`Par`, `By:`): its name is on the next line.
    if (`${read} `.replace(LEAD, '').length === 0) continue;
    const names = cleanByline(read);
    // Read apart from the box's other lines, a line must read as names only (not `Sign In| Sign Up`).
    if (names.length > 0) return names.every((n) => nameLike(n) && !n.includes('|')) ? names : [];
  }
  return [];
}

function isBylineRecord(r: MetaRecord): boolean {
  return (
    (r.flags & F.BYLINE) !== 0 &&
    (r.flags & (F.COMMENTS | F.RELATED | F.HIDDEN)) === 0 &&
    r.tag !== 'meta' &&
    r.tag !== 'link'
  );
}

/** An element inside a byline box is the author's own when it says so (`itemprop=author`, `rel=author`). */
function marksAuthor(r: MetaRecord): boolean {
  for (const a of r.attrs) {
    const v = a.value.toLowerCase();
    if (a.name === 'itemprop' && (v.includes('author') || v === 'creator')) return true;
    if (a.name === 'rel' && /\bauthor\b/.test(v)) return true;
  }
  return false;
}

/** The first element nested in `records[at]` that marks the author and holds a name. */
function markedAuthorWithin(
  records: readonly MetaRecord[],
  at: number,
  isSite: (name: string) => boolean,
): { r: MetaRecord; names: string[] } | undefined {
  const outer = records[at];
  if (!outer) return undefined;
  // Records come in document order: those nested in the box start before it ends. A byline box is small: look a few records on.
  for (let j = at + 1; j < records.length && j <= at + 20; j++) {
    const r = records[j];
    if (!r || r.textStart >= outer.textEnd) break;
    if (!marksAuthor(r) || !isBylineRecord(r)) continue;
    const names = cleanByline(r.text);
    if (names.length > 0 && !names.every(isSite)) return { r, names };
  }
  return undefined;
}

/** The name with its span when it is written as is between `start` and `end`. */
function located(input: string, name: string, start: number, end: number): FoundAuthor {
  if (start < 0 || end - start > 2000) return { name };
  const at = input.indexOf(name, start);
  return at >= 0 && at + name.length <= end
    ? { name, span: { start: at, end: at + name.length } }
    : { name };
}
