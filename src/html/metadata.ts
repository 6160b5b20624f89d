/**
 * Metadata recognisers for HTML: JSON-LD (`NewsArticle` and kin, `@graph`,
 * arrays), OpenGraph and `<meta>` conventions, `<time>`, `<title>`, `<html lang>`.
 */
import type { Span } from '../types.js';
import { attr, attrValueSpan, childrenOf, type Element, isText } from './dom.js';

/** A metadata value and, when known, where it stands in the input. */
export interface MetaValue {
  value: string;
  span?: Span;
}

/** Metadata read from the page, each field from the best source that had it. */
export interface PageMetadata {
  title?: MetaValue;
  documentTitle?: MetaValue;
  published?: MetaValue;
  authors: MetaValue[];
  siteName?: MetaValue;
  lang?: string;
  canonical?: string;
}

const ARTICLE_TYPES =
  /^(?:News|Reportage|Analysis|Opinion|Review|Background|Blog|Scholarly|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting|Report|WebPage)$/;

/** Meta names/properties that carry the publication date, best first. */
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'article.published',
];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function textOf(el: Element): { value: string; span?: Span } {
  let value = '';
  let start = -1;
  let end = -1;
  for (const kid of childrenOf(el)) {
    if (!isText(kid)) continue;
    value += kid.value;
    const loc = kid.sourceCodeLocation;
    if (loc) {
      if (start < 0) start = loc.startOffset;
      end = loc.endOffset;
    }
  }
  return start >= 0 ? { value, span: { start, end } } : { value };
}

function asObjects(node: Json | undefined): Array<{ [key: string]: Json }> {
  if (Array.isArray(node)) return node.flatMap(asObjects);
  if (node && typeof node === 'object') {
    const graph = node['@graph'];
    return graph === undefined ? [node] : [node, ...asObjects(graph)];
  }
  return [];
}

function typeMatches(obj: { [key: string]: Json }): boolean {
  const t = obj['@type'];
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && ARTICLE_TYPES.test(x));
}

function names(node: Json | undefined): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(names);
  if (node && typeof node === 'object') {
    const name = node.name;
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Reads the metadata elements the walk collected. */
export function readMetadata(input: string, elements: readonly Element[]): PageMetadata {
  const meta: PageMetadata = { authors: [] };
  const byKey = new Map<string, MetaValue>();
  let ld: { [key: string]: Json } | undefined;
  let firstTime: MetaValue | undefined;
  for (const el of elements) {
    switch (el.tagName) {
      case 'html': {
        const lang = attr(el, 'lang');
        if (lang) meta.lang = lang.trim().toLowerCase().split(/[-_]/)[0];
        break;
      }
      case 'title':
        if (!meta.documentTitle) {
          const t = textOf(el);
          meta.documentTitle = { ...t, value: clean(t.value) };
        }
        break;
      case 'link':
        if (attr(el, 'rel')?.toLowerCase() === 'canonical') meta.canonical = attr(el, 'href');
        break;
      case 'time':
        if (!firstTime) {
          const dt = attr(el, 'datetime');
          const span = attrValueSpan(input, el, 'datetime');
          if (dt) firstTime = span ? { value: dt, span } : { value: dt };
        }
        break;
      case 'meta': {
        const key = (
          attr(el, 'property') ??
          attr(el, 'name') ??
          attr(el, 'itemprop') ??
          ''
        ).toLowerCase();
        const content = attr(el, 'content');
        if (!key || content === undefined || byKey.has(key)) break;
        const span = attrValueSpan(input, el, 'content');
        byKey.set(key, span ? { value: clean(content), span } : { value: clean(content) });
        break;
      }
      case 'script': {
        if (ld) break;
        const raw = textOf(el).value;
        try {
          const found = asObjects(JSON.parse(raw) as Json).find(typeMatches);
          if (found) ld = found;
        } catch {
          // Broken JSON-LD is common; the other sources still count.
        }
        break;
      }
    }
  }
  const headline = ld?.headline;
  meta.title =
    (typeof headline === 'string' ? { value: clean(headline) } : undefined) ??
    byKey.get('og:title') ??
    byKey.get('twitter:title');
  const published = ld?.datePublished;
  meta.published =
    (typeof published === 'string' ? { value: published.trim() } : undefined) ??
    DATE_KEYS.map((k) => byKey.get(k)).find((v) => v !== undefined) ??
    firstTime;
  const ldAuthors = names(ld?.author)
    .map(clean)
    .filter((n) => n.length > 0);
  if (ldAuthors.length > 0) meta.authors = ldAuthors.map((value) => ({ value }));
  else {
    const a = byKey.get('author') ?? byKey.get('article:author') ?? byKey.get('dc.creator');
    if (a && !/^https?:/i.test(a.value)) meta.authors = [a];
  }
  const publisher = names(ld?.publisher)[0];
  meta.siteName =
    byKey.get('og:site_name') ?? (publisher ? { value: clean(publisher) } : undefined);
  return meta;
}
