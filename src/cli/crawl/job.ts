/**
 * What a batch worker does with one record: payload to text (HTTP codings,
 * charset), the filters that need the parsed page, the analysis, and the
 * output line, serialised here so the main thread only writes it.
 */
import { createHash } from 'node:crypto';
import { decodeHtml } from '../../index.js';
import { type AnalyseOptions, type Api, analyse } from '../analyse.js';
import { HttpFormatError, parseHttpResponse } from './http.js';
import type { CrawlRecord, SourceInfo } from './records.js';

/** Settings every job of a run shares (sent once to each worker). */
export interface JobSettings {
  analyse: AnalyseOptions;
  /** Keep pages in these languages (used when the record's header named none). */
  langs?: string[];
  /** Keep pages dated on or after / before or on these days (`YYYY-MM-DD`). */
  since?: string;
  until?: string;
  /** Return a hash of the page text for exact de-duplication. */
  hashContent?: boolean;
  /** Forced page format (`--format text|html`). */
  pageFormat?: 'text' | 'html';
}

/** One record sent to a worker. */
export interface Job {
  seq: number;
  record: CrawlRecord;
}

/** What came of one job. */
export type Outcome =
  | { seq: number; kind: 'line'; line: Uint8Array; hash?: string }
  | { seq: number; kind: 'error'; line: Uint8Array; error: string }
  | { seq: number; kind: 'filtered'; reason: string }
  | { seq: number; kind: 'skipped'; reason: string };

/** The line printed for a record that could not be read. */
export function errorLine(source: SourceInfo, error: string): Uint8Array {
  return encoder.encode(`${JSON.stringify({ source, error })}\n`);
}

// Lines travel as UTF-8 bytes in buffers of their own: a worker hands them over
// without a copy and the main thread writes them without encoding again.
const encoder = new TextEncoder();

/** Page text and the format to read it in, or a skip (exported for the benchmark's plain loop). */
export function pageText(
  record: CrawlRecord,
): { text: string; format?: 'text' | 'html' } | { skipped: string } {
  const p = record.payload;
  if (p.kind === 'string')
    return { text: p.text, ...(record.pageFormat && { format: record.pageFormat }) };
  if (p.kind === 'utf8') {
    const text = Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.length).toString('utf8');
    return { text, format: 'text' };
  }
  if (p.kind === 'bytes') {
    return {
      text: decodeHtml(p.bytes, p.contentType),
      ...(record.pageFormat && { format: record.pageFormat }),
    };
  }
  const response = parseHttpResponse(p.bytes);
  if (response.status < 200 || response.status > 299)
    return { skipped: `HTTP status ${response.status}` };
  const type = (response.contentType ?? '').toLowerCase();
  if (type !== '' && !/^(?:text\/|application\/(?:xhtml\+xml|xml))/.test(type))
    return { skipped: `not a page (${type.split(';')[0]})` };
  return { text: decodeHtml(response.body, response.contentType) };
}

/** The day (`YYYY-MM-DD`) of an ISO date, when it starts with one. */
function day(iso: string | undefined): string | undefined {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined;
}

/** Runs one job; never throws (a failure is an error outcome). */
export function runJob(api: Api, job: Job, settings: JobSettings): Outcome {
  const { seq, record } = job;
  const source = record.source;
  try {
    const page = pageText(record);
    if ('skipped' in page) return { seq, kind: 'skipped', reason: page.skipped };
    const langFilter = settings.langs && !source.lang ? settings.langs : undefined;
    const dateFilter = settings.since !== undefined || settings.until !== undefined;
    const format = settings.pageFormat ?? page.format;
    const fallbackDate = day(source.date);
    const result = analyse(api, page.text, {
      ...settings.analyse,
      ...(source.url !== undefined && { url: source.url }),
      ...(format !== undefined && { format }),
      ...(fallbackDate !== undefined && { fallbackDate }),
      needArticle: langFilter !== undefined || dateFilter,
    });
    const { unprinted, ...parts } = result;
    const article = result.article ?? unprinted;
    if (langFilter && !(article?.lang && langFilter.includes(article.lang.split('-')[0] ?? '')))
      return { seq, kind: 'filtered', reason: 'language' };
    if (dateFilter) {
      const when = day(article?.publishedAt) ?? fallbackDate;
      if (when === undefined) return { seq, kind: 'filtered', reason: 'no date' };
      if (settings.since !== undefined && when < settings.since)
        return { seq, kind: 'filtered', reason: 'date' };
      if (settings.until !== undefined && when > settings.until)
        return { seq, kind: 'filtered', reason: 'date' };
    }
    const line = encoder.encode(`${JSON.stringify({ source, ...parts })}\n`);
    if (!settings.hashContent) return { seq, kind: 'line', line };
    const hash = createHash('sha1').update(page.text).digest('base64').slice(0, 20);
    return { seq, kind: 'line', line, hash };
  } catch (error) {
    const message =
      error instanceof HttpFormatError
        ? error.message
        : `failed: ${error instanceof Error ? error.message : String(error)}`;
    return { seq, kind: 'error', line: errorLine(source, message), error: message };
  }
}
