/**
 * An input file to records: sniffs the format from the first decompressed
 * bytes (or takes `--format`), then yields one {@link CrawlRecord} per page
 * (WARC `response` / `resource`, WET `conversion`, a JSONL object, a whole
 * text or HTML file) and a {@link CrawlError} for each bad record or a bad
 * input. Streamed: only the record being read is held.
 */
import { ByteReader, LineTooLongError } from './byte-reader.js';
import { normaliseLangs } from './lang.js';
import { maybeGunzip, type ReadCounter } from './open.js';
import { readWarc, type WarcRecord } from './warc.js';

/** Input formats `depeche batch` reads. */
export type CrawlFormat = 'warc' | 'wet' | 'jsonl' | 'text' | 'html';

/** Where a record came from: printed as `source` on its output line. */
export interface SourceInfo {
  /** The input's path as given (`-` for stdin). */
  file: string;
  /** The record's number in its file, from 1 (WARC records of every type, JSONL lines). */
  record: number;
  /** `WARC-Record-ID` or the JSONL `id` field. */
  id?: string;
  /** The page's address. */
  url?: string;
  /** The record's date (`WARC-Date`, JSONL `date`). */
  date?: string;
  /** Languages the crawler identified, as BCP 47 tags joined by commas (`fr,en`). */
  lang?: string;
}

/** How a record's page is held until a worker turns it into text. */
export type Payload =
  /** UTF-8 text (WET conversion blocks). */
  | { kind: 'utf8'; bytes: Uint8Array }
  /** A string already (JSONL). */
  | { kind: 'string'; text: string }
  /** An HTTP response (WARC `response`). */
  | { kind: 'http'; bytes: Uint8Array }
  /** Page bytes in some charset (`decodeHtml`), with the Content-Type if known. */
  | { kind: 'bytes'; bytes: Uint8Array; contentType?: string };

/** One page to analyse. */
export interface CrawlRecord {
  source: SourceInfo;
  payload: Payload;
  /** Forced format of the page itself (`--format text|html`, a JSONL `html` or `text` field). */
  pageFormat?: 'text' | 'html';
}

/** A record or an input that could not be read. */
export interface CrawlError {
  source: SourceInfo;
  error: string;
  /** True when the whole rest of the input is lost (truncated gzip, broken WARC framing). */
  fatal: boolean;
}

/** A record skipped by design (a WARC `request` or `metadata` record), counted but not printed. */
export interface CrawlSkip {
  skipped: string;
}

/** Field names of JSONL inputs. */
export interface JsonlFields {
  url: string;
  html: string;
  text: string;
}

/** Options of {@link readRecords}. */
export interface ReadOptions {
  /** Force the input format instead of sniffing it. */
  format?: CrawlFormat;
  /** Largest record held, in bytes; larger ones give an error line. */
  maxRecordBytes: number;
  /** JSONL field names. */
  fields: JsonlFields;
  /** Counts compressed bytes read. */
  counter?: ReadCounter;
  /** Standard input, when the input is `-`. */
  stdin?: AsyncIterable<Uint8Array>;
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** Guesses the format from the first (decompressed) bytes. */
export function sniffFormat(head: Uint8Array): CrawlFormat {
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  while (
    start < head.length &&
    (head[start] === 0x20 || head[start] === 0x0a || head[start] === 0x0d || head[start] === 0x09)
  )
    start++;
  const text = latin1.decode(head.subarray(start, start + 64));
  if (text.startsWith('WARC/')) return 'warc';
  if (text.startsWith('{')) return 'jsonl';
  if (text.startsWith('<')) return 'html';
  return 'text';
}

/** Error text for an exception while reading. */
function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'Z_BUF_ERROR') return 'truncated gzip data (the file ends inside a gzip member)';
  if (code === 'Z_DATA_ERROR') return `corrupt gzip data (${(error as Error).message})`;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** Reads `path` (or stdin for `-`) record by record. */
export async function* readRecords(
  path: string,
  source: AsyncIterable<Uint8Array>,
  options: ReadOptions,
): AsyncGenerator<CrawlRecord | CrawlError | CrawlSkip, void, undefined> {
  const reader = new ByteReader(maybeGunzip(source, options.counter));
  let count = 0;
  const where = (): SourceInfo => ({ file: path, record: count });
  try {
    const format = options.format ?? sniffFormat(await reader.peek(64));
    if (format === 'warc' || format === 'wet') {
      for await (const rec of readWarc(reader, options.maxRecordBytes)) {
        count++;
        yield fromWarc(rec, path, count);
      }
    } else if (format === 'jsonl') {
      for (;;) {
        let line: Uint8Array | undefined;
        try {
          line = await reader.readLine(options.maxRecordBytes);
        } catch (error) {
          if (!(error instanceof LineTooLongError)) throw error;
          await reader.skipLine();
          count++;
          yield { source: where(), error: error.message, fatal: false };
          continue;
        }
        if (line === undefined) break;
        count++;
        if (isBlank(line)) continue; // a blank line is no record (its number still counts)
        yield fromJsonLine(line, path, count, options.fields);
      }
    } else {
      if (await reader.atEnd()) return;
      count = 1;
      const peek = await reader.peek(options.maxRecordBytes + 1);
      if (peek.length > options.maxRecordBytes) {
        yield {
          source: where(),
          error: `a file larger than ${options.maxRecordBytes} bytes`,
          fatal: true,
        };
        return;
      }
      const bytes = await reader.readExact(peek.length);
      yield { source: where(), payload: { kind: 'bytes', bytes }, pageFormat: format };
    }
  } catch (error) {
    const at = count === 0 ? where() : { file: path, record: count + 1 };
    yield { source: at, error: reason(error), fatal: true };
  }
}

function isBlank(line: Uint8Array): boolean {
  for (const b of line) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

/** A WARC record to a page, an error or a skip. */
function fromWarc(
  rec: WarcRecord,
  file: string,
  record: number,
): CrawlRecord | CrawlError | CrawlSkip {
  const f = rec.fields;
  const langs = normaliseLangs(f.get('warc-identified-content-language'));
  const source: SourceInfo = { file, record };
  const id = f.get('warc-record-id');
  const url = f.get('warc-target-uri');
  const date = f.get('warc-date');
  if (id) source.id = id;
  if (url) source.url = url.startsWith('<') && url.endsWith('>') ? url.slice(1, -1) : url;
  if (date) source.date = date;
  if (langs.length > 0) source.lang = langs.join(',');
  if (rec.type !== 'response' && rec.type !== 'conversion' && rec.type !== 'resource')
    return { skipped: `WARC ${rec.type || 'untyped'} record` };
  if (!rec.block)
    return { source, error: `a record larger than the limit (${rec.length} bytes)`, fatal: false };
  if (rec.type === 'conversion') return { source, payload: { kind: 'utf8', bytes: rec.block } };
  const contentType = f.get('content-type') ?? '';
  if (rec.type === 'response') {
    if (!/^application\/http/i.test(contentType))
      return { skipped: `WARC response of type ${contentType || 'unknown'}` };
    return { source, payload: { kind: 'http', bytes: rec.block } };
  }
  return { source, payload: { kind: 'bytes', bytes: rec.block, contentType } };
}

/** A JSONL line to a page or an error. */
function fromJsonLine(
  line: Uint8Array,
  file: string,
  record: number,
  fields: JsonlFields,
): CrawlRecord | CrawlError {
  const source: SourceInfo = { file, record };
  let value: unknown;
  try {
    value = JSON.parse(utf8.decode(line));
  } catch (error) {
    return { source, error: `not a JSON line (${(error as Error).message})`, fatal: false };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { source, error: 'a JSON line that is not an object', fatal: false };
  const o = value as Record<string, unknown>;
  const str = (k: string): string | undefined =>
    typeof o[k] === 'string' ? (o[k] as string) : undefined;
  const url = str(fields.url);
  const id = str('id') ?? (typeof o.id === 'number' ? String(o.id) : undefined);
  const date = str('date');
  const lang = normaliseLangs(str('lang'));
  if (id !== undefined) source.id = id;
  if (url !== undefined) source.url = url;
  if (date !== undefined) source.date = date;
  if (lang.length > 0) source.lang = lang.join(',');
  const html = str(fields.html);
  if (html !== undefined)
    return { source, payload: { kind: 'string', text: html }, pageFormat: 'html' };
  const text = str(fields.text);
  if (text !== undefined) return { source, payload: { kind: 'string', text }, pageFormat: 'text' };
  return {
    source,
    error: `a JSON object with neither "${fields.html}" nor "${fields.text}" as a string`,
    fatal: false,
  };
}
