/**
 * Refiner: the publication date of a text dump, from the most telling place
 * that has one: the byline, a date line next to the title, a dateline at the
 * start of the body, the title itself, a crawler's ` date YYYY-MM-DD `.
 * Widget, caption and crawl-day dates (far ahead of the title) are not taken.
 */
import { dateShare, findDates, type LineDate } from '../../dates/find-dates.js';
import { WEEKDAYS } from '../../dates/names.js';
import { notPublishedAt } from '../../dates/not-published.js';
import { relativeLeftOutWarning } from '../../dates/reference.js';
import { isCommentHeading } from '../../furniture/comments.js';
import { isPhotoCredit } from '../../furniture/credits.js';
import {
  episodeMarkLength,
  isStampLabel,
  isTimeOfDay,
  isUpdateStamp,
  saysPublished,
  saysUpdated,
} from '../../furniture/stamps.js';
import { isFurnitureLine } from '../../html/furniture.js';
import type { Block } from '../../input/block.js';
import { fold } from '../../text/fold.js';
import type { Span } from '../../types.js';
import { phrases, words } from '../../util/tables.js';
import { bulletLength, recogniseByline } from '../recognisers/byline.js';
import type { TextDoc } from './doc.js';
import { stampLineOf } from './line-facts.js';
import { isPlace } from './places.js';

/** A chosen date: ISO value and its span in the input. */
export interface DateChoice extends Span {
  iso: string;
}

/** Longest line read as a date line (a line that is mostly a date). */
const MAX_DATE_LINE = 120;
/** Words that mark a photo caption or a credit line: their dates are not the article's. */
const CAPTION_WORDS = /©|\bphoto\b|\bcrédit|\bcredit|صورة|أرشيفية|\bAFP\/|\bgetty\b/iu;
/** `DR` (droits réservés) in capitals only: `Dr.` is a title before a name. */
const RIGHTS_RESERVED = /\(DR\)|\bDR\b/u;

/** Whether a text reads as a photo caption or a credit line. */
function captionLike(text: string): boolean {
  return CAPTION_WORDS.test(text) || RIGHTS_RESERVED.test(text);
}
/** A crawler's ` date YYYY-MM-DD ` marker at the very start of a dump (or of its first line). */
export const CRAWLER_MARK = /^\s?date (\d{4}-\d{2}-\d{2})(?: |$)/;

/**
 * The first date of block `b`'s text (`findDates`, resolved against the
 * document's reference day), read once per block: the date-line search and
 * the search between title and body read the same header lines.
 */
export function firstDateOf(doc: TextDoc, b: Block): LineDate | undefined {
  let memo = doc.firstDates;
  if (!memo) {
    memo = new Array<LineDate | null | undefined>(doc.blocks.length);
    doc.firstDates = memo;
  }
  // A block's text can be cut (the crawler's mark): the answer is kept with the text it was read from.
  const known = memo[b.index];
  if (known !== undefined && doc.firstDateTexts?.[b.index] === b.text) return known ?? undefined;
  const d = findDates(b.text, doc.reference)[0];
  memo[b.index] = d ?? null;
  doc.firstDateTexts ??= new Array<string | undefined>(doc.blocks.length);
  doc.firstDateTexts[b.index] = b.text;
  return d;
}

function toChoice(block: Block, d: LineDate): DateChoice {
  return { iso: d.iso, start: block.start + d.start, end: block.start + d.end };
}

/**
 * What may stand before the date on a date line: a label (`Publié le`, `Le`,
 * `Diffusé le`, `Broadcast on` for a broadcast,
 * `Mis à jour le`, `نشر في`, `بتاريخ`, `حرر بتاريخ`, each Arabic one with its colon allowed: `نشر في:`,
 * `تاريخ النشر:`), a day name, `نشرت`. A colon or other
 * words (`Flash-news : jeudi 13 mars 2014`) make it a headline instead.
 */
const LABEL_BEFORE =
  /^(?:(?:publié|publiée|posté|postée|diffusé|diffusée|mis à jour|modifié|updated|posted|published|aired|broadcast|date)(?: le| on| :)?|le|on|(?:بتاريخ|حرر(?: بتاريخ| في)?|نشر(?:ت)?(?: في| يوم)?|تاريخ النشر|بث(?: يوم| في| بتاريخ)?|تاريخ البث)(?: ?:)?|يوم|في|آخر تحديث ?:?)?[\s,]*(?:\p{L}+[\s,،]*)?$/iu;

/** A Hijri date's year and era mark closing the text before a date, and a separator (`1446هـ - `, `1446 ه، `). */
const HIJRI_BEFORE = /\d ?هـ?[ \-–—|،,/]*$/u;

/** Separators after a dateline's place (`Rabat - `, `Tunis, `). */
const PLACE_SEPARATORS = /* @__PURE__ */ phrases(' - | – |, ');
/** Longest place read opening a date line. */
const PLACE_MAX = 30;

/** `before` without the known place opening it and the separator after the place (`Rabat - dimanche ` → `dimanche `). */
function afterPlace(before: string): string | undefined {
  for (const sep of PLACE_SEPARATORS) {
    const at = before.indexOf(sep);
    if (at > 0 && at <= PLACE_MAX && isPlace(before.slice(0, at)))
      return before.slice(at + sep.length);
  }
  return undefined;
}

/** Farthest a bar stands after a date (its time between, `- 18:40 | `). */
const BAR_REACH = 14;

/** Whether a bar close after the date at `end` opens an update stamp (`| آخر تحديث: …`, `| Updated …`). */
function updateAfterBar(text: string, end: number): boolean {
  const bar = text.indexOf('|', end);
  return bar >= 0 && bar - end <= BAR_REACH && isUpdateStamp(text.slice(bar + 1).trimStart());
}

/** A date line: short, mostly a date, nothing but a label before it. */
export interface DateLineMatch {
  /** The date, when it resolves (a relative date without a reference day does not). */
  date?: DateChoice;
}

/** Reads `block` as a date line; undefined when it is not one. */
export function dateLine(doc: TextDoc, block: Block): DateLineMatch | undefined {
  if (block.text.length > MAX_DATE_LINE) return undefined;
  // Most lines hold no date (findDates is gated on a digit): the caption words are looked for after.
  const d = firstDateOf(doc, block);
  if (!d || captionLike(block.text)) return undefined;
  // w3m and lynx print a list item's date behind its bullet (`* 19 November 2019`).
  // A podcast's meta line opens with the episode's number (`Folge 87 · 18. Juni 2025 · 54 Min.`).
  const shown = block.text.slice(Math.min(bulletLength(block.text), d.start), d.start);
  const before = shown.slice(episodeMarkLength(shown));
  // `الاثنين 12/5/1431 هـ - الموافق 26/4/2010 م`, `الأربعاء 25 رمضان 1446هـ - 26 مارس 2025م`: a Hijri date, then the Gregorian one.
  if (
    !LABEL_BEFORE.test(before) &&
    !before.includes('الموافق') &&
    !HIJRI_BEFORE.test(before) &&
    // `الرباط - الأحد 12 أكتوبر 2025`, `Rabat - dimanche …`: the place it was filed from, then a label or a day name.
    !LABEL_BEFORE.test(afterPlace(before) ?? '.')
  )
    return undefined;
  // What follows is short: a time, `| 3 min de lecture`, a place; or an update stamp after a bar
  // (`نشر في: … - 18:40 | آخر تحديث: …`, `Publié le … | Mis à jour le …`).
  if (block.text.length - d.end > 40 && !updateAfterBar(block.text, d.end)) return undefined;
  const date = resolved(doc, block, d);
  return date ? { date } : {};
}

function resolved(doc: TextDoc, block: Block, d: LineDate): DateChoice | undefined {
  if (d.unresolved) {
    // Said once: the same line may be read for its date more than once (a byline, then the header's lines).
    const warning = relativeLeftOutWarning(block.text.slice(d.start, d.end));
    if (!doc.warnings.includes(warning)) doc.warnings.push(warning);
    return undefined;
  }
  return toChoice(block, d);
}

/** The first date in a span of the input (a byline's rest, a first paragraph's start). */
export function dateIn(
  doc: TextDoc,
  block: Block,
  from: number,
  to: number,
): DateChoice | undefined {
  const text = doc.input.slice(from, Math.min(to, from + MAX_DATE_LINE));
  // The caption words are looked for where the date is read, not in the rest of a long paragraph,
  // and after the date (most texts hold none, and findDates is gated on a digit or a relative word).
  const d = findDates(text, doc.reference)[0];
  if (!d || captionLike(text)) return undefined;
  return resolved(doc, { ...block, start: from, text }, d);
}

/** Where a dateline's date may start in a paragraph: after a place and its comma at most. */
const DATELINE_REACH = 40;
/** What stands before a dateline's date: nothing, or a place and a comma, a bracket or a dash, and a short word (`Rabat, le`). */
const DATELINE_BEFORE = /(?:^|[,(–—|-])(?:\s*\p{Ll}{1,3})?\s*$/u;
/** What follows a dateline's date: a dash, a colon, a bracket or a bar. */
const DATELINE_AFTER = /^\s*[-–—:(|)]/u;

/**
 * The date of a dateline opening a paragraph (`TANGER, 12 mars 2024 —`,
 * `Rabat, le 12 mars 2024 (MAP) -`, `12.03.2024 | Rabat`); a sentence that
 * opens with a date (`Le 12 mars 2024, le ministre…`, `Am 1. Januar 2023
 * tritt…`) names an event, not the day the article was written.
 */
export function datelineIn(doc: TextDoc, block: Block): DateChoice | undefined {
  const text = doc.input.slice(block.start, Math.min(block.end, block.start + 80));
  const d = findDates(text, doc.reference)[0];
  if (!d || d.start > DATELINE_REACH || captionLike(text)) return undefined;
  const before = text.slice(0, d.start);
  if (!DATELINE_BEFORE.test(before) && !DATELINE_AFTER.test(text.slice(d.end, d.end + 6)))
    return undefined;
  return resolved(doc, { ...block, text }, d);
}

/** The crawler's ` date YYYY-MM-DD ` marker at the start of the input, as a last resort. */
export function crawlerDate(doc: TextDoc): DateChoice | undefined {
  const first = doc.blocks[0];
  if (!first) return undefined;
  const m = CRAWLER_MARK.exec(doc.input.slice(0, 40));
  const value = m?.[1];
  if (!m || !value) return undefined;
  const start = m.index + m[0].indexOf(value);
  return { iso: value, start, end: start + value.length };
}

/** Blocks above the body searched for a date when no date line was read near the top. */
const DATE_REACH = 12;
/** Roles whose dates are other articles' (teasers, related links, tickers). */
const FOREIGN_ROLES = new Set(words('ticker related listing-header widget'));

/**
 * The first date on a short line between the title (`from`; -1 when none)
 * and the body's first block (`to`): on a web page the date line stands in
 * that header, further down than the first screenful of a dump.
 */
export function dateNear(doc: TextDoc, from: number, to: number): DateChoice | undefined {
  // An update stamp (`Aktualisiert: 12.04.2020`) dates the article only when no other line does.
  return publicationFirst(blockRange(doc, Math.max(from + 1, to - DATE_REACH), to - 1), (b) => {
    if (b.text.length > MAX_DATE_LINE || FOREIGN_ROLES.has(doc.roles.get(b.index) ?? ''))
      return undefined;
    const d = firstDateOf(doc, b);
    // A member's registration (`Registriert: 18.09.2008`, a forum's profile box), a birth: no publication.
    return d && !d.unresolved && !captionLike(b.text) && !notPublishedAt(b.text, d.start)
      ? { text: b.text, date: toChoice(b, d) }
      : undefined;
  });
}

/** Body paragraphs searched for a date line the body's run took in. */
const TOP_REACH = 4;
/** Longest date line read at the body's top. */
const TOP_DATE_LINE = 60;

/**
 * A date line the body's run took in with the header (`Jun 7, 2023, 8:54 PM
 * UTC|`): among the body's first paragraphs, a short line that is mostly a
 * date. Returns the date and the paragraph's position, so the caller takes
 * it out of the body.
 */
export function dateAtBodyTop(
  doc: TextDoc,
  owners: readonly number[],
): { date: DateChoice; at: number } | undefined {
  for (let i = 0; i < Math.min(TOP_REACH, owners.length); i++) {
    const b = doc.blocks[owners[i] ?? -1];
    const date = b && shortDateLine(doc, b);
    if (date) return { date, at: i };
  }
  return undefined;
}

/** The date of a short line that is mostly a date (`Jun 7, 2023, 8:54 PM UTC|`, `15. Mai 2019, 05:28 Uhr`), not a caption. */
export function shortDateLine(doc: TextDoc, b: Block): DateChoice | undefined {
  if (b.text.length > TOP_DATE_LINE) return undefined;
  // The block's first date, read once per block; only a line holding one is measured.
  const d = firstDateOf(doc, b);
  if (!d || d.unresolved || captionLike(b.text)) return undefined;
  return dateShare(b.text, doc.reference) >= 0.5 ? toChoice(b, d) : undefined;
}

/**
 * The first date among `candidates` (each a line and its date, or undefined)
 * whose line is not an update stamp (`Aktualisiert: 12.04.2020`); the first
 * update stamp's when no other line gives one.
 */
export function publicationFirst<T>(
  candidates: Iterable<T>,
  read: (c: T) => { text: string; date: DateChoice } | undefined,
): DateChoice | undefined {
  let updated: DateChoice | undefined;
  for (const c of candidates) {
    const r = read(c);
    if (!r) continue;
    if (!isUpdateStamp(r.text)) return r.date;
    updated = updated ?? r.date;
  }
  return updated;
}

/** The blocks from index `from` to index `to`, inclusive, clamped to the document. */
export function* blockRange(doc: TextDoc, from: number, to: number): Generator<Block> {
  for (let k = Math.max(0, from); k <= Math.min(to, doc.blocks.length - 1); k++) {
    const b = doc.blocks[k];
    if (b) yield b;
  }
}

/** Blocks on either side of a date line searched for a copy of the headline. */
const REPEAT_REACH = 2;

/**
 * Whether the headline (block `title`) is printed again within two blocks of block `k`: a
 * page that prints its header twice (a gallery's or a print view's copy, an
 * author's latest stories) has its date line beside the first copy, far
 * above the copy chosen as the title.
 */
export function besideRepeat(doc: TextDoc, k: number, title: Block): boolean {
  const text = title.text;
  for (let j = k - REPEAT_REACH; j <= k + REPEAT_REACH; j++) {
    if (j !== title.index && doc.blocks[j]?.text === text) return true;
  }
  return false;
}

/** Blocks after the body's first read for a date line it left out (`06.12.2022` between the deck and a picture). */
const BODY_HEAD_REACH = 6;

/**
 * A date line the body left out among its first blocks (after its first
 * paragraph, between a deck and a picture's credit): a short line that is
 * mostly a date and is no paragraph of the body, when nothing else dated
 * the article.
 */
export function dateInBodyHead(doc: TextDoc, first: number): DateChoice | undefined {
  for (let k = first + 1; k <= first + BODY_HEAD_REACH && k < doc.blocks.length; k++) {
    const b = doc.blocks[k];
    const role = doc.roles.get(k);
    if (!b || role === 'body' || FOREIGN_ROLES.has(role ?? '')) continue;
    const date = shortDateLine(doc, b);
    if (date) return date;
  }
  return undefined;
}

/** Blocks over the title read for a publication stamp joined to other lines. */
const JOINED_ABOVE = 2;
/** Longest block read for a publication stamp joined to other lines. */
const MAX_JOINED = 200;
/** Characters before a date read for its label. */
const JOINED_LABEL_REACH = 30;

/**
 * A publication stamp a renderer joined to the lines beside it (`von X,
 * Online-Redaktion Veröffentlicht: 26.12.2022`, `… Survey Published on: June
 * 25, 2024 5 min read`): a date right after a publication label, in a short
 * block that is no paragraph of the body, from two blocks over the title
 * (`from`) to a few blocks into the body's run (`first`, its first
 * paragraph), when nothing else dated the article.
 */
export function joinedStampDate(doc: TextDoc, from: number, first: number): DateChoice | undefined {
  // The body's first paragraph may stand above the title (a lone mark the body's run took in): the title's first blocks are read then.
  for (const b of blockRange(doc, from - JOINED_ABOVE, Math.max(from, first) + BODY_HEAD_REACH)) {
    const role = doc.roles.get(b.index);
    if (role === 'body' || FOREIGN_ROLES.has(role ?? '') || b.text.length > MAX_JOINED) continue;
    if (!/\d/u.test(b.text) || captionLike(b.text)) continue;
    for (const d of findDates(b.text, doc.reference)) {
      if (d.unresolved) continue;
      if (saysPublished(b.text.slice(Math.max(0, d.start - JOINED_LABEL_REACH), d.start)))
        return toChoice(b, d);
    }
  }
  return undefined;
}

/** Blocks after the body's last looked at for a publication stamp (`Erstellt am: 01.11.2023` under the article). */
const STAMP_AFTER = 3;

/**
 * A labelled publication stamp (`Veröffentlicht am 16.08.2019`, `PUBLISHED:
 * 10:48, Tue, Nov 19, 2019 | UPDATED: …`) between the title (or the body's
 * start) and a few blocks past the body's end: the body leaves such lines out
 * as furniture, and when nothing in the header dated the article, the first
 * one does.
 */
export function stampDate(doc: TextDoc, from: number, last: number): DateChoice | undefined {
  return publicationFirst(blockRange(doc, from, last + STAMP_AFTER), (b) => stampOf(doc, b));
}

/** Longest line read as a stamp's label alone (`Veröffentlicht am:`). */
const LABEL_LINE = 24;
/** Longest line read as the date under a stamp's label alone. */
const LABELLED_DATE_LINE = 40;

/**
 * The stamp block `b` gives: a labelled stamp on one line, or a label alone
 * (`Datum`, `Stand:`) over a line that is mostly a date. The text is the
 * label's, so an update label still reads as one.
 */
export function stampOf(doc: TextDoc, b: Block): { text: string; date: DateChoice } | undefined {
  // The block's kept fold (the body's furniture checks made most of them already); a longer line is no stamp, unfolded.
  if (stampLineOf(doc, b)) {
    const d = firstDateOf(doc, b);
    return d && !d.unresolved ? { text: b.text, date: toChoice(b, d) } : undefined;
  }
  // A short line over a short line with a digit: most lines are no label, and are not folded.
  if (b.text.length > LABEL_LINE) return undefined;
  const next = doc.blocks[b.index + 1];
  if (!next || next.text.length > LABELLED_DATE_LINE || !/\d/u.test(next.text)) return undefined;
  if (!isStampLabel(b.text)) return undefined;
  const d = firstDateOf(doc, next);
  if (!d || d.unresolved || dateShare(next.text, doc.reference) < 0.5) return undefined;
  return { text: `${b.text} ${next.text}`, date: toChoice(next, d) };
}

/**
 * The page's one publication stamp: when every labelled publication stamp
 * (`Published: 30 January 2017`, `VERÖFFENTLICHT AM 07.06.2019`) on the page
 * gives the same day, that day, wherever the line stands: in a meta footer
 * under a related box, or printed twice and so taken for the page's
 * boilerplate; with none, the update stamps' day when they all agree
 * (`Updated 12:24 am EST, Wednesday, November 20, 2019`). Teasers print one
 * stamp each, with as many days: a page whose stamps disagree gives none.
 */
export function onlyStampDate(doc: TextDoc): DateChoice | undefined {
  let first: DateChoice | undefined;
  let update: DateChoice | undefined;
  let updates = true;
  for (const b of doc.blocks) {
    // Boxes' lines are other articles' (stampOf turns long lines down before folding them).
    if (FOREIGN_ROLES.has(doc.roles.get(b.index) ?? '')) continue;
    const s = stampOf(doc, b);
    if (!s) continue;
    if (isUpdateStamp(s.text)) {
      if (!update) update = s.date;
      else if (s.date.iso.slice(0, 10) !== update.iso.slice(0, 10)) updates = false;
      continue;
    }
    if (!first) first = s.date;
    else if (s.date.iso.slice(0, 10) !== first.iso.slice(0, 10)) return undefined;
  }
  return first ?? (updates ? update : undefined);
}

/**
 * A publication stamp (never an update's) from block `from` to a few blocks
 * past `last`: when the date chosen is an update stamp's
 * (`Aktualisiert: 11.04.2020` under the headline), a `Publiziert: 03.04.2020`
 * under the article says when it was published.
 */
export function publicationStamp(doc: TextDoc, from: number, last: number): DateChoice | undefined {
  for (const b of blockRange(doc, from, last + STAMP_AFTER)) {
    const s = stampOf(doc, b);
    if (s && !isUpdateStamp(s.text)) return s.date;
  }
  return undefined;
}

/** Whether a chosen date is an update stamp's: an update label stands right before it on its line. */
export function isUpdateDate(doc: TextDoc, date: DateChoice): boolean {
  const b = doc.blocks.find((x) => x.start <= date.start && date.start < x.end);
  return b !== undefined && saysUpdated(doc.input.slice(b.start, date.start));
}

/** Blocks right above the title looked at for its date (`15. Mai 2019, 05:28 Uhr` over the headline), whatever stands between. */
const ABOVE_TITLE = 2;
/** Blocks above the title looked at for its date when every line between is short (a category, a kicker, a rating). */
const ABOVE_SHORT = 4;
/** Blocks above the title read for a post's date over its meta lines (`13. Februar 2017` ⏎ `0 Kommentare` ⏎ `Share` ⏎ title). */
const META_REACH = 10;
/** Most words of a meta line between such a date and the title (`Share It!`, `Foto: X/Shutterstock`): a longer line is a teaser's headline or prose. */
const META_WORDS = 6;

/**
 * A date line above the title: a kicker's date (`15. Mai 2019, 05:28 Uhr`)
 * one or two blocks up, or a post's date over its meta lines (a comment
 * counter, share buttons, a photo credit, each a few words) up to
 * {@link META_REACH} blocks up, when nothing else dated the article. A line
 * of more than {@link META_WORDS} words in between (a teaser's headline)
 * ends the search; an update stamp gives way to a date above it.
 */
export function dateAboveTitle(doc: TextDoc, title: number): DateChoice | undefined {
  let wordy = false;
  // Whether a post's furniture (a counter, a button, a byline) stands between: menu entries alone say nothing.
  let meta = false;
  // Whether a menu stands between: two one-word lines in a row (`Home` ⏎ `Wirtschaft`).
  let menu = false;
  let oneWord = 0;
  let updated: DateChoice | undefined;
  for (let k = title - 1; k >= 0 && k >= title - META_REACH; k--) {
    const b = doc.blocks[k];
    if (!b) continue;
    // Up to four blocks up when only a few short lines stand between, no menu (`21 September 2020` ⏎ `SQL` ⏎ a kicker ⏎ title).
    const far = k < title - (wordy || menu ? ABOVE_TITLE : ABOVE_SHORT);
    if (far && (wordy || FOREIGN_ROLES.has(doc.roles.get(k) ?? ''))) break;
    // `Veröffentlichung: 2. Februar 2022`, `Published: 30 January 2017` over the headline.
    const stamp = stampOf(doc, b);
    const date = !far || meta ? (stamp?.date ?? shortDateLine(doc, b)) : undefined;
    if (date && !isUpdateStamp(stamp?.text ?? b.text)) return date;
    if (date) updated = updated ?? date;
    const words = b.text.split(' ').length;
    oneWord = words === 1 ? oneWord + 1 : 0;
    if (oneWord >= 2) menu = true;
    if (words > META_WORDS) wordy = true;
    else if (!meta && postMeta(b)) meta = true;
  }
  return updated;
}

/** Longest line read as a post's furniture. */
const MAX_META = 60;

/** Whether a short line is a post's furniture printed with its date: a comment counter (`0 Kommentare`), a button (`Drucken`, `Share`), a photo credit, a time of day, a byline. */
function postMeta(b: Block): boolean {
  const t = b.text.slice(bulletLength(b.text)).trim();
  if (t.length === 0 || t.length > MAX_META) return false;
  const f = fold(t);
  return (
    isFurnitureLine(t, false, f) ||
    isCommentHeading(t, f) ||
    isPhotoCredit(t, f) ||
    isTimeOfDay(t) ||
    recogniseByline({ ...b, text: t }) !== undefined
  );
}

/** Longest text read before a date as its weekday's name (`Donnerstag, `). */
const WEEKDAY_REACH = 16;

/** Whether all that stands before the date on its line is a weekday's name (`Jueves, 21 de Abril de 2022`), behind a bullet at most. */
function weekdayBefore(text: string, d: LineDate): boolean {
  if (d.start > WEEKDAY_REACH) return false;
  let before = text.slice(Math.min(bulletLength(text), d.start), d.start).trim();
  if (before.endsWith(',') || before.endsWith('،')) before = before.slice(0, -1).trimEnd();
  return WEEKDAYS.has(fold(before));
}

/** Blocks under a byline looked at for its date line. */
const UNDER_BYLINE = 2;
/** Longest rest of the author's line read for its date: a byline's stamp, not a paragraph. */
const OWN_LINE_REST = 80;

/**
 * The date after the author's name on its line (`By X@handle Nov 18, 2019`),
 * else the date line right under the byline that named the author (`By X, a
 * deputy editor …` over `Jun 7, 2023, 8:54 PM UTC| Comments`), wherever the
 * byline was found: inside the body's run too, where the search between
 * the title and the body does not reach.
 */
export function dateUnderByline(doc: TextDoc, author: Span | undefined): DateChoice | undefined {
  if (!author) return undefined;
  const at = doc.blocks.findIndex((b) => b.start <= author.start && author.start < b.end);
  if (at < 0) return undefined;
  // The rest of the author's own line first (`By X@handle Nov 18, 2019, 11:47am EST`), when it is a byline's rest and not a paragraph.
  const own = doc.blocks[at];
  if (own && own.end - author.end <= OWN_LINE_REST) {
    const d = dateIn(doc, own, author.end, own.end);
    if (d) return d;
  }
  for (let k = at + 1; k <= at + UNDER_BYLINE; k++) {
    const b = doc.blocks[k];
    if (!b || b.text.length > TOP_DATE_LINE || FOREIGN_ROLES.has(doc.roles.get(k) ?? '')) continue;
    // A short line opening with its date (`Jun 7, 2023, 8:54 PM UTC| Comments`), or with its weekday's name
    // before it (`Jueves, 21 de Abril de 2022`, `Dienstag, 7. November 2023`).
    const d = firstDateOf(doc, b);
    if (d && !d.unresolved && !captionLike(b.text) && (d.start <= 2 || weekdayBefore(b.text, d)))
      return toChoice(b, d);
  }
  // A publication stamp right over the byline (`Veröffentlicht am 1. November 2023 09:35` ⏎ `von X`).
  const above = doc.blocks[at - 1];
  const stamp =
    above && !FOREIGN_ROLES.has(doc.roles.get(at - 1) ?? '') ? stampOf(doc, above) : undefined;
  return stamp && !isUpdateStamp(stamp.text) ? stamp.date : undefined;
}
