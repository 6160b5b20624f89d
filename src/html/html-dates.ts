/**
 * Publication date of an HTML page, in the manner of htmldate: structured
 * metadata first (JSON-LD, `<meta>` conventions, microdata, `<time pubdate>`),
 * then a full date in the page's URL, then dates printed near the title
 * (`<time datetime>`, date and byline elements, text lines), refusing those in
 * comments, related teasers, footers and copyright lines; modification dates
 * only when nothing else is found.
 */

import { findDates, type LineDate } from '../dates/find-dates.js';
import { isoDay } from '../dates/iso.js';
import { normaliseIsoString } from '../dates/iso-string.js';
import { notPublishedAt } from '../dates/not-published.js';
import type { ReferenceDay } from '../dates/reference.js';
import type { Span } from '../types.js';
import { phrases } from '../util/tables.js';
import * as F from './flags.js';
import {
  datedListItem,
  firstSegmentDate,
  firstSourceDate,
  type GuessedDate,
  guessDates,
  NOT_DATING,
  namesOtherDate,
} from './guess-dates.js';
import { attr, attrSpan, firstOf, type PageMetadata } from './metadata.js';
import { isOwnAddress } from './own-address.js';
import { findShortYearDate, findTextDates, type TextDate } from './text-dates.js';
import { type HtmlBlock, type MetaRecord, PUBLISHED_PROPERTY } from './walk.js';
import { yearlessDay } from './yearless-date.js';

/** A publication date and where it was read. */
export interface FoundPublished {
  iso: string;
  span?: Span;
  /** Where it came from, for warnings and debugging. */
  from: string;
  /** Set when the day is a guess (the earliest comment's, a day a list repeats), not the page's own date. */
  guess?: true;
  /** For a date printed in the page, the index of its block. */
  block?: number;
}

/** `<meta>` keys that carry the publication date, best first (lower case). */
const PUBLISHED_KEYS = /* @__PURE__ */ phrases(
  'article:published_time|article:published|og:published_time|og:article:published_time|datepublished|' +
    'article.published|published_time|published-date|publication_date|publish-date|publish_date|publishdate|' +
    'pubdate|parsely-pub-date|sailthru.date|dc.date.issued|dcterms.issued|dc.date.created|dcterms.created|' +
    'dc.date|citation_publication_date|citation_date|citation_online_date|prism.publicationdate|' +
    'originalpublicationdate|article_date_original|cxenseparse:recs:publishtime|date_published|' +
    'rnews:datepublished|og:pubdate|bt:pubdate|release_date|' +
    // More of htmldate's publication keys (CMS and analytics conventions).
    'article:published_date|article:publicationdate|article:post_date|og:publish_date|og:datepublished|' +
    'published_date|publisheddate|publish_time|dc.date.publication|dcsext.articlefirstpublished|' +
    'analyticsattributes.articledate|mediator_published_time|shareaholic:article_published_time|' +
    'vr:published_time|twt-published-at|rbpubdate|displaydate|dateposted|pdate|ptime',
);
/** Looser `<meta>` keys (a page's creation, a generic `date`): after the dates printed near the title. */
const WEAK_KEYS = /* @__PURE__ */ phrases(
  'date|dcterms.date|datecreated|created|creation_date|date_created|content_create_date|dc.created|' +
    'article.created|doc_date|timestamp',
);
/** `<meta>` keys of a modification date: the last resort. */
const MODIFIED_KEYS = /* @__PURE__ */ phrases(
  'article:modified_time|og:updated_time|datemodified|dc.date.modified|dcterms.modified|last-modified|' +
    'lastmod|revised',
);

/** Regions whose dates are never the page's publication date (an embedded post's date is the post's). */
const FOREIGN_DATES =
  F.COMMENTS | F.RELATED | F.FOOTER | F.NAV | F.ASIDE | F.DIALOG | F.HIDDEN | F.EMBED;
/** Regions whose dates are other items' even when marked up as a publication date. */
const MARKED_FOREIGN = F.COMMENTS | F.RELATED | F.NAV | F.ASIDE | F.DIALOG;

const URL_DATE = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?([01]\d)[/_-]?([0-3]\d)(?:[/_.-]|$)/;
const URL_DATE_SEP = /\/((?:19|20)\d{2})\/([01]?\d)\/([0-3]?\d)\//;
const URL_DATE_DMY = /[/~_-]([0-3]\d)-([01]\d)-((?:19|20)\d{2})(?:[/_.-]|$)/;

/** An address's path: no scheme and host, no query or fragment. */
function addressPath(url: string): string {
  const query = url.search(/[?#]/);
  return (query >= 0 ? url.slice(0, query) : url).replace(/^[a-z]+:\/\/[^/]*/i, '');
}

/** A full `YYYY/MM/DD` (or `YYYY-MM-DD`, `YYYYMMDD` between separators) in a URL path. */
export function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = addressPath(url);
  const m = URL_DATE_SEP.exec(path) ?? URL_DATE.exec(path);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const dmy = URL_DATE_DMY.exec(path);
  return dmy ? isoDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : undefined;
}

/** A machine date (ISO-like) or a date written in words, normalised; undefined when neither. */
function readDate(value: string, monthFirst: boolean): string | undefined {
  const iso = normaliseIsoString(value);
  if (iso) {
    const y = Number(iso.slice(0, 4));
    return y >= 1990 && y <= 2099 ? iso : undefined;
  }
  // `20210501`, `2021/05/01`, `May 1, 2021`, `01.05.2021`…
  const compact = /^\s*((?:19|20)\d{2})([01]\d)([0-3]\d)(?:\D|$)/.exec(value);
  if (compact) return isoDay(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  return findTextDates(value.slice(0, 200), monthFirst)[0]?.iso;
}

/**
 * The day a `<time>` with no machine value prints: any date {@link readDate} reads, or one with a two-digit
 * year (`On 11/13/19 at 4:00 PM`), which inside an element that holds a date is the date.
 */
function timeText(text: string, monthFirst: boolean): string | undefined {
  if (!text) return undefined;
  return readDate(text, monthFirst) ?? findShortYearDate(text.slice(0, 80), monthFirst)?.iso;
}

/** Inputs of {@link findPublished}. */
export interface DateContext {
  input: string;
  meta: PageMetadata;
  records: readonly MetaRecord[];
  blocks: readonly HtmlBlock[];
  /** Index of the title's block, -1 when unknown. */
  titleBlock: number;
  /** Index of the first body block, -1 when none. */
  bodyStart: number;
  /** Index of the last body block, -1 when none (or unknown: then the body runs to the page's end). */
  bodyEnd?: number;
  /** The page's address (the caller's, else the canonical one). */
  urls: readonly string[];
  /** Whether numeric dates are month first (US English). */
  monthFirst: boolean;
  /** The day relative dates (`il y a 3 heures`) resolve against, when the caller gave one. */
  reference?: ReferenceDay;
}

/** Finds the page's publication date. */
export function findPublished(ctx: DateContext): FoundPublished | undefined {
  const { meta, monthFirst } = ctx;
  // 1. A full date in the URL: the most reliable of all when present.
  const machine = machineDates(ctx);
  // The date printed near the title, read once when first asked for.
  let printedNear: FoundPublished | undefined | null = null;
  const near = (): FoundPublished | undefined => {
    if (printedNear === null) printedNear = nearTitle(ctx);
    return printedNear;
  };
  for (const url of ctx.urls) {
    const iso = urlDate(url);
    if (!iso) continue;
    // Unless the page's own machine date and the date printed under its title agree on another day.
    // A UTC instant on the day before or after is the same moment (the address is written in the site's local day).
    const other = machine[0];
    if (other && !other.weak && other.iso.slice(0, 10) !== iso && !utcOfLocalDay(other.iso, iso)) {
      const printed = near()?.iso.slice(0, 10);
      if (printed === other.iso.slice(0, 10)) return other;
    }
    return { iso, from: 'url' };
  }
  // 2. JSON-LD, <meta> conventions, microdata and <time pubdate>, best first. When they name different days and
  // the date printed under the title is one of them, that one wins: two sources agree on it. Unless two
  // publication records already agree on the first's day (a loose key and a printed update stand against them).
  const first = machine[0];
  if (first) {
    const day = first.iso.slice(0, 10);
    let agreeing = 0;
    for (const m of machine) if (!m.weak && m.iso.slice(0, 10) === day) agreeing++;
    if (agreeing < 2 && machine.some((m) => m.iso.slice(0, 10) !== day)) {
      const printed = near()?.iso.slice(0, 10);
      const agreed = printed ? machine.find((m) => m.iso.slice(0, 10) === printed) : undefined;
      if (agreed) return withoutWeak(agreed);
    }
    if (!first.weak) {
      // A lone machine date, corroborated by no other source, gives way to the date printed under the title when they differ
      // (a template's fixed `datePublished`, a record copied from another page): the printed day is what readers see.
      const strong = machine.filter((m) => !m.weak);
      if (strong.length === 1) {
        const printed = near();
        const local = printed && localInstant(printed, first, ctx.titleBlock);
        if (local) return local;
        if (
          printed &&
          overrides(printed, first, ctx.blocks, ctx.titleBlock) &&
          otherReading(ctx.input, printed) !== first.iso.slice(0, 10)
        )
          return printed;
      }
      return first;
    }
  }
  // 3. Dates printed near the title, weak metadata, dates anywhere outside comments, teasers and footers.
  // A publication key in a script's record of the page (htmldate's JSON search): JSON-LD that did not parse, a CMS's state.
  const printed = near();
  if (printed) {
    // A numeric date that reads both ways (`11/01/2021` on a day-first page) takes the reading the page's own record names.
    const other = machine.length === 0 ? otherReading(ctx.input, printed) : undefined;
    return other && keyedSourceDate(ctx.input)?.iso === other
      ? { ...printed, iso: other }
      : printed;
  }
  const keyed = machine.length === 0 ? keyedSourceDate(ctx.input) : undefined;
  if (keyed) return keyed;
  const weak = machine.find((m) => m.weak);
  if (weak) return withoutWeak(weak);
  const relative = ctx.reference
    ? (relativeUnderTitle(ctx, ctx.reference) ?? yearlessUnderTitle(ctx, ctx.reference))
    : undefined;
  if (relative) return relative;
  const own = ownEntry(ctx);
  if (own) return own;
  const far = anywhere(ctx);
  if (far) return far;
  // 4. Modification dates.
  const modified = meta.ld?.dateModified ? readDate(meta.ld.dateModified, monthFirst) : undefined;
  if (modified) return { iso: modified, from: 'json-ld modified' };
  const metaModified = metaDate(meta, MODIFIED_KEYS, monthFirst);
  if (metaModified) return metaModified;
  const footerUpdate = footerUpdateTime(ctx);
  if (footerUpdate) return footerUpdate;
  // 5. htmldate's extensive search, last: an article comes before its comments, so the earliest comment's day is the best guess left.
  // Then the day written most often in the page's other regions (a list of items dated alike), footers and copyright lines aside.
  // Then the first day a line of the page's own prints (teasers, sidebars and footers aside), and the first full date in its
  // markup (an attribute, a script's record): a guess beats no answer. Not one on another month than the address
  // names (`/2019/10/slug/`): two sources disagree, and the address is the page's own.
  const month = ctx.urls.map(urlMonth).find((m) => m !== undefined);
  const fits = (g: FoundPublished | undefined): FoundPublished | undefined =>
    g && (month === undefined || g.iso.startsWith(month)) ? g : undefined;
  return (
    fits(sourceTimestamp(ctx.input)) ??
    fits(imageUrlDate(meta.image)) ??
    fits(earliestIn(ctx.blocks, F.COMMENTS, monthFirst)) ??
    fits(mostFrequentDay(ctx.blocks, monthFirst)) ??
    fits(asGuess(firstSegmentDate(ctx.blocks, monthFirst))) ??
    fits(asGuess(firstSourceDate(ctx.input)))
  );
}

const URL_MONTH = /\/((?:19|20)\d{2})\/([01]?\d)\//;

/** The year and month (`YYYY-MM`) an address's path names as `/2019/10/`, with or without a day after them. */
function urlMonth(url: string): string | undefined {
  const m = URL_MONTH.exec(addressPath(url));
  const month = Number(m?.[2]);
  return m && month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : undefined;
}

/** A last guess, flagged as one. */
function asGuess(g: GuessedDate | undefined): FoundPublished | undefined {
  return g ? { ...g, guess: true } : undefined;
}

/** A full date and time of day (`2021-05-01T08:30:00`, `2021-05-01 08:30:00`), as CMSs write their records' times. */
const TIMESTAMP = /(?<![\d])((?:19|20)\d{2})-([01]\d)-([0-3]\d)[T ]([0-2]\d):([0-5]\d):([0-5]\d)/g;

/**
 * htmldate's timestamp rescue: the first date-and-time written anywhere in
 * the source (a script's record of the page, `"published_at":"…"`), a guess.
 * Run once, only when nothing else dated the page.
 */
function sourceTimestamp(input: string): FoundPublished | undefined {
  TIMESTAMP.lastIndex = 0;
  let m = TIMESTAMP.exec(input);
  // Not a version's or another kind of date's (`?ver=2013-07-18 10:00:00`, `"startDate":"…"`): the next one.
  while (m && namesOtherDate(input, m.index)) m = TIMESTAMP.exec(input);
  if (!m) return undefined;
  const iso = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!iso) return undefined;
  return {
    iso,
    span: { start: m.index, end: m.index + 10 },
    from: 'a time stamp in the page source',
    guess: true,
  };
}

/** Hours a local day may lie ahead of, or behind, UTC. */
const AHEAD_MS = 14 * 3600_000;
const BEHIND_MS = 12 * 3600_000;
const DAY_MS = 24 * 3600_000;

/**
 * Whether the date printed under the title outweighs a lone machine date:
 * it names another day, and that day is not the machine time seen from
 * another time zone (`2018-06-12T23:00:00Z` printed `13 June 2018` in Europe).
 * It must stand at or below the title (a masthead's date above it is the
 * day's). A text line counts only when short, a date line rather than a
 * sentence (htmldate's short segments): a sentence may be an `Originally
 * published at … on …` note.
 */
function overrides(
  printed: FoundPublished,
  machine: FoundPublished,
  blocks: readonly HtmlBlock[],
  titleBlock: number,
): boolean {
  const day = printed.iso.slice(0, 10);
  if (day === machine.iso.slice(0, 10)) return false;
  // Above the title, a masthead's date is the day's, not the article's.
  if (printed.block === undefined || titleBlock < 0 || printed.block < titleBlock) return false;
  if (printed.from === 'text' && (blocks[printed.block]?.text.length ?? 0) > SHORT_SEGMENT)
    return false;
  return !(machine.iso.length > 10 && seenFromSomeZone(machine.iso, day));
}

/** A numeric date whose day and month may swap (`11/01/2021`, `03.04.21`): both figures name a month. */
const BOTH_WAYS = /^([01]?\d)([./-])([01]?\d)\2(\d{2}|\d{4})$/;

/**
 * The other reading of a printed numeric date whose first two figures could
 * each be the month (`11/01/2021`: 11 January, or 1 November as US pages
 * write it), from the text its span points at; undefined for any other date.
 * A machine date on that other day agrees with the printed one.
 */
function otherReading(input: string, printed: FoundPublished): string | undefined {
  const span = printed.span;
  if (!span || span.end - span.start > 10) return undefined;
  const m = BOTH_WAYS.exec(input.slice(span.start, span.end));
  if (!m || m[1] === m[3]) return undefined;
  const day = printed.iso.slice(0, 10);
  const a = Number(m[1]);
  const b = Number(m[3]);
  // The reading taken put `a` or `b` in the month's place: the other puts the other one there.
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return month === a ? isoDay(year, b, a) : month === b ? isoDay(year, a, b) : undefined;
}

/** Whether the instant `iso` falls on `day` as seen from some time zone (UTC −12 h to +14 h). */
function seenFromSomeZone(iso: string, day: string): boolean {
  const instant = Date.parse(iso);
  const start = Date.parse(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(instant) && instant >= start - AHEAD_MS && instant < start + DAY_MS + BEHIND_MS
  );
}

/** Most hours a site's zone stands from UTC. */
const MAX_ZONE_HOURS = 14;

/**
 * A lone machine date written as a UTC instant, printed at the title (the kicker right above it, or a line
 * under it) as another day that the instant falls on in some time zone (`article:published_time
 * 2018-12-31T23:11:59+00:00`, printed `2019-01-01`): the reader sees the site's day. The same instant comes
 * back, written at the whole-hour offset nearest UTC that puts it on the printed day
 * (`2019-01-01T00:11:59+01:00`), with the printed date's span. Undefined otherwise, or when the printed date
 * carries a time of its own (the cascade weighs it then).
 */
function localInstant(
  printed: FoundPublished,
  machine: FoundPublished,
  titleBlock: number,
): FoundPublished | undefined {
  if (printed.block === undefined || titleBlock < 0 || printed.block < titleBlock - 1)
    return undefined;
  if (printed.iso.length !== 10 || printed.iso === machine.iso.slice(0, 10)) return undefined;
  if (!utcOfLocalDay(machine.iso, printed.iso)) return undefined;
  const instant = Date.parse(machine.iso);
  for (let h = 1; h <= MAX_ZONE_HOURS; h++)
    for (const hours of [h, -h]) {
      const local = new Date(instant + hours * 3600_000).toISOString();
      if (local.slice(0, 10) !== printed.iso) continue;
      const sign = hours < 0 ? '-' : '+';
      const zone = `${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
      return { ...printed, iso: `${local.slice(0, 19)}${zone}` };
    }
  return undefined;
}

/** An instant written in UTC (`Z`, `+00:00`): it names UTC's day, not the site's. */
const UTC_INSTANT = /T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]00:?00)$/;

/**
 * The day a `<time>` prints when its machine value is a UTC instant on another day that the printed one is
 * in some time zone (`datetime="2019-11-19T07:03:25+00:00"` holding `November 18, 2019 11:03 PM`): the
 * reader sees the site's local day. Undefined when the text prints no date or agrees.
 */
function localDayPrinted(iso: string, text: string, monthFirst: boolean): string | undefined {
  if (!UTC_INSTANT.test(iso) || text.length > 80) return undefined;
  const day = findTextDates(text, monthFirst)[0]?.iso;
  return day && day !== iso.slice(0, 10) && seenFromSomeZone(iso, day) ? day : undefined;
}

/** Whether `iso` is a UTC instant that falls on the local day `day` in some time zone. */
function utcOfLocalDay(iso: string, day: string): boolean {
  return UTC_INSTANT.test(iso) && seenFromSomeZone(iso, day);
}

/**
 * A publication key of a script's JSON (`"datePublished": "2021-05-01…"`, `"published_at"`, `"publishDate"`), with its
 * date. Its quotes may be escaped as JSON is inside an attribute (`&quot;`, `&#34;`), a script's string (`\"`) or a
 * server-rendered app's state (`&q;`); one spelling throughout.
 */
const KEYED_DATE =
  /("|&quot;|&#34;|&q;|\\")(?:datePublished|date_published|publishDate|publish_date|published_date|publishedAt|published_at|publicationDate|firstPublishedAt|firstPublishDate|pubDate)\1\s{0,3}:\s{0,3}\1((?:19|20)\d{2})-([01]\d)-([0-3]\d)/;

/** htmldate's JSON search: the first publication key of a script's record, when no JSON-LD or `<meta>` gave a date. */
function keyedSourceDate(input: string): FoundPublished | undefined {
  const m = KEYED_DATE.exec(input);
  if (!m) return undefined;
  const iso = isoDay(Number(m[2]), Number(m[3]), Number(m[4]));
  if (!iso) return undefined;
  const start = m.index + m[0].length - 10;
  return { iso, span: { start, end: start + 10 }, from: 'a publication key in a script' };
}

/** A full date in the lead image's address (`/uploads/2021/05/01/…`): the day the picture was filed, a guess. */
function imageUrlDate(image: string | undefined): FoundPublished | undefined {
  const iso = urlDate(image);
  return iso ? { iso, from: "the lead image's address", guess: true } : undefined;
}

/** A machine-readable publication date; `weak` for the loose `<meta>` keys that come after printed dates. */
type MachineDate = FoundPublished & { weak?: true };

/**
 * The page's machine-readable publication dates, best first: JSON-LD, the
 * first `<meta>` publication key, a JSON-LD creation date (a CMS's record
 * time, often in another time zone), microdata and `<time pubdate>`, then
 * the loose `<meta>` keys.
 */
function machineDates(ctx: DateContext): MachineDate[] {
  const { meta, monthFirst } = ctx;
  const out: MachineDate[] = [];
  const ld = meta.ld?.datePublished ? readDate(meta.ld.datePublished, monthFirst) : undefined;
  if (ld) out.push({ iso: ld, from: 'json-ld' });
  const marked = metaDate(meta, PUBLISHED_KEYS, monthFirst);
  if (marked) out.push(marked);
  const created = meta.ld?.dateCreated ? readDate(meta.ld.dateCreated, monthFirst) : undefined;
  if (created) out.push({ iso: created, from: 'json-ld created' });
  const micro = microdataPublished(ctx);
  if (micro) out.push(micro);
  const weak = metaDate(meta, WEAK_KEYS, monthFirst);
  if (weak) out.push({ ...weak, weak: true });
  return out;
}

function withoutWeak(m: MachineDate): FoundPublished {
  const { weak: _, ...found } = m;
  return found;
}

/** Microdata and `<time pubdate>`, `<abbr class=published>`. Several `pubdate` times on different days date a list (comments, teasers), not the page. */
function microdataPublished(ctx: DateContext): FoundPublished | undefined {
  const { input, records, monthFirst } = ctx;
  const pubdateList = pubdateDays(records) > 1;
  for (const r of records) {
    if ((r.flags & MARKED_FOREIGN) !== 0) continue;
    const itemprop = (attr(r, 'itemprop') ?? attr(r, 'property') ?? '').toLowerCase();
    const pub =
      itemprop.includes('datepublished') ||
      itemprop.endsWith('datecreated') ||
      (r.tag !== 'meta' && PUBLISHED_PROPERTY.test(attr(r, 'property') ?? ''));
    // Hidden spans and an article's own <footer> are where microdata dates live; other dates there are not trusted.
    if (!pub && (r.flags & FOREIGN_DATES) !== 0) continue;
    const pubdate = !pubdateList && r.tag === 'time' && attr(r, 'pubdate') !== undefined;
    const abbr = r.tag === 'abbr' && /published|date/i.test(attr(r, 'class') ?? '');
    if (!pub && !pubdate && !abbr) continue;
    for (const name of ['datetime', 'content', 'title']) {
      const v = attr(r, name);
      const iso = v ? readDate(v, monthFirst) : undefined;
      if (iso) {
        const span = attrSpan(input, r, name);
        return span ? { iso, span, from: 'microdata' } : { iso, from: 'microdata' };
      }
    }
    const iso = readDate(r.text, monthFirst);
    if (iso) return { iso, span: { start: r.textStart, end: r.textEnd }, from: 'microdata text' };
  }
  return undefined;
}

/** Least number of times a day must be written to be the guess. */
const FREQUENT = 2;

/** The day written at the start of the most blocks (outside footers and hidden text), when some day comes back. */
function mostFrequentDay(
  blocks: readonly HtmlBlock[],
  monthFirst: boolean,
): FoundPublished | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const b of blocks) {
    if ((b.flags & (F.FOOTER | F.HIDDEN)) !== 0) continue;
    const head = b.text.length > 300 ? b.text.slice(0, 300) : b.text;
    if (/©|copyright/i.test(head)) continue;
    const found = findTextDates(head, monthFirst)[0];
    if (!found) continue;
    const n = (counts.get(found.iso) ?? 0) + 1;
    counts.set(found.iso, n);
    if (n > bestCount) {
      best = found.iso;
      bestCount = n;
    }
  }
  return best && bestCount >= FREQUENT
    ? { iso: best, from: 'the day the page repeats most', guess: true }
    : undefined;
}

/** The earliest day written at the start of the blocks inside `region`, with its span. */
function earliestIn(
  blocks: readonly HtmlBlock[],
  region: number,
  monthFirst: boolean,
): FoundPublished | undefined {
  let best: FoundPublished | undefined;
  for (const b of blocks) {
    if ((b.flags & region) === 0 || (b.flags & F.HIDDEN) !== 0) continue;
    const head = b.text.length > 300 ? b.text.slice(0, 300) : b.text;
    if (/©|copyright/i.test(head)) continue;
    const found = guessDates(head, monthFirst)[0];
    if (!found || (best && best.iso <= found.iso)) continue;
    best = b.verbatim
      ? {
          iso: found.iso,
          span: { start: b.start + found.index, end: b.start + found.end },
          from: 'the earliest comment',
          guess: true,
        }
      : { iso: found.iso, from: 'the earliest comment', guess: true };
  }
  return best;
}

/** The first date among the `<meta>` `keys`, best key first. */
function metaDate(
  meta: PageMetadata,
  keys: readonly string[],
  monthFirst: boolean,
): FoundPublished | undefined {
  for (const key of keys) {
    const v = firstOf(meta.byKey, key);
    const iso = v ? readDate(v.value, monthFirst) : undefined;
    if (v && iso)
      return v.span ? { iso, span: v.span, from: `meta ${key}` } : { iso, from: `meta ${key}` };
  }
  return undefined;
}

/** Distinct days among the page's `<time pubdate>` elements (the first two are enough to tell a list). */
function pubdateDays(records: readonly MetaRecord[]): number {
  let first: string | undefined;
  for (const r of records) {
    if (r.tag !== 'time' || attr(r, 'pubdate') === undefined) continue;
    const day = (attr(r, 'datetime') ?? r.text).slice(0, 10);
    if (first === undefined) first = day;
    else if (day !== first) return 2;
  }
  return first === undefined ? 0 : 1;
}

/** How far from the title (in blocks) a printed date may stand. */
const BEFORE_TITLE = 8;
const AFTER_TITLE = 25;
/** Blocks right under the title that belong to the article's header whatever their class words say. */
const UNDER_TITLE = 3;

/** Words that announce a publication date on the same line, in the supported languages (folded, lower case). */
const DATE_WORDS =
  /(?:publi|posted|updated|date|datum|veröffentlich|erstellt|erschien|mis en ligne|pubblicat|نشر|بتاريخ|(?:^|\s)(?:on|le|am|vom|du|el|il)\s+$)/i;

/** {@link DATE_WORDS} without the prepositions. */
const STRONG_DATE_WORDS =
  /(?:publi|posted|updated|datum|veröffentlich|erstellt|erschien|mis en ligne|pubblicat|نشر|بتاريخ)/i;

/** Longest body line whose date may date the page (htmldate's free-text segments are as short): in a sentence, a date is an event's. */
const SHORT_SEGMENT = 60;

/** Shortest title whose entry in a list is looked for: a shorter one (`News`) names too many items. */
const ENTRY_TITLE = 20;
/** Most characters an entry may hold beside the title: its date, time and category. */
const ENTRY_EXTRA = 60;

/**
 * The page's own entry in its site's dated list of articles (`Latest news`
 * beside the text, the current article among them): a short block holding
 * the title and a date dates the page. Hidden and footer lists aside.
 */
function ownEntry(ctx: DateContext): FoundPublished | undefined {
  const { blocks, titleBlock, monthFirst } = ctx;
  const title = blocks[titleBlock]?.text.trim();
  if (!title || title.length < ENTRY_TITLE) return undefined;
  let day: string | undefined;
  for (const b of blocks) {
    if (b.index === titleBlock || (b.flags & (F.HIDDEN | F.FOOTER)) !== 0) continue;
    if (b.text.length <= title.length || b.text.length > title.length + ENTRY_EXTRA) continue;
    const at = b.text.indexOf(title);
    if (at < 0) continue;
    // The date beside the title, not inside it.
    const rest = `${b.text.slice(0, at)} ${b.text.slice(at + title.length)}`;
    const found = findTextDates(rest, monthFirst)[0];
    // Entries of one title on different days are a series' (`Weekly roundup`), none of them this page's for sure.
    if (found && day !== undefined && found.iso !== day) return undefined;
    if (found) day = found.iso;
  }
  return day ? { iso: day, from: "the page's own entry in a list" } : undefined;
}

/**
 * A `<time>` anywhere, then a dated line with a date word, then the first date of a short line of the body;
 * never another item's (a teaser's, or above the title a widget's).
 */
function anywhere(ctx: DateContext): FoundPublished | undefined {
  const { records, blocks, monthFirst } = ctx;
  // Another item's date: above the title, a widget's, an ad's or a linked list item's; anywhere, a linked list item's (a teaser).
  const elsewhere = (block: number, flags: number): boolean =>
    (flags & TEASER_ITEM) === TEASER_ITEM || aboveTitleItem(block, flags, ctx.titleBlock);
  for (const r of records) {
    if (r.tag !== 'time' || elsewhere(r.block, r.flags)) continue;
    if ((r.flags & FOREIGN_DATES) !== 0 && !entryFooterTime(r)) continue;
    const found = timeDate(ctx, r, 'time anywhere');
    if (found) return found;
  }
  let firstInBody: FoundPublished | undefined;
  for (const b of blocks) {
    // A footer's line counts only when it says it gives the publication's date (`Erschienen am: 01.11.2023`).
    const footer = (b.flags & FOREIGN_DATES) === F.FOOTER && b.text.length <= FOOTER_LINE;
    if (((b.flags & FOREIGN_DATES) !== 0 && !footer) || elsewhere(b.index, b.flags)) continue;
    // A long paragraph counts only by its start (`27.1.2022 - Bei der Erinnerung…`).
    const head = b.text.length > 300 ? b.text.slice(0, 60) : b.text;
    if (NOT_DATING.test(head)) continue;
    const found = publishedIn(head, monthFirst);
    if (!found || datedListItem(blocks, b, found.iso, monthFirst)) continue;
    const before = head.slice(Math.max(0, found.index - 40), found.index);
    if (footer) {
      if (PUBLISHED_BEFORE.test(before))
        return { iso: found.iso, from: 'a publication line in a footer' };
      continue;
    }
    // In a long paragraph, `am`, `le`, `on` before a date are a sentence's (`nachdem am 2. September…`).
    const words = b.text.length > 300 ? STRONG_DATE_WORDS : DATE_WORDS;
    if (found.index === 0 || words.test(before)) return { iso: found.iso, from: 'text anywhere' };
    if (
      !firstInBody &&
      ctx.bodyStart >= 0 &&
      b.index >= ctx.bodyStart &&
      b.index <= (ctx.bodyEnd ?? blocks.length) &&
      b.text.length <= SHORT_SEGMENT
    )
      firstInBody = { iso: found.iso, from: 'text in body' };
  }
  return firstInBody;
}

/** Whether `r` lies in the article's own `<footer>`, where blog themes print its date after the text; not in a list there (other posts'). */
function inArticleFooter(r: MetaRecord): boolean {
  return (r.flags & FOREIGN_DATES) === F.FOOTER && (r.flags & (F.ARTICLE | F.LIST)) === F.ARTICLE;
}

/** A `<time>` in the article's own footer that says it is the publication's (`entry-date published`, `itemprop="datePublished"`). */
function entryFooterTime(r: MetaRecord): boolean {
  return inArticleFooter(r) && isPublishedTime(r);
}

/** The day a `<time>` gives, machine value first, with the value's span. */
function timeDate(ctx: DateContext, r: MetaRecord, from: string): FoundPublished | undefined {
  const v = attr(r, 'datetime');
  const iso = v ? readDate(v, ctx.monthFirst) : timeText(r.text, ctx.monthFirst);
  if (!iso) return undefined;
  const span = v ? attrSpan(ctx.input, r, 'datetime') : undefined;
  return span ? { iso, span, from } : { iso, from };
}

/**
 * The first `<time>` of the article's own footer marked as the update's (`class="updated"`): the article's
 * last printed date, as good as a modification key and better than any guess.
 */
function footerUpdateTime(ctx: DateContext): FoundPublished | undefined {
  for (const r of ctx.records)
    if (r.tag === 'time' && inArticleFooter(r) && isUpdateTime(r))
      return timeDate(ctx, r, "the article footer's update time");
  return undefined;
}

/** Longest footer line read for a publication date: a line, not a paragraph. */
const FOOTER_LINE = 120;
/** A publication word right before a date (`Published:`, `Veröffentlicht am`, `Erschienen am:`, `Publié le`), as written. */
const PUBLISHED_BEFORE =
  /(?:publi[a-zé]{0,10}|posted|veröffentlicht|erschienen|mis en ligne|pubblicat[oa])(?: (?:on|am|le|il|el))?[\s:]{0,3}$/i;

/** Words right before an update's date (`Updated:`, `Aktualisiert am`, `mis à jour le`), folded or as written. */
const UPDATE_WORDS =
  /(?:updated?|last edited|modified|aktualisiert|geändert|mis à jour|modifié|actualizad[oa]|atualizad[oa]|aggiornat[oa]|bijgewerkt|обновлено|güncellendi|güncelleme)\D{0,12}$/i;

/** Class or `itemprop` words of a `<time>` that holds the publication's time (`entry-date published`, `itemprop="datePublished"`). */
function isPublishedTime(r: MetaRecord): boolean {
  const words = `${attr(r, 'class') ?? ''} ${attr(r, 'itemprop') ?? ''}`.toLowerCase();
  return /publish|pubdate|entry-date/.test(words) && !/updated|modified/.test(words);
}

/** Class or `itemprop` words of a `<time>` that holds the update's time, not the publication's. */
function isUpdateTime(r: MetaRecord): boolean {
  const words = `${attr(r, 'class') ?? ''} ${attr(r, 'itemprop') ?? ''}`.toLowerCase();
  return /updated|modified/.test(words) && !/publish|pubdate|entry-date/.test(words);
}

/**
 * The publication's date in a printed line: the first date, unless the line
 * also holds another and the first is announced as the update's
 * (`Updated 3 May 2021 · Published 1 May 2021`).
 */
function publishedIn(text: string, monthFirst: boolean): TextDate | undefined {
  const dates = findTextDates(text, monthFirst);
  const first = dates[0];
  if (!first || dates.length < 2) return first;
  const isUpdate = (d: TextDate): boolean =>
    UPDATE_WORDS.test(text.slice(Math.max(0, d.index - 30), d.index));
  if (!isUpdate(first)) return first;
  return dates.find((d) => d.iso !== first.iso && !isUpdate(d)) ?? first;
}

/** The span of a date read in an element's text: the date itself when the text is the source verbatim, else the element's text. */
function elementSpan(input: string, r: MetaRecord, found: TextDate): Span {
  if (input.slice(r.textStart, r.textEnd) === r.text)
    return { start: r.textStart + found.index, end: r.textStart + found.end };
  return { start: r.textStart, end: r.textEnd };
}

/** Whether block `block` lies in the article's header, the few blocks right under the title. */
function underTitle(block: number, titleBlock: number): boolean {
  return titleBlock >= 0 && block > titleBlock && block <= titleBlock + UNDER_TITLE;
}

/**
 * The regions whose dates are not the page's, for an element with `flags`. In the article's header, a date or
 * byline element inside `related` or `aside` class words (a CMS's `teaser` box, a post-meta `<aside>`) or inside
 * the article's `<footer>` (where HTML5 puts its author and date; not a list there) is the article's own; not in a widget or
 * sidebar (`widget_recent_entries`), whose items are other posts.
 */
function foreignFor(flags: number, inHeader: boolean): number {
  const postMeta = inHeader && (flags & (F.DATE | F.BYLINE)) !== 0 && (flags & F.FURNITURE) === 0;
  if (!postMeta) return FOREIGN_DATES;
  // A list in that footer may be other posts' (`More from this author`): only its plain lines.
  const articleFooter = (flags & F.ARTICLE) !== 0 && (flags & F.LIST) === 0 ? F.FOOTER : 0;
  return FOREIGN_DATES & ~(F.RELATED | F.ASIDE | articleFooter);
}

/** A linked list item: a teaser for the post it links to. */
const TEASER_ITEM = F.LIST | F.LINK;

/** Whether an element above the title dates another item: a widget's, an ad's, a linked list item's (a news ticker). */
function aboveTitleItem(block: number, flags: number, titleBlock: number): boolean {
  return (
    titleBlock >= 0 &&
    block < titleBlock &&
    ((flags & F.FURNITURE) !== 0 || (flags & TEASER_ITEM) === TEASER_ITEM)
  );
}

function nearTitle(ctx: DateContext): FoundPublished | undefined {
  const { input, records, blocks, monthFirst } = ctx;
  const anchor = ctx.titleBlock >= 0 ? ctx.titleBlock : ctx.bodyStart;
  const lo = anchor >= 0 ? anchor - BEFORE_TITLE : 0;
  const hi = anchor >= 0 ? anchor + AFTER_TITLE : 40;
  // <time datetime> and date/byline elements near the title; `pubdate` times of a list are its items'.
  const pubdateList = pubdateDays(records) > 1;
  // A <time> marked as the update's (`class="updated"`, `itemprop="dateModified"`) stands aside while another may follow.
  let updated: FoundPublished | undefined;
  // A date element (`<div class="entry-meta">`) waits for the <time> elements it holds: one marked as the publication's beats its text.
  let element: FoundPublished | undefined;
  let elementBlock = -1;
  for (const r of records) {
    if (r.block < lo) continue;
    if (r.block > hi || (element && r.block > elementBlock)) break;
    if ((r.flags & foreignFor(r.flags, underTitle(r.block, ctx.titleBlock))) !== 0) continue;
    if (r.tag === 'time') {
      if (pubdateList && attr(r, 'pubdate') !== undefined) continue;
      const v = attr(r, 'datetime');
      const machineIso = v ? readDate(v, monthFirst) : undefined;
      const iso = machineIso
        ? (localDayPrinted(machineIso, r.text, monthFirst) ?? machineIso)
        : timeText(r.text, monthFirst);
      if (iso) {
        const span = v ? attrSpan(input, r, 'datetime') : undefined;
        const found: FoundPublished = span
          ? { iso, span, from: 'time', block: r.block }
          : { iso, from: 'time', block: r.block };
        // Inside a date element already read, only a <time> that says it is the publication's overrides its text.
        if (element ? isPublishedTime(r) : !isUpdateTime(r)) return found;
        if (!element) updated ??= found;
      }
    } else if (
      !element &&
      (r.flags & F.DATE) !== 0 &&
      // Above the title, a date box in a widget, an ad or a promotion dates that item (a seminar, an offer),
      // and one in a linked list item dates the post it links to (a news ticker).
      !aboveTitleItem(r.block, r.flags, ctx.titleBlock) &&
      r.text.length > 0 &&
      r.text.length < 120 &&
      !/©|copyright/i.test(r.text)
    ) {
      const found = publishedIn(r.text, monthFirst) ?? findShortYearDate(r.text, monthFirst);
      if (found) {
        element = {
          iso: found.iso,
          from: 'date element',
          span: elementSpan(input, r, found),
          block: r.block,
        };
        elementBlock = r.block;
      }
    }
  }
  const first = element ?? updated;
  if (first) return first;
  // Text lines near the title. Right under the title, a date or byline element inside `related` or `aside` class words (a CMS's `teaser` box, a post-meta column) is the article's own header.
  // Under the title first (with the kicker right above it), then above it: a date atop the page (`Thursday, July 17, 2025`
  // in a top bar) is the day the page was served, the one in the article's header below the title is its own.
  const top = Math.max(0, lo);
  const end = Math.min(blocks.length, hi);
  const from = ctx.titleBlock > top ? ctx.titleBlock - 1 : top;
  for (let i = from; i < end; i++) {
    const found = printedDateAt(ctx, i);
    if (found) return found;
  }
  for (let i = from - 1; i >= top; i--) {
    const found = printedDateAt(ctx, i);
    if (found) return found;
  }
  return undefined;
}

/** Blocks under the title searched for a relative date (the header's date line, below a deck or a byline). */
const RELATIVE_BELOW = 5;

/**
 * A relative date (`il y a 3 heures`, `2 days ago`, `منذ يومين`, `hier`) on a short line of the article's header,
 * right above the title or a few blocks under it, resolved against the caller's reference day: the day the reader
 * was told. Only with no printed or machine date: it is approximate (a day's precision at best).
 */
function relativeUnderTitle(ctx: DateContext, reference: ReferenceDay): FoundPublished | undefined {
  const near = relativeNearTitle(ctx, reference);
  if (!near) return undefined;
  const { b, i, d } = near;
  const found: FoundPublished = { iso: d.iso, from: 'a relative date under the title', block: i };
  // The expression's own span: where it is written, as read, within the block's source.
  const at = ctx.input.indexOf(b.text.slice(d.start, d.end), b.start);
  if (at >= 0 && at + d.end - d.start <= b.end)
    found.span = { start: at, end: at + d.end - d.start };
  return found;
}

/**
 * The first relative date on a short line of the header ({@link relativeUnderTitle}'s search):
 * resolved against `reference`, or, with none, as written (unresolved).
 */
function relativeNearTitle(
  ctx: DateContext,
  reference: ReferenceDay | undefined,
): { b: HtmlBlock; i: number; d: LineDate } | undefined {
  const { blocks, titleBlock } = ctx;
  if (titleBlock < 0) return undefined;
  const end = Math.min(blocks.length, titleBlock + RELATIVE_BELOW + 1);
  for (let i = Math.max(0, titleBlock - 1); i < end; i++) {
    const b = blocks[i];
    if (!b || i === titleBlock || b.text.length > SHORT_SEGMENT) continue;
    if ((b.flags & foreignFor(b.flags, true)) !== 0 || (b.flags & F.LINK) !== 0) continue;
    const d = findDates(b.text, reference).find(
      (x) => x.relative && (reference === undefined || !x.unresolved),
    );
    if (d) return { b, i, d };
  }
  return undefined;
}

/**
 * The words of a relative date in the header (`3 hours ago`) that dates nothing without a
 * reference day: the caller is told in a warning, as the text path tells it.
 */
export function relativeLeftOut(ctx: DateContext): string | undefined {
  const near = relativeNearTitle(ctx, undefined);
  return near?.b.text.slice(near.d.start, near.d.end);
}

/**
 * A `<time>` (with no machine value) or a date element near the title whose whole text is a day without its
 * year (`Feb 24`, `24 févr.`), resolved against the caller's reference day (see `yearless-date.ts`).
 */
function yearlessUnderTitle(ctx: DateContext, reference: ReferenceDay): FoundPublished | undefined {
  const { records, titleBlock } = ctx;
  if (titleBlock < 0) return undefined;
  for (const r of records) {
    if (r.block < titleBlock - 1) continue;
    if (r.block > titleBlock + RELATIVE_BELOW) break;
    if (r.tag !== 'time' && (r.flags & F.DATE) === 0) continue;
    if (r.tag === 'time' && attr(r, 'datetime') !== undefined) continue;
    if ((r.flags & foreignFor(r.flags, true)) !== 0) continue;
    const iso = yearlessDay(r.text, reference);
    if (iso)
      return r.textStart >= 0
        ? {
            iso,
            span: { start: r.textStart, end: r.textEnd },
            from: 'a day without its year',
            block: r.block,
          }
        : { iso, from: 'a day without its year', block: r.block };
  }
  return undefined;
}

/** Whether the date at `index` opens its line: only bullets, separators or marks before it (`⋅ 22 November 2011 ⋅ Email this post`). */
function opensLine(text: string, index: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text.slice(0, index));
}

/** The publication date printed in block `i` near the title, if the block is the article's own and its date no event's. */
function printedDateAt(ctx: DateContext, i: number): FoundPublished | undefined {
  const { input, blocks, monthFirst } = ctx;
  const b = blocks[i];
  if (!b) return undefined;
  // A short line that is a whole link to the page itself is its permalinked date (a blog theme's `entry-date`),
  // wherever the theme puts it: above the title, in a post-meta list or `<aside>`.
  const permalink =
    b.href !== undefined && b.text.length <= SHORT_SEGMENT && isOwnAddress(b.href, ctx.urls);
  // Right above it, a short date line is the article's kicker (`<h3 class="teaser-meta">02.01.2022</h3><h1>`);
  // with no title found, right above the body's first block.
  const anchor = ctx.titleBlock >= 0 ? ctx.titleBlock : ctx.bodyStart;
  const kicker = anchor > 0 && i === anchor - 1 && b.text.length <= SHORT_SEGMENT;
  const foreign = permalink
    ? F.COMMENTS | F.HIDDEN
    : foreignFor(b.flags, kicker || underTitle(i, ctx.titleBlock));
  if ((b.flags & foreign) !== 0 || b.text.length > 250) return undefined;
  if (!permalink && aboveTitleItem(i, b.flags, ctx.titleBlock)) return undefined;
  if (NOT_DATING.test(b.text)) return undefined;
  // A date that is a whole link dates the item it links to (an archive, a teaser), unless that item is this page.
  if ((b.flags & F.LINK) !== 0 && !permalink) return undefined;
  const found = publishedIn(b.text, monthFirst);
  if (found && notPublishedAt(b.text, found.index)) return undefined;
  // In a sentence (a longer line, the date inside it, no publication word before it, not a date or byline element), the date is an event's.
  if (
    found &&
    (b.flags & (F.DATE | F.BYLINE)) === 0 &&
    b.text.length > SHORT_SEGMENT &&
    !opensLine(b.text, found.index) &&
    !DATE_WORDS.test(b.text.slice(Math.max(0, found.index - 40), found.index))
  )
    return undefined;
  if (found) {
    // The date's own span when the line is the source as written.
    const span =
      b.verbatim || input.slice(b.start, b.end) === b.text
        ? { start: b.start + found.index, end: b.start + found.end }
        : undefined;
    return span
      ? { iso: found.iso, span, from: 'text', block: i }
      : { iso: found.iso, from: 'text', block: i };
  }
  return undefined;
}
