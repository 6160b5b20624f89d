/**
 * Removes a page's machine-readable dates, or the date in its address, so the
 * lower steps of the publication-date cascade (dates printed near the title,
 * script keys, the last guesses) can be scored on pages that would otherwise
 * never reach them. Used by `bench/eval-dates-stripped.ts`.
 *
 * Every strip works on the HTML string, tag by tag, with bounded patterns: the
 * same page and kinds always give the same string, and printed text is never
 * touched (only tags' attributes and JSON-LD values).
 *
 * - `meta`: every `<meta>` whose key (`name`, `property`, `itemprop`,
 *   `http-equiv`) names a date (`article:published_time`, `date`,
 *   `og:updated_time`, `dc.date.issued`, `sailthru.date`…) or whose value is
 *   an ISO date (`2021-05-01…`) is removed.
 * - `jsonld`: in `<script type="application/ld+json">`, every string value of
 *   a key that names a date (`datePublished`, `dateCreated`, `dateModified`,
 *   `uploadDate`…) is emptied (`"datePublished":""`); the JSON stays valid.
 * - `micro`: outside `<meta>`, an `itemprop`/`property` attribute that names a
 *   date (`itemprop="datePublished"`, `property="dc:date"`) is renamed
 *   `data-stripped`, and a `pubdate` attribute is removed: the element's
 *   printed text stays, as a reader sees it.
 * - `time`: `<time>` elements lose their `datetime` (and `pubdate`)
 *   attributes; their printed text stays.
 * - `url`: the date is cut from the page's address (`/2021/05/01/`,
 *   `-20210501-`, `01-05-2021`) and from the page's own addresses in the
 *   markup: `<link rel=canonical>`, `og:url`/`twitter:url`, JSON-LD `url` and
 *   `@id` values.
 *
 * `machine` is shorthand for `meta,jsonld,micro`.
 */
import { normaliseIsoString } from '../src/dates/iso-string.js';
import { urlDate } from '../src/html/html-dates.js';

/** What can be stripped. */
export type StripKind = 'meta' | 'jsonld' | 'micro' | 'time' | 'url';
export const STRIP_KINDS: readonly StripKind[] = ['meta', 'jsonld', 'micro', 'time', 'url'];

/** Parses `meta,url` (and `machine`) into kinds; throws on an unknown word (bench use only). */
export function parseStripKinds(spec: string): StripKind[] {
  const out = new Set<StripKind>();
  for (const w of spec.split(',').map((s) => s.trim())) {
    if (w === '') continue;
    if (w === 'machine') for (const k of ['meta', 'jsonld', 'micro'] as const) out.add(k);
    else if ((STRIP_KINDS as readonly string[]).includes(w)) out.add(w as StripKind);
    else throw new Error(`unknown strip kind ${w}: use ${STRIP_KINDS.join(', ')} or machine`);
  }
  return STRIP_KINDS.filter((k) => out.has(k));
}

/** A page with its dates stripped: the HTML, the address to pass, and the days of the machine dates removed. */
export interface Stripped {
  html: string;
  url: string | undefined;
  /** Days (`YYYY-MM-DD`) named by the `<meta>`, JSON-LD and microdata dates that `meta`/`jsonld`/`micro` remove. */
  removedDays: Set<string>;
}

const META_TAG = /<meta\b[^>]*>/gi;
const LINK_TAG = /<link\b[^>]*>/gi;
const ANY_TAG = /<[a-z][a-z0-9-]{0,20}\b[^>]*>/gi;
const TIME_TAG = /<time\b[^>]*>/gi;
const LD_SCRIPT = /(<script\b[^>]*application\/ld\+json[^>]*>)([^<]*)/gi;
const ATTR = /\s([a-z:_-]{1,30})\s{0,3}=\s{0,3}(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const JSON_PAIR = /"([@A-Za-z_:]{1,40})"\s{0,9}:\s{0,9}"([^"\\]{0,300})"/g;

/** A key that names a date: `article:published_time`, `datePublished`, `dc.date`, `pubdate`, `og:updated_time`… */
const DATE_KEY =
  /date|time|published|publish_|modified|created|issued|updated|lastmod|revised|pdate|ptime/i;
/** An ISO date at the start of a value. */
const ISO_VALUE = /^\s*(?:19|20)\d{2}-[01]\d-[0-3]\d/;

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag))
    if (m[1]) out.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** The day a machine value names, if any. */
function dayOfValue(v: string): string | undefined {
  const iso = normaliseIsoString(v.trim());
  if (iso) return iso.slice(0, 10);
  return /^\s*((?:19|20)\d{2})-([01]\d)-([0-3]\d)/.exec(v)?.slice(1, 4).join('-');
}

/** The date-free form of an address: `/2021/05/01/`, `-20210501`, `01-05-2021` cut out. */
export function stripUrlDate(url: string): string {
  const q = url.search(/[?#]/);
  const path = q >= 0 ? url.slice(0, q) : url;
  const rest = q >= 0 ? url.slice(q) : '';
  const cut = path
    .replace(/\/(?:19|20)\d{2}\/[01]?\d\/[0-3]?\d\//g, '/')
    .replace(/(?:19|20)\d{2}[/_-]?[01]\d[/_-]?[0-3]\d/g, 'x')
    .replace(/[0-3]\d-[01]\d-(?:19|20)\d{2}/g, 'x');
  return cut + rest;
}

/** Strips the `kinds` of dates from `html` (and `url`). */
export function stripDates(
  html: string,
  url: string | undefined,
  kinds: readonly StripKind[],
): Stripped {
  const removedDays = new Set<string>();
  const has = (k: StripKind): boolean => kinds.includes(k);
  let out = html;
  if (has('meta'))
    out = out.replace(META_TAG, (tag) => {
      const a = attrs(tag);
      const key = a.get('name') ?? a.get('property') ?? a.get('itemprop') ?? a.get('http-equiv');
      const value = a.get('content') ?? '';
      if (!((key && DATE_KEY.test(key)) || ISO_VALUE.test(value))) return tag;
      const day = dayOfValue(value);
      if (day) removedDays.add(day);
      return '';
    });
  if (has('jsonld') || has('url'))
    out = out.replace(LD_SCRIPT, (_all, open: string, body: string) => {
      const next = body.replace(JSON_PAIR, (pair, key: string, value: string) => {
        if (has('jsonld') && DATE_KEY.test(key) && !/^@/.test(key)) {
          const day = dayOfValue(value);
          if (day) removedDays.add(day);
          return `"${key}":""`;
        }
        if (has('url') && (key === 'url' || key === '@id'))
          return `"${key}":"${stripUrlDate(value)}"`;
        return pair;
      });
      return open + next;
    });
  if (has('micro'))
    out = out.replace(ANY_TAG, (tag) => {
      if (/^<meta\b/i.test(tag) || !/itemprop|property|pubdate/i.test(tag)) return tag;
      const a = attrs(tag);
      let next = tag;
      for (const name of ['itemprop', 'property']) {
        const v = a.get(name);
        if (!v || !DATE_KEY.test(v)) continue;
        for (const value of [a.get('datetime'), a.get('content'), a.get('title')])
          if (value) {
            const day = dayOfValue(value);
            if (day) removedDays.add(day);
          }
        next = next.replace(new RegExp(`\\s${name}\\s{0,3}=`, 'i'), ' data-stripped=');
      }
      return next.replace(/\spubdate(?:\s{0,3}=\s{0,3}(?:"[^"]*"|'[^']*'|[^\s>]+))?/i, '');
    });
  if (has('time'))
    out = out.replace(TIME_TAG, (tag) =>
      tag
        .replace(/\sdatetime\s{0,3}=\s{0,3}(?:"[^"]*"|'[^']*'|[^\s>]+)/i, '')
        .replace(/\spubdate(?:\s{0,3}=\s{0,3}(?:"[^"]*"|'[^']*'|[^\s>]+))?/i, ''),
    );
  let pageUrl = url;
  if (has('url')) {
    pageUrl = url === undefined ? undefined : stripUrlDate(url);
    const ownAddress = (tag: string): string =>
      tag.replace(
        /(\s(?:href|content)\s{0,3}=\s{0,3}["']?)([^"'\s>]+)/gi,
        (_m, lead: string, v: string) => (urlDate(v) ? lead + stripUrlDate(v) : lead + v),
      );
    out = out
      .replace(LINK_TAG, (tag) => (/canonical/i.test(tag) ? ownAddress(tag) : tag))
      .replace(META_TAG, (tag) => (/og:url|twitter:url/i.test(tag) ? ownAddress(tag) : tag));
  }
  return { html: out, url: pageUrl, removedDays };
}

/** The days the page's machine dates name (what `machine` would remove), without stripping anything else. */
export function machineDays(html: string): Set<string> {
  return stripDates(html, undefined, ['meta', 'jsonld', 'micro']).removedDays;
}
