/**
 * Metadata recognisers for HTML: JSON-LD, OpenGraph and Twitter cards,
 * `<meta>` conventions (Dublin Core, Parse.ly, Sailthru…), microdata
 * `itemprop`, `<link rel=canonical>`, `<title>` and `<html lang>`. Each field
 * keeps the first value of its best source and, when it has one, its span.
 */
import { fold } from '../text/fold.js';
import type { Span } from '../types.js';
import { type LdArticle, readJsonLd } from './jsonld.js';
import { stripSiteName } from './title.js';
import type { MetaRecord } from './walk.js';

/** A metadata value and, when known, where it stands in the input. */
export interface MetaValue {
  value: string;
  span?: Span;
}

/** Metadata read from the page, each field from the best source that had it. */
export interface PageMetadata {
  /** Headline from JSON-LD, OpenGraph, Twitter or Dublin Core. */
  title?: MetaValue;
  /** The `<title>` element's text. */
  documentTitle?: MetaValue;
  /** Every value of `<meta>` author keys, by key, in page order (`DC.Creator` is repeated once per author). */
  authors: ReadonlyMap<string, MetaValue[]>;
  /** Site name from OpenGraph, JSON-LD publisher or `application-name`. */
  siteName?: MetaValue;
  /** Primary language subtag. */
  lang?: string;
  /** Region subtag of the language tag, lower case (`gb` of `en-GB`), when it has one. */
  region?: string;
  /** Canonical address of the page. */
  canonical?: string;
  /** Summary. */
  description?: string;
  /** Lead image address. */
  image?: string;
  /** Section or category. */
  section?: string;
  /** Tags and keywords. */
  tags: string[];
  /** The JSON-LD article, when the page has one. */
  ld?: LdArticle;
  /** `<meta>` values by lower-cased `property`, `name`, `itemprop` or `http-equiv`: first value of each. */
  byKey: ReadonlyMap<string, MetaValue>;
  /** Every `article:tag` value. */
  articleTags: string[];
}

/** The value of a record's attribute `name`, undefined when it has none. */
export function attr(r: MetaRecord, name: string): string | undefined {
  for (const a of r.attrs) if (a.name === name) return a.value;
  return undefined;
}

/** The span of attribute `name`'s value in the source, without its quotes. */
export function attrSpan(input: string, r: MetaRecord, name: string): Span | undefined {
  const loc = r.attrLocs?.get(name);
  if (!loc) return undefined;
  const eq = input.indexOf('=', loc.startOffset);
  if (eq < 0 || eq >= loc.endOffset) return undefined;
  let start = eq + 1;
  let end = loc.endOffset;
  while (start < end && (input[start] === ' ' || input[start] === '\t' || input[start] === '\n'))
    start++;
  const q = input[start];
  if ((q === '"' || q === "'") && input[end - 1] === q) {
    start++;
    end--;
  }
  return { start, end };
}

/** Whitespace collapsed, trimmed. */
export function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A `<meta>` name as looked up: lower case, `.` and `-` after a known prefix read as `:` (`DC.date` → `dc:date`). */
export function metaKey(name: string): string {
  const k = name.trim().toLowerCase();
  const m =
    /^(dc|dcterms?|og|twitter|article|parsely|sailthru|weibo|prism|citation|rnews|bt|cxenseparse)[.:-](.{1,60})$/.exec(
      k,
    );
  return m ? `${m[1] === 'dcterms' ? 'dcterm' : m[1]}:${m[2]?.replace(/\./g, ':')}` : k;
}

/** The first non-empty value among `keys` (written in any form {@link metaKey} reads). */
export function firstOf(
  byKey: ReadonlyMap<string, MetaValue>,
  keys: string,
): MetaValue | undefined {
  for (const k of keys.split(' ')) {
    const v = byKey.get(metaKey(k));
    if (v && v.value.length > 0) return v;
  }
  return undefined;
}

function splitKeywords(s: string): string[] {
  return s
    .split(/[,;]/)
    .map((k) => k.trim())
    .filter((k) => k.length > 0 && k.length < 80);
}

/** Share of `b`'s words (by length) that `a` also has: 1 when `a` covers `b`. */
function similarity(a: string, b: string): number {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0);
  const have = new Set(words(a));
  const theirs = words(b);
  const total = theirs.join(' ').length;
  if (total === 0) return 0;
  const missing = theirs.filter((w) => !have.has(w)).join(' ').length;
  return 1 - missing / total;
}

/**
 * The JSON-LD title: `name` and `headline` usually agree; when they differ,
 * the one that matches the document title (some sites put their own name in
 * `name`), else `name`.
 */
function ldHeadline(ld: LdArticle, documentTitle: string | undefined): string | undefined {
  const { name, headline } = ld;
  // A `name` that is the publisher's names the site, not the article.
  if (name && headline && ld.publisher && fold(name) === fold(ld.publisher)) return headline;
  if (name && headline && name !== headline && documentTitle) {
    const doc = stripSiteName(documentTitle);
    const nameMatches = similarity(name, doc) > 0.75;
    const headlineMatches = similarity(headline, doc) > 0.75;
    return headlineMatches && !nameMatches ? headline : name;
  }
  return name ?? headline;
}

/** Reads the metadata records the walk collected. */
export function readMetadata(input: string, records: readonly MetaRecord[]): PageMetadata {
  const byKey = new Map<string, MetaValue>();
  const scripts: string[] = [];
  const articleTags: string[] = [];
  const authors = new Map<string, MetaValue[]>();
  const byProperty = new Set<string>();
  let documentTitle: MetaValue | undefined;
  let lang: string | undefined;
  let canonical: string | undefined;
  for (const r of records) {
    switch (r.tag) {
      case 'html': {
        const l = attr(r, 'lang') ?? attr(r, 'xml:lang');
        if (l && !lang) lang = l;
        break;
      }
      case 'title':
        if (!documentTitle && (r.flags & 1) === 0) {
          const value = clean(r.text);
          documentTitle =
            r.textStart >= 0 ? { value, span: { start: r.textStart, end: r.textEnd } } : { value };
        }
        break;
      case 'link': {
        const rel = attr(r, 'rel')?.toLowerCase();
        if (rel === 'canonical' && !canonical) canonical = attr(r, 'href');
        break;
      }
      case 'script':
        scripts.push(r.text);
        break;
      case 'meta': {
        const content = attr(r, 'content');
        if (content === undefined) break;
        const value = clean(content);
        if (value.length === 0) break;
        // `property` may list several names: `property="dc:title og:title"`.
        const names = [
          attr(r, 'property'),
          attr(r, 'name'),
          attr(r, 'itemprop'),
          attr(r, 'http-equiv'),
        ]
          .filter((n): n is string => n !== undefined)
          .flatMap((n) => n.trim().split(/\s+/))
          .map(metaKey)
          .filter((k) => k.length > 0);
        let span: Span | undefined;
        const fromProperty = attr(r, 'property') !== undefined;
        for (const key of names) {
          if (key === 'article:tag') articleTags.push(value);
          if (key.includes('author') || key.includes('creator')) {
            const list = authors.get(key) ?? [];
            if (list.length === 0) authors.set(key, list);
            span ??= attrSpan(input, r, 'content');
            list.push(span ? { value, span } : { value });
          }
          // A `property` value wins over a `name` one; otherwise the first value stays.
          if (byKey.has(key) && !(fromProperty && !byProperty.has(key))) continue;
          if (fromProperty) byProperty.add(key);
          span ??= attrSpan(input, r, 'content');
          byKey.set(key, span ? { value, span } : { value });
        }
        break;
      }
    }
  }
  const ld = readJsonLd(scripts);
  const meta: PageMetadata = { authors, tags: [], byKey, articleTags };
  if (ld) meta.ld = ld;
  if (documentTitle) meta.documentTitle = documentTitle;

  const ldTitle = ld ? ldHeadline(ld, documentTitle?.value) : undefined;
  const title =
    (ldTitle ? { value: ldTitle } : undefined) ??
    firstOf(
      byKey,
      'dc:title dcterm:title og:title weibo:article:title weibo:webpage:title title twitter:title parsely-title sailthru:title headline',
    );
  if (title) meta.title = title;

  const site =
    firstOf(byKey, 'og:site_name') ??
    (ld?.publisher ? { value: ld.publisher } : undefined) ??
    firstOf(
      byKey,
      'application-name al:android:app_name al:iphone:app_name publisher dc.publisher copyright',
    );
  if (site) meta.siteName = site;

  const l =
    lang ?? ld?.lang ?? firstOf(byKey, 'og:locale content-language language dc.language')?.value;
  if (l) {
    const [primary, region] = l.trim().toLowerCase().split(/[-_]/);
    if (primary && /^[a-z]{2,3}$/.test(primary)) meta.lang = primary;
    if (region && /^[a-z]{2}$/.test(region)) meta.region = region;
  }

  const c = canonical ?? firstOf(byKey, 'og:url twitter:url')?.value ?? ld?.url;
  if (c && /^https?:\/\//i.test(c)) meta.canonical = c;

  const description =
    firstOf(byKey, 'og:description description twitter:description dc.description')?.value ??
    ld?.description;
  if (description) meta.description = description;
  const image =
    firstOf(byKey, 'og:image og:image:url og:image:secure_url twitter:image twitter:image:src')
      ?.value ?? ld?.image;
  if (image) meta.image = image;
  const section =
    firstOf(byKey, 'article:section section parsely-section sailthru.section category')?.value ??
    ld?.section;
  if (section) meta.section = section;
  const tags =
    articleTags.length > 0
      ? articleTags
      : ld && ld.keywords.length > 0
        ? ld.keywords
        : splitKeywords(
            firstOf(byKey, 'news_keywords keywords parsely-tags sailthru.tags')?.value ?? '',
          );
  meta.tags = [...new Set(tags)].slice(0, 50);
  return meta;
}
