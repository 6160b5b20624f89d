/**
 * The date cascade's last guesses, for a page whose header, metadata and
 * body date nothing (htmldate's extensive search): the first day written in
 * a line of the page's own (teasers, sidebars, menus and footers aside: their
 * dates are other items' or the site's), then the first full numeric date
 * in the page's markup (an attribute's value, a script's record), never in
 * text a reader sees there. A guess beats no answer: when nothing else is
 * known, the day a page mentions is more often its own than not.
 */

import { isoDay } from '../dates/iso.js';
import type { Span } from '../types.js';
import * as F from './flags.js';
import { findClockedShortYearDates, findTextDates, type TextDate } from './text-dates.js';
import type { HtmlBlock } from './walk.js';

/** A guessed day, where it was read and from what. */
export interface GuessedDate {
  iso: string;
  span?: Span;
  from: string;
}

/**
 * The days a last guess reads in `text`, in order of position: every date
 * {@link findTextDates} finds, and a two-digit year before a clock time
 * (a post's `28.09.19 12:44`) where no such date stands.
 */
export function guessDates(text: string, monthFirst: boolean): TextDate[] {
  const full = findTextDates(text, monthFirst);
  const clocked = findClockedShortYearDates(text, monthFirst);
  if (clocked.length === 0) return full;
  const out = [...full];
  for (const c of clocked) if (!full.some((d) => d.index < c.end && c.index < d.end)) out.push(c);
  return out.sort((x, y) => x.index - y.index);
}

/** Longest block read whole by {@link firstSegmentDate}: a line (a date line, a list item), not a paragraph. */
const SEGMENT = 100;
/** Characters read at the start of a longer block (`27.1.2022 - Bei der Erinnerung…`). */
const SEGMENT_HEAD = 60;

/** Regions whose dates are other items' (teasers, sidebars, menus, embedded posts) or a site's (its footer). */
const OTHER_ITEMS = F.RELATED | F.NAV | F.ASIDE | F.DIALOG | F.EMBED | F.FOOTER | F.FURNITURE;
/** A linked list item: a teaser. */
const TEASER = F.LIST | F.LINK;

/** A copyright notice or a photo caption's lead (`FILE PHOTO:`, `Foto:`): its year or day is not the page's. */
export const NOT_DATING = /©|copyright|\(c\)|^(?:file )?(?:photos?|fotos?|bild|image)\s?:/i;

/**
 * The first day written in a visible segment of the page: a short block, or
 * the start of a longer one, copyright notices and captions aside.
 */
export function firstSegmentDate(
  blocks: readonly HtmlBlock[],
  monthFirst: boolean,
): GuessedDate | undefined {
  for (const b of blocks) {
    if ((b.flags & (F.HIDDEN | OTHER_ITEMS)) !== 0 || (b.flags & TEASER) === TEASER) continue;
    const head = b.text.length > SEGMENT ? b.text.slice(0, SEGMENT_HEAD) : b.text;
    if (NOT_DATING.test(head)) continue;
    const found = guessDates(head, monthFirst)[0];
    if (!found || datedListItem(blocks, b, found.iso, monthFirst)) continue;
    return b.verbatim
      ? {
          iso: found.iso,
          span: { start: b.start + found.index, end: b.start + found.end },
          from: 'the first date a line of the page prints',
        }
      : { iso: found.iso, from: 'the first date a line of the page prints' };
  }
  return undefined;
}

/**
 * Whether list item `b`, whose date is `day`, is one of a list of dated items (events, news): the item
 * before or after it in the list also opens with a date, on another day. None of them is the page's.
 */
export function datedListItem(
  blocks: readonly HtmlBlock[],
  b: HtmlBlock,
  day: string,
  monthFirst: boolean,
): boolean {
  if ((b.flags & F.LIST) === 0) return false;
  for (const n of [blocks[b.index - 1], blocks[b.index + 1]]) {
    if (!n || (n.flags & F.LIST) === 0) continue;
    const d = findTextDates(n.text.slice(0, 40), monthFirst)[0];
    if (d && d.index === 0 && d.iso !== day) return true;
  }
  return false;
}

/** How far before a date in the source {@link namesOtherDate} looks. */
const LABEL_REACH = 40;
/**
 * A label that makes a source date something other than the page's: a version (`style.css?ver=2013-07-18`,
 * `version="1.4.3 2018-09-08"`, `?v=BI-DE-2017-08-10`), or a key of another kind of date (an offer's
 * `startDate`/`endDate`, an `expirationDate`, a consent's cut-off, a translation's revision, a build's commit).
 */
const OTHER_DATE_LABEL = [
  // Two patterns, not one alternation: joined, they let recheck's search find a polynomial backtrack.
  /(?:\bver(?:sion)?|[?&]v)[\s=:"']{1,5}[\w.%( -]{0,12}$/i,
  /(?:expir|cut_?off|consent|revision|commit|(?:start|end)_?(?:date|time))[\w-]{0,12}["']?\s{0,2}[:=]\s{0,2}["']?$/i,
];

/** Whether the source date at offset `at` is labelled as a version's or another kind of date's (see {@link OTHER_DATE_LABEL}). */
export function namesOtherDate(input: string, at: number): boolean {
  const before = input.slice(Math.max(0, at - LABEL_REACH), at);
  return OTHER_DATE_LABEL.some((label) => label.test(before));
}

/** A full numeric date in markup: `2021-05-01`, `2021/05/01`, `2021.05.01`, or `01.05.2021` (never inside a longer number). */
const SOURCE_YMD = /(?<![\d.])((?:19|20)\d{2})([-/.])([01]\d)\2([0-3]\d)(?!\d|[.-]\d)/g;
const SOURCE_DMY = /(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d{2})(?!\d|\.\d)/g;
/** Earliest year read in the source (the web's). */
const FIRST_YEAR = 1990;

/**
 * Tells, for offsets asked in increasing order, whether each lies in markup
 * (inside a tag, a script or a style) rather than in text a reader sees: one
 * pass over the source, however many offsets are asked.
 */
class MarkupCursor {
  private pos = 0;
  private state: 'text' | 'tag' | 'raw' = 'text';
  /** The raw-text element a tag being read opens (`script`, `style`), then the one whose content is being read. */
  private raw = '';
  /** The name of the tag being read (lower case). */
  private tag = '';

  constructor(private readonly input: string) {}

  /** Whether offset `to` (not before the last one asked) lies in markup, a `<time>` tag aside. */
  at(to: number): boolean {
    const s = this.input;
    while (this.pos < to) {
      if (this.state === 'text') {
        const k = s.indexOf('<', this.pos);
        if (k < 0 || k >= to) break;
        this.tag = /^<([a-z][a-z0-9-]{0,15})/i.exec(s.slice(k, k + 17))?.[1]?.toLowerCase() ?? '';
        this.raw = this.tag === 'script' || this.tag === 'style' ? this.tag : '';
        this.state = 'tag';
        this.pos = k + 1;
      } else if (this.state === 'tag') {
        const k = s.indexOf('>', this.pos);
        if (k < 0 || k >= to) break;
        this.state = this.raw ? 'raw' : 'text';
        this.pos = k + 1;
      } else {
        const k = s.indexOf('</', this.pos);
        if (k < 0 || k >= to) break;
        this.pos = k + 2;
        if (s.slice(k + 2, k + 2 + this.raw.length).toLowerCase() === this.raw) {
          this.state = 'tag';
          this.raw = '';
        }
      }
    }
    this.pos = Math.max(this.pos, to);
    // A `<time>` tag's date was weighed before the guesses (it is another item's, or hidden).
    return this.state === 'raw' || (this.state === 'tag' && this.tag !== 'time');
  }
}

/** The first valid day `pattern` finds in the source's markup before offset `limit`; `parts` orders its groups as year, month, day. */
function firstDay(
  pattern: RegExp,
  input: string,
  limit: number,
  parts: readonly [number, number, number],
): { iso: string; index: number; end: number } | undefined {
  const markup = new MarkupCursor(input);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input); m && m.index < limit; m = pattern.exec(input)) {
    const y = Number(m[parts[0]]);
    const iso = y >= FIRST_YEAR ? isoDay(y, Number(m[parts[1]]), Number(m[parts[2]])) : undefined;
    if (markup.at(m.index) && iso && !namesOtherDate(input, m.index))
      return { iso, index: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** The first full numeric date written in the page's markup (an attribute's value, a script's record): the page's machine data, not a date printed for a reader. */
export function firstSourceDate(input: string): GuessedDate | undefined {
  const ymd = firstDay(SOURCE_YMD, input, input.length, [1, 3, 4]);
  const dmy = firstDay(SOURCE_DMY, input, ymd ? ymd.index : input.length, [3, 2, 1]);
  const first = dmy ?? ymd;
  return first
    ? {
        iso: first.iso,
        span: { start: first.index, end: first.end },
        from: "a date in the page's markup",
      }
    : undefined;
}
