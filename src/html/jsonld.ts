/**
 * Recogniser for schema.org JSON-LD: finds the article object among a page's
 * `application/ld+json` scripts (`@graph`, arrays, `mainEntity`, any
 * `*Article`/`BlogPosting`/`Report` type) and reads its fields. Broken JSON is
 * skipped. Iterative and bounded: deep or huge data costs no stack.
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPES =
  /^(?:\w{0,20}Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Review|Recipe|HowTo|VideoObject)$/;
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|ProfilePage|QAPage|FAQPage|MediaGallery)$/;

/** What the page's JSON-LD says about its article. */
export interface LdArticle {
  headline?: string;
  /** The object's `name`, which some sites fill with the title and others with their own name. */
  name?: string;
  datePublished?: string;
  /** `dateCreated` or `uploadDate`: weaker than `datePublished` and than `<meta>` publication times. */
  dateCreated?: string;
  dateModified?: string;
  authors: string[];
  publisher?: string;
  description?: string;
  image?: string;
  section?: string;
  keywords: string[];
  url?: string;
  lang?: string;
  /** True when the object came from an article type (not a plain web page). */
  article: boolean;
}

/** At most this many objects are looked at per page. */
const MAX_OBJECTS = 2000;

/** `text` with control characters (raw line breaks inside JSON strings) made spaces. */
function withoutControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x20) {
      out += `${text.slice(from, i)} `;
      from = i + 1;
    }
  }
  return out + text.slice(from);
}

function parse(raw: string): Json | undefined {
  let text = raw.trim();
  if (text.startsWith('<!--')) text = text.slice(4);
  if (text.endsWith('-->')) text = text.slice(0, -3);
  text = text.trim();
  text = text.replace(/^(?:\/\/|\/\*)?\s*<!\[CDATA\[/, '');
  // `]]>`, `//]]>` or `/*]]>*/` at the end, read backwards without a regular expression.
  if (text.endsWith('*/')) text = text.slice(0, -2).trimEnd();
  if (text.endsWith(']]>')) {
    text = text.slice(0, -3).trimEnd();
    if (text.endsWith('//') || text.endsWith('/*')) text = text.slice(0, -2);
  }
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Control characters inside strings are the most common breakage; without any, a second try is the same.
    const cleaned = withoutControls(text);
    if (cleaned === text) return undefined;
    try {
      return JSON.parse(cleaned) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.replace(/^.*[/:]/, '')];
  if (Array.isArray(t))
    return t.flatMap((x) => (typeof x === 'string' ? [x.replace(/^.*[/:]/, '')] : []));
  return [];
}

/** Every object reachable through arrays, `@graph`, `mainEntity` and `mainEntityOfPage`, breadth first. */
function objects(roots: Json[]): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: Json[] = [...roots];
  for (let i = 0; i < queue.length && out.length < MAX_OBJECTS; i++) {
    const node = queue[i];
    if (Array.isArray(node)) {
      for (const x of node) queue.push(x);
      continue;
    }
    if (!isObject(node)) continue;
    out.push(node);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
      const v = node[key];
      if (v !== undefined && typeof v === 'object') queue.push(v);
    }
  }
  return out;
}

/** The first non-array value of nested arrays (bounded: no recursion). */
function first(v: Json | undefined): Json | undefined {
  let x = v;
  for (let i = 0; i < 8 && Array.isArray(x); i++) x = x[0];
  return Array.isArray(x) ? undefined : x;
}

function str(v: Json | undefined): string | undefined {
  const x = first(v);
  if (typeof x !== 'string') return undefined;
  const s = x.replace(/\s+/g, ' ').trim();
  return s.length > 0 ? s : undefined;
}

/** Names of persons or organisations: a string, an object with `name`, an `@id` reference, or an array of these. */
function names(v: Json | undefined, byId: ReadonlyMap<string, JsonObject>): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list.slice(0, 20)) {
    if (typeof item === 'string') {
      const s = str(item);
      if (s) out.push(s);
    } else if (isObject(item)) {
      const ref = typeof item['@id'] === 'string' ? byId.get(item['@id']) : undefined;
      const name = str(item.name) ?? (ref ? str(ref.name) : undefined);
      if (name) out.push(name);
    }
  }
  return out;
}

function imageOf(v: Json | undefined): string | undefined {
  const x = first(v);
  if (typeof x === 'string') return str(x);
  if (isObject(x)) return str(x.url) ?? str(x.contentUrl);
  return undefined;
}

function keywordsOf(v: Json | undefined): string[] {
  if (typeof v === 'string')
    return v
      .split(',')
      .map((k) => k.trim())
      .filter((k) => k.length > 0);
  if (Array.isArray(v))
    return v.slice(0, 100).flatMap((x) => (typeof x === 'string' ? keywordsOf(x) : []));
  return [];
}

/** Reads the article object of the page's JSON-LD scripts (their raw texts, in order). */
export function readJsonLd(scripts: readonly string[]): LdArticle | undefined {
  const roots: Json[] = [];
  for (const raw of scripts) {
    const v = parse(raw);
    if (v !== undefined) roots.push(v);
  }
  if (roots.length === 0) return undefined;
  const all = objects(roots);
  const byId = new Map<string, JsonObject>();
  for (const o of all) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  let found: JsonObject | undefined;
  let article = false;
  for (const o of all) {
    const types = typesOf(o);
    if (types.some((t) => ARTICLE_TYPES.test(t))) {
      // Prefer the first article object that has a headline or a date.
      if (!found || !article || (!found.headline && !found.datePublished && !found.dateCreated)) {
        found = o;
        article = true;
        if (o.headline || o.datePublished || o.dateCreated) break;
      }
    } else if (!found && types.some((t) => PAGE_TYPES.test(t))) found = o;
  }
  if (!found) return undefined;
  const o = found;
  const authors = names(o.author ?? o.creator, byId);
  const website = all.find((x) => typesOf(x).includes('WebSite'));
  const publisher =
    names(o.publisher, byId)[0] ??
    names(o.sourceOrganization, byId)[0] ??
    (website ? str(website.name) : undefined);
  const out: LdArticle = { authors, keywords: keywordsOf(o.keywords), article };
  const set = <K extends keyof LdArticle>(key: K, value: LdArticle[K] | undefined): void => {
    if (value !== undefined) out[key] = value;
  };
  set('headline', str(o.headline));
  if (article) set('name', str(o.name));
  set('datePublished', str(o.datePublished));
  set('dateCreated', str(o.dateCreated) ?? str(o.uploadDate));
  set('dateModified', str(o.dateModified));
  set('publisher', publisher);
  set('description', str(o.description));
  set('image', imageOf(o.image) ?? imageOf(o.thumbnailUrl));
  set('section', str(o.articleSection));
  set(
    'url',
    str(o.url) ?? (typeof o.mainEntityOfPage === 'string' ? o.mainEntityOfPage : undefined),
  );
  set('lang', str(o.inLanguage));
  return out;
}
