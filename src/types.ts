/**
 * Public result and option types of depeche.
 *
 * Every `start`/`end` pair is a UTF-16 offset range into the string the caller
 * passed in: `input.slice(start, end)` gives back the source text of the field.
 *
 * @module
 */

/** A range of UTF-16 code units in the caller's input, end-exclusive. */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

/** What kind of block a body paragraph is. */
export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'quote';

/** One body paragraph of an article, with its place in the input. */
export interface Paragraph extends Span {
  /** The paragraph's text, whitespace-normalised for HTML, as written for text dumps. */
  text: string;
  /** The block it came from; `paragraph` when nothing more specific is known. */
  kind?: ParagraphKind;
}

/** A publication or website, named as the page names it. */
export interface Publication {
  /** Display name, e.g. `Maroc Diplomatique` or `maghress.com`. */
  name: string;
  /** Its address, when known. */
  url?: string;
}

/** A link to another article that the page offers (`Lire aussi : …`). */
export interface RelatedLink extends Span {
  /** The linked article's title as written. */
  title: string;
  /** The link target, when the input has one (HTML). */
  url?: string;
}

/** One teaser of a listing page (tag, section, archive or author page). */
export interface ListingItem extends Span {
  /** The teaser's headline. */
  title?: string;
  /** The teaser's text. */
  teaser?: string;
  /** A byline printed with the teaser. */
  author?: string;
  /** ISO 8601 date printed with the teaser. */
  publishedAt?: string;
  /** The teaser's link target (HTML). */
  url?: string;
}

/**
 * Where the single-valued fields of an {@link Article} were found in the input.
 * A field read from structured data that has no exact place (a JSON-LD value)
 * has no span here.
 */
export interface ArticleSpans {
  /** The title as printed in the input. */
  title?: Span;
  /** The credited source's name. */
  source?: Span;
  /** The publication date as printed. */
  publishedAt?: Span;
  /** Each author, in the order of {@link Article.authors}; `null` where the name came from data with no place in the text (JSON-LD). */
  authors: Array<Span | null>;
}

/** Whether the page holds one article, a list of teasers, or neither. */
export type ArticleKind = 'article' | 'listing' | 'unknown';

/** The result of {@link parseArticle}. Plain JSON-serialisable data. */
export interface Article {
  /** The article's headline. Absent when the input holds none (a ticker-only dump). */
  title?: string;
  /** The original newspaper or agency the article is credited to. */
  source?: Publication;
  /** The site the page was taken from (for example the aggregator), from the `url` option or the page. */
  site?: Publication;
  /** Publication date, ISO 8601: `YYYY-MM-DD` at least, with time and offset when known. */
  publishedAt?: string;
  /** Author names as written, without `Par`/`By`. */
  authors: string[];
  /** BCP 47 language tag of the article, e.g. `fr`, `ar`, `en`. */
  lang?: string;
  /** Body paragraphs in reading order, boilerplate and related links removed. */
  paragraphs: Paragraph[];
  /** The paragraphs' texts joined by a blank line. */
  text: string;
  /** Related-article links found in or after the body. */
  related: RelatedLink[];
  /** Article, listing page, or unknown (nothing article-like found). */
  kind: ArticleKind;
  /** A listing's teasers, when `kind` is `listing`. */
  items?: ListingItem[];
  /** The page's own summary (HTML: `og:description`, `<meta name="description">`, JSON-LD). */
  description?: string;
  /** Address of the lead image (HTML: `og:image`, `twitter:image`, JSON-LD `image`), as written. */
  image?: string;
  /** Section or category the page files the article under (HTML: `article:section`, JSON-LD `articleSection`). */
  section?: string;
  /** Tags and keywords (HTML: `article:tag`, JSON-LD `keywords`, `news_keywords`); absent when none. */
  tags?: string[];
  /** The page's canonical address (HTML: `<link rel="canonical">`, `og:url`). */
  canonicalUrl?: string;
  /** Where the single-valued fields were found. */
  spans: ArticleSpans;
  /** What went wrong or looked odd, in plain words. Never fatal. */
  warnings: string[];
}

/** Options of {@link parseArticle}. */
export interface ParseArticleOptions {
  /** The page's address: names the {@link Article.site} the page was taken from. */
  url?: string;
  /** Force the input's format instead of sniffing it. */
  format?: 'text' | 'html';
  /**
   * ISO date (`YYYY-MM-DD`) that relative dates (`il y a 3 heures`, `منذ 5 أشهر`,
   * `hier`) resolve against, typically the crawl date. Without it such dates are
   * left out, with a warning.
   */
  referenceDate?: string;
  /**
   * Longest input read, in UTF-16 code units. Default 67,108,864 (64 Mi).
   * A longer input is read up to this length and `warnings` says so.
   */
  maxInputLength?: number;
}

/** One headline of a news ticker. */
export interface TickerItem extends Span {
  /** The headline as written, trimmed. */
  text: string;
  /** BCP 47 language tag: `fr`, `en` or `ar`. */
  lang?: string;
  /** The short lead before `:` such as `CAN 2025`, when the headline has one. */
  kicker?: string;
  /** Index of an earlier item that this one repeats (same words, other quotes or spacing). */
  duplicateOf?: number;
  /** True when the input ends inside this headline. */
  truncated?: boolean;
}

/** Options of {@link parseTicker}. */
export interface ParseTickerOptions {
  /** Minimum number of headlines a line must hold to be read as a ticker. Default 3. */
  minItems?: number;
  /**
   * Longest input read, in UTF-16 code units. Default 67,108,864 (64 Mi).
   * A longer input is read up to this length and `onWarning` is told.
   */
  maxInputLength?: number;
  /** Called with each warning (an input cut to `maxInputLength`), since the result is a plain array. */
  onWarning?: (message: string) => void;
}

/** Entity types, as in the annotation guidelines (PER, ORG, LOC, MISC, MONEY, PERCENT, DATE, QUANTITY). */
export type EntityType =
  | 'person'
  | 'organization'
  | 'location'
  | 'misc'
  | 'money'
  | 'percent'
  | 'date'
  | 'quantity';

/** Normalised value of a `money` entity. */
export interface MoneyValue {
  /** The amount in units of the currency (multipliers applied). */
  amount: number;
  /** ISO 4217 code, e.g. `MAD`, `EUR`, `USD`; absent when the text does not say. */
  currency?: string;
}

/** Normalised value of a `percent` entity. */
export interface PercentValue {
  /** The number written: `4 %` gives 4. */
  value: number;
}

/** Normalised value of a `quantity` entity. */
export interface QuantityValue {
  /** The number (multipliers applied). */
  value: number;
  /** Singular head noun or unit symbol, e.g. `entrepôt`, `km`. */
  unit: string;
}

/** Normalised value of a `date` entity: a partial ISO date, or a range. */
export interface DateValue {
  /** Partial ISO 8601 with `X` for unknown parts: `2025`, `2025-05`, `XXXX-12`, `2025-Q2`, `2025-05-14`. */
  iso?: string;
  /** Start of a range. */
  start?: string;
  /** End of a range. */
  end?: string;
  /** `END` for `fin X`, `START` for `début X`. */
  mod?: 'START' | 'END';
  /** `hijri` when the date is written in the Hijri calendar (`29 رمضان 1445 هـ`): its numbers are Hijri, not converted. Absent for Gregorian dates. */
  calendar?: 'hijri';
}

/** Normalised value of a `location` entity. */
export interface LocationValue {
  /** ISO 3166-1 alpha-2 code of the country named or containing the place. */
  country: string;
}

/** Normalised value of a `misc` demonym (`Marocains` → MA). */
export interface MiscValue {
  /** ISO 3166-1 alpha-2 code of the country the demonym refers to. */
  country: string;
}

/** A named or valued mention in text. */
export interface Entity extends Span {
  /** What it is. */
  type: EntityType;
  /** `text.slice(start, end)`. */
  text: string;
  /** Normalised value, when the type has one and it can be worked out. */
  value?: MoneyValue | PercentValue | QuantityValue | DateValue | LocationValue | MiscValue;
  /** For an acronym, its long form as written in the text (`ASMEX` → `Association Marocaine des Exportateurs`). */
  expansion?: string;
}

/** Options of {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /** Keep only these types. Default: all. */
  types?: EntityType[];
  /** Language of the text; sniffed when absent. */
  lang?: string;
  /** ISO date (`YYYY-MM-DD`) that relative dates such as `décembre dernier` resolve against. */
  referenceDate?: string;
  /**
   * Longest text read, in UTF-16 code units. Default 67,108,864 (64 Mi).
   * A longer text is read up to this length and `onWarning` is told.
   */
  maxInputLength?: number;
  /** Called with each warning (a text cut to `maxInputLength`), since the result is a plain array. */
  onWarning?: (message: string) => void;
}
