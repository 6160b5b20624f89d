/**
 * Public result and option types of depeche.
 *
 * Every `start`/`end` pair is a UTF-16 offset range into the string the caller
 * passed in: `input.slice(start, end)` gives back the source text of the field.
 *
 * @module
 */

/**
 * A range of UTF-16 code units in the caller's input, end-exclusive.
 *
 * @group Types
 */
export interface Span {
  /** Offset of the first code unit. */
  start: number;
  /** Offset just past the last code unit. */
  end: number;
}

/**
 * What kind of block a body paragraph is.
 *
 * @group Articles
 */
export type ParagraphKind = 'paragraph' | 'heading' | 'list-item' | 'quote';

/**
 * One body paragraph of an article, with its place in the input.
 *
 * @group Articles
 * @example
 * ```ts
 * for (const p of parseArticle(dump).paragraphs) {
 *   dump.slice(p.start, p.end) === p.text; // true for text dumps
 * }
 * ```
 */
export interface Paragraph extends Span {
  /**
   * The paragraph's text. Text dumps: `input.slice(start, end)` as written,
   * except that in hard-wrapped text (lynx, mail archives) each line break,
   * with the spaces and tabs around it, reads as one space (as none between
   * two Chinese or Japanese characters), and that in a `lynx -dump` ending with its `References` list the link numbers (`[12]`)
   * are left out (the span still covers them), and that in a page printed as
   * layout columns side by side, each column wrapped to its cell (elinks,
   * links2, w3m at its width), a paragraph over several lines of one column
   * leaves out the other column's text on those lines (the span still covers
   * it; the column's lines come first, so paragraphs follow the reading order,
   * not their offsets), and that invisible characters
   * (soft hyphens, zero-width spaces, word joiners, byte-order marks) are left
   * out as the HTML path leaves them out. Markdown (sniffed, or `format: 'markdown'`): the text as a browser
   * shows it, its markup left out (a link's brackets and address, emphasis delimiters, heading and quote marks,
   * images; the span still covers them), and the line breaks a converter wrapped a paragraph at read as one space.
   * HTML: the element's text, whitespace-normalised.
   */
  text: string;
  /** The block it came from; `paragraph` when nothing more specific is known. */
  kind?: ParagraphKind;
}

/**
 * A publication or website, named as the page names it.
 *
 * @group Articles
 */
export interface Publication {
  /** Display name, e.g. `Maroc Diplomatique` or `maghress.com`. */
  name: string;
  /** Its address, when known. */
  url?: string;
}

/**
 * A link to another article that the page offers (`Lire aussi : …`).
 *
 * @group Articles
 */
export interface RelatedLink extends Span {
  /** The linked article's title as written. */
  title: string;
  /** The link target, when the input has one (HTML, and Markdown's `[title](address)`), as written. */
  url?: string;
}

/**
 * One teaser of a listing page (tag, section, archive or author page).
 *
 * @group Articles
 */
export interface ListingItem extends Span {
  /** The teaser's headline. */
  title?: string;
  /** The teaser's text. */
  teaser?: string;
  /** A byline printed with the teaser. */
  author?: string;
  /** ISO 8601 date printed with the teaser. */
  publishedAt?: string;
  /** The teaser's link target (HTML, and Markdown's `[headline](address)`), as written. */
  url?: string;
}

/**
 * Where the single-valued fields of an {@link Article} were found in the input.
 * A field read from structured data that has no exact place (a JSON-LD value)
 * has no span here.
 *
 * @group Articles
 */
export interface ArticleSpans {
  /** The title as printed in the input. */
  title?: Span;
  /** The standfirst as printed in the input. */
  standfirst?: Span;
  /** The credited source's name. */
  source?: Span;
  /** The publication date as printed. */
  publishedAt?: Span;
  /** Each author, in the order of {@link Article.authors}; `null` where the name came from data with no place in the text (JSON-LD). */
  authors: Array<Span | null>;
}

/**
 * Whether the page holds one article, a list of teasers, or neither.
 *
 * @group Articles
 */
export type ArticleKind = 'article' | 'listing' | 'unknown';

/**
 * The result of {@link parseArticle}. Plain JSON-serialisable data; the same
 * input gives the same JSON, byte for byte.
 *
 * @group Articles
 * @example
 * ```ts
 * const article = parseArticle(dump, { url: 'https://www.maghress.com/fr/quotidiendusud/123456' });
 * article.title;        // "L'ONP lance un plan de 1,2 milliard de dirhams pour moderniser…"
 * article.source;       // { name: 'Le Quotidien du Sud' }
 * article.site;         // { name: 'maghress.com', url: 'https://www.maghress.com/' }
 * article.publishedAt;  // '2025-11-03'
 * article.kind;         // 'article'
 * article.paragraphs.length; // 7
 * const t = article.spans.title;
 * t && dump.slice(t.start, t.end) === article.title; // true
 * ```
 */
export interface Article {
  /** The article's headline. Absent when the input holds none (a ticker-only dump). */
  title?: string;
  /**
   * The standfirst (deck): the sentence or two printed between the headline
   * and the body that sums the article up, when the body leaves it out (a lead
   * the body takes in stays its first paragraph and is not repeated here).
   * Text dumps: the first line there that reads as prose (no caption, credit,
   * stamp or menu line); HTML: an element marked as a deck (`dek`, `subtitle`,
   * `sous-titre`…), the heading right under the `<h1>` or a line above the
   * header's byline or date line. Absent when none.
   */
  standfirst?: string;
  /**
   * The original newspaper or agency the article is credited to, named as printed, except that a known agency's
   * code written with dots or spaces between its letters takes its usual spelling (`و م ع` → `ومع`, `REUTERS` →
   * `Reuters`); `spans.source` covers it as printed.
   */
  source?: Publication;
  /** The site the page was taken from (for example the aggregator), from the `url` option or the page. */
  site?: Publication;
  /** Publication date, ISO 8601: `YYYY-MM-DD` at least, with time and offset when known. */
  publishedAt?: string;
  /** Author names as written, without `Par`/`By`. */
  authors: string[];
  /** BCP 47 language tag of the article, e.g. `fr`, `ar`, `en`; from text also `de`, `es`, `it`, `pt`, `nl`. */
  lang?: string;
  /** Body paragraphs in reading order, boilerplate and related links removed. */
  paragraphs: Paragraph[];
  /** The paragraphs' texts joined by a blank line. */
  text: string;
  /** Related-article links found in or after the body. */
  related: RelatedLink[];
  /** Article, listing page, or unknown (nothing article-like found). */
  kind: ArticleKind;
  /** A listing's teasers, when `kind` is `listing`, in page order (from text dumps and from HTML, where each carries its link's `url`). */
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

/**
 * Options of {@link parseArticle}. Every option is optional; one given with a
 * wrong value (`format: 'md'`, a `referenceDate` that is not a calendar day)
 * throws a `TypeError` that names it and says what was expected, the same policy
 * as {@link parseTicker} and {@link extractEntities}. Unknown names are ignored.
 *
 * @group Articles
 */
export interface ParseArticleOptions {
  /**
   * The page's own address, where the dump or HTML was taken from (not the
   * credited source's). It names the {@link Article.site}; a date written in it
   * (`/2025/05/14/`) can date an HTML page; on the maghress network its path names
   * the credited source when the page prints none
   * (`/fr/quotidiendusud/123` → `Le Quotidien du Sud`), with a warning when the two differ.
   */
  url?: string;
  /**
   * Force the input's format instead of sniffing it: `text`, `html` or `markdown`. Markdown (as Jina Reader,
   * Firecrawl or html2text store pages) is read through a view without its markup: link texts without brackets
   * and addresses, emphasis without delimiters, headings without `#`, no images; the fields keep that text and
   * their spans cover the markup. `text` reads a Markdown input as plain text, markup and all.
   */
  format?: 'text' | 'html' | 'markdown';
  /**
   * ISO date (`YYYY-MM-DD`) that relative dates (`il y a 3 heures`, `منذ 5 أشهر`,
   * `hier`) resolve against, typically the crawl date; a time may follow the day.
   * Without it such dates are left out (a text dump's result says so in
   * `warnings`). On an HTML page a relative date, or a day printed without its
   * year (`Feb 24`), dates the page only when nothing else does.
   */
  referenceDate?: string;
  /**
   * Longest input read, in UTF-16 code units. Default 67,108,864 (64 Mi).
   * A longer input is read up to this length and `warnings` says so.
   */
  maxInputLength?: number;
}

/**
 * One headline of a news ticker, from {@link parseTicker}.
 *
 * @group Tickers
 * @example
 * ```ts
 * const [first] = parseTicker(dump);
 * // { text: "CAN 2025 : les Lions de l'Atlas bouclent leur stage de préparation à Maâmora",
 * //   start: 0, end: 76, lang: 'fr', kicker: 'CAN 2025' }
 * dump.slice(first.start, first.end) === first.text; // true
 * ```
 */
export interface TickerItem extends Span {
  /** The headline as written, trimmed. */
  text: string;
  /** BCP 47 language tag: `fr`, `en` or `ar`. */
  lang?: string;
  /** The short lead before `:` such as `CAN 2025`, when the headline has one. */
  kicker?: string;
  /** Index of an earlier item that this one repeats (same words, other quotes or spacing). */
  duplicateOf?: number;
  /** Present, and `true`, only when the input ends inside this headline. */
  truncated?: true;
}

/**
 * Options of {@link parseTicker}. Every option is optional; one given with a
 * wrong value (`minItems: NaN`, `onWarning: 'x'`) throws a `TypeError` that names
 * it and says what was expected. Unknown names are ignored.
 *
 * @group Tickers
 */
export interface ParseTickerOptions {
  /** Minimum number of headlines a line must hold to be read as a ticker: an integer of 2 or more. Default 3. */
  minItems?: number;
  /**
   * Longest input read, in UTF-16 code units. Default 67,108,864 (64 Mi).
   * A longer input is read up to this length and `onWarning` is told.
   */
  maxInputLength?: number;
  /** Called with each warning (an input cut to `maxInputLength`), since the result is a plain array. */
  onWarning?: (message: string) => void;
}

/**
 * Entity types, as in the annotation guidelines (PER, ORG, LOC, MISC, MONEY, PERCENT, DATE, QUANTITY).
 *
 * @group Entities
 */
export type EntityType =
  | 'person'
  | 'organization'
  | 'location'
  | 'misc'
  | 'money'
  | 'percent'
  | 'date'
  | 'quantity';

/**
 * Normalised value of a `money` entity.
 *
 * @group Entities
 */
export interface MoneyValue {
  /** The amount in units of the currency (multipliers applied). */
  amount: number;
  /** ISO 4217 code, e.g. `MAD`, `EUR`, `USD`; absent when the text does not say. */
  currency?: string;
}

/**
 * Normalised value of a `percent` entity.
 *
 * @group Entities
 */
export interface PercentValue {
  /** The number written: `4 %` gives 4. */
  value: number;
}

/**
 * Normalised value of a `quantity` entity.
 *
 * @group Entities
 */
export interface QuantityValue {
  /** The number (multipliers applied). */
  value: number;
  /** Singular head noun or unit symbol, e.g. `entrepôt`, `km`. */
  unit: string;
}

/**
 * Normalised value of a `date` entity: a partial ISO date, a range, or nothing
 * known. Every field is optional: a range has `start` and `end` and no `iso`, and
 * a deictic date whose day the span alone does not fix (`hier`, `Monday`, `cette
 * année` with no `referenceDate`) has an empty value `{}`.
 *
 * @group Entities
 */
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

/**
 * Normalised value of a `location` entity.
 *
 * @group Entities
 */
export interface LocationValue {
  /** ISO 3166-1 alpha-2 code of the country named or containing the place. */
  country: string;
}

/**
 * Normalised value of a `misc` demonym (`Marocains` → MA).
 *
 * @group Entities
 */
export interface MiscValue {
  /** ISO 3166-1 alpha-2 code of the country the demonym refers to. */
  country: string;
}

/**
 * Any entity's normalised value: the union of the value types.
 *
 * @group Entities
 */
export type EntityValue =
  | MoneyValue
  | PercentValue
  | QuantityValue
  | DateValue
  | LocationValue
  | MiscValue;

/**
 * What every entity has, whatever its type.
 *
 * @group Entities
 */
export interface EntityBase extends Span {
  /** What it is; narrows {@link Entity} to the member with this type's value. */
  type: EntityType;
  /** `text.slice(start, end)`. */
  text: string;
  /** For an acronym, its long form as written in the text (`ASMEX` → `Association Marocaine des Exportateurs`). */
  expansion?: string;
}

/**
 * A person's name (`Karim Benali`). Names carry no value.
 *
 * @group Entities
 */
export interface PersonEntity extends EntityBase {
  /** Always `person`. */
  type: 'person';
  /** Names carry no value. */
  value?: undefined;
}

/**
 * An organisation's name or acronym (`Office National des Pêches`, `ONP`).
 *
 * @group Entities
 */
export interface OrganizationEntity extends EntityBase {
  /** Always `organization`. */
  type: 'organization';
  /** Names carry no value. */
  value?: undefined;
}

/**
 * A place (`Dakhla`), with its country when known.
 *
 * @group Entities
 */
export interface LocationEntity extends EntityBase {
  /** Always `location`. */
  type: 'location';
  /** The country, when the place is in the gazetteer. */
  value?: LocationValue;
}

/**
 * Another name: an event, a law, a title, a demonym (`Marocains`, with its country).
 *
 * @group Entities
 */
export interface MiscEntity extends EntityBase {
  /** Always `misc`. */
  type: 'misc';
  /** For a demonym, the country it refers to. */
  value?: MiscValue;
}

/**
 * An amount of money (`1,2 milliard de dirhams`); always has a value.
 *
 * @group Entities
 */
export interface MoneyEntity extends EntityBase {
  /** Always `money`. */
  type: 'money';
  /** Amount and currency. */
  value: MoneyValue;
}

/**
 * A percentage (`12 %`); always has a value.
 *
 * @group Entities
 */
export interface PercentEntity extends EntityBase {
  /** Always `percent`. */
  type: 'percent';
  /** The number written. */
  value: PercentValue;
}

/**
 * A date, period or range (`31 octobre`, `2022-2026`, `fin 2024`); always has a
 * value, empty for a deictic date the span alone does not fix.
 *
 * @group Entities
 */
export interface DateEntity extends EntityBase {
  /** Always `date`. */
  type: 'date';
  /** Partial ISO date or range; `{}` when the span alone does not fix it. */
  value: DateValue;
}

/**
 * A counted or measured quantity (`8,6 millions de conteneurs`, `155 km`); always has a value.
 *
 * @group Entities
 */
export interface QuantityEntity extends EntityBase {
  /** Always `quantity`. */
  type: 'quantity';
  /** Number and unit. */
  value: QuantityValue;
}

/**
 * A named or valued mention in text. A union on `type`: checking the type gives
 * the value its type, with no cast.
 *
 * @group Entities
 * @example
 * ```ts
 * const text = "Le 3 mars 2025, l'ONP a investi 1,2 milliard de dirhams.";
 * for (const e of extractEntities(text)) {
 *   if (e.type === 'money') console.log(e.value.amount, e.value.currency); // 1200000000 'MAD'
 *   if (e.type === 'date') console.log(e.value.iso); // '2025-03-03'
 *   text.slice(e.start, e.end) === e.text; // true
 * }
 * ```
 */
export type Entity =
  | PersonEntity
  | OrganizationEntity
  | LocationEntity
  | MiscEntity
  | MoneyEntity
  | PercentEntity
  | DateEntity
  | QuantityEntity;

/**
 * Options of {@link extractEntities}. Every option is optional; one given with a
 * wrong value (`lang: 'de'`, `types: ['people']`, a `referenceDate` that is not a
 * calendar day) throws a `TypeError` that names it and says what was expected.
 * Unknown names are ignored.
 *
 * @group Entities
 */
export interface ExtractEntitiesOptions {
  /** Keep only these types. Default: all. */
  types?: EntityType[];
  /** Language of the text: `fr`, `en` or `ar`, or a BCP 47 tag of one of them (`en-GB`); sniffed when absent. */
  lang?: string;
  /** ISO date (`YYYY-MM-DD`, a time may follow) that relative dates such as `décembre dernier` resolve against. */
  referenceDate?: string;
  /**
   * Longest text read, in UTF-16 code units. Default 67,108,864 (64 Mi).
   * A longer text is read up to this length and `onWarning` is told.
   */
  maxInputLength?: number;
  /** Called with each warning (a text cut to `maxInputLength`), since the result is a plain array. */
  onWarning?: (message: string) => void;
}
