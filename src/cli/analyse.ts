/**
 * One page in, the parts asked for out: the work both the single-file command
 * and a batch worker do for each page. Only the parts asked for are computed
 * (entities need the article, since they are read from its text).
 */

import { ENTITY_TYPES } from '../entities/entity-types.js';
import type {
  Article,
  Entity,
  EntityType,
  extractEntities,
  parseArticle,
  parseTicker,
  TickerItem,
} from '../index.js';

/** The parts of a result. */
export type Part = 'article' | 'ticker' | 'entities';

/** Every part, in output order. */
export const ALL_PARTS: readonly Part[] = ['article', 'ticker', 'entities'];

/** The library functions the analysis calls (passed in so tests can count calls). */
export interface Api {
  parseArticle: typeof parseArticle;
  parseTicker: typeof parseTicker;
  extractEntities: typeof extractEntities;
}

/** Options that shape the analysis of one page. */
export interface AnalyseOptions {
  /** Parts to compute; default all three. */
  only?: readonly Part[];
  /** The page's address. */
  url?: string;
  /** Force the input's format. */
  format?: 'text' | 'html' | 'markdown';
  /** Reference date for relative dates; else the article's own date is used for its entities. */
  referenceDate?: string;
  /**
   * A date to fall back on (the crawl date of a record): used for relative dates
   * in the page when `referenceDate` is absent, and for its entities when the
   * article has no date of its own either.
   */
  fallbackDate?: string;
  /** Language of the text, for entities. */
  lang?: string;
  /** Entity types kept. */
  types?: EntityType[];
  /** Longest input read, in UTF-16 code units. */
  maxInputLength?: number;
  /** Compute the article even when it is not printed (a filter reads its date or language). */
  needArticle?: boolean;
}

/** The computed parts; absent ones were not asked for. */
export interface Analysis {
  article?: Article;
  ticker?: TickerItem[];
  entities?: Entity[];
  /** The article, computed for entities or a filter but not asked for: never printed. */
  unprinted?: Article;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** Runs the parts asked for on `input`. */
export function analyse(api: Api, input: string, options: AnalyseOptions = {}): Analysis {
  const only = options.only ?? ALL_PARTS;
  const wantArticle = only.includes('article');
  const wantEntities = only.includes('entities');
  const wantTicker = only.includes('ticker');
  const out: Analysis = {};
  const max = options.maxInputLength;
  let article: Article | undefined;
  const pageDate = options.referenceDate ?? options.fallbackDate;
  if (wantArticle || wantEntities || options.needArticle) {
    article = api.parseArticle(input, {
      ...(options.url !== undefined && { url: options.url }),
      ...(options.format !== undefined && { format: options.format }),
      ...(pageDate !== undefined && { referenceDate: pageDate }),
      ...(max !== undefined && { maxInputLength: max }),
    });
    if (wantArticle) out.article = article;
    else out.unprinted = article;
  }
  if (wantTicker)
    out.ticker = api.parseTicker(input, max !== undefined ? { maxInputLength: max } : {});
  if (wantEntities && article) {
    // The article's own date is the best anchor for "hier" or "mardi dernier" in its text.
    const own = article.publishedAt?.match(ISO_DAY)?.[0];
    const referenceDate = options.referenceDate ?? own ?? options.fallbackDate;
    out.entities = api.extractEntities(article.text, {
      ...(referenceDate !== undefined && { referenceDate }),
      ...(options.lang !== undefined && { lang: options.lang }),
      ...(options.types !== undefined && { types: options.types }),
      ...(max !== undefined && { maxInputLength: max }),
    });
  }
  return out;
}

/** Parses `--only article,ticker`; throws a usage message on an unknown part. */
export function parseParts(value: string | undefined): Part[] | undefined {
  if (value === undefined) return undefined;
  const parts: Part[] = [];
  for (const raw of value.split(',')) {
    const p = raw.trim();
    if (p === '') continue;
    if (p !== 'article' && p !== 'ticker' && p !== 'entities')
      throw new UsageError(
        `--only takes article, ticker or entities (comma-separated), not "${p}"`,
      );
    if (!parts.includes(p)) parts.push(p);
  }
  if (parts.length === 0) throw new UsageError('--only needs at least one part');
  return ALL_PARTS.filter((p) => parts.includes(p));
}

/** Parses `--types person,location`. */
export function parseTypes(value: string | undefined): EntityType[] | undefined {
  if (value === undefined) return undefined;
  const types: EntityType[] = [];
  for (const raw of value.split(',')) {
    const t = raw.trim();
    if (t === '') continue;
    const found = ENTITY_TYPES.find((x) => x === t);
    if (!found) throw new UsageError(`--types takes ${ENTITY_TYPES.join(', ')}; not "${t}"`);
    types.push(found);
  }
  return types;
}

/** Parses a positive integer option. */
export function parsePositiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1)
    throw new UsageError(`${name} takes a positive whole number, not "${value}"`);
  return Number(value);
}

/** Checks `--reference-date` and friends: `YYYY-MM-DD`. */
export function parseIsoDay(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new UsageError(`${name} takes YYYY-MM-DD, not "${value}"`);
  return value;
}

/** A mistake in the command line: printed briefly, exit code 2. */
export class UsageError extends Error {}
