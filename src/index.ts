/**
 * depeche: news-site dumps (crawler text or HTML) into typed articles,
 * headline tickers and entities, each field with its offsets in the input.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'depeche';
 * const article = parseArticle(dump);
 * ```
 *
 * @packageDocumentation
 * @module depeche
 */
export { parseArticle } from './article/parse-article.js';
export { extractEntities } from './entities/extract.js';
export { decodeHtml } from './input/decode.js';
export { foldLineBreaks } from './input/wrapped.js';
export { parseTicker } from './ticker/parse-ticker.js';
export * from './types.js';
