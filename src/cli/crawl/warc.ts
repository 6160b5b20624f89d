/**
 * A small strict WARC 1.0/1.1 reader (Common Crawl's WARC and WET files):
 * version line, named fields up to a blank line, a block of exactly
 * `Content-Length` bytes, two line breaks. Anything else is an error that
 * stops the file (a reader that resynchronised would drop records silently).
 */
import type { ByteReader } from './byte-reader.js';

/** One WARC record; `block` is absent when it was larger than the limit and skipped. */
export interface WarcRecord {
  /** `WARC-Type`, lower-cased: `response`, `conversion`, `request`, `warcinfo`… */
  type: string;
  /** Named fields, names lower-cased; the first value of a repeated name wins. */
  fields: Map<string, string>;
  /** The record's content block. */
  block?: Uint8Array;
  /** `Content-Length`. */
  length: number;
}

/** A malformed WARC file: the reader cannot go on past it. */
export class WarcFormatError extends Error {}

const MAX_HEADER_LINE = 64 * 1024;
const MAX_HEADER_LINES = 1000;

/**
 * Reads WARC records one by one. Blocks longer than `maxBlock` bytes are
 * skipped (the record comes with no `block`), so memory stays bounded.
 */
export async function* readWarc(
  reader: ByteReader,
  maxBlock: number,
): AsyncGenerator<WarcRecord, void, undefined> {
  for (;;) {
    // Tolerate blank lines between records (some writers add extra CRLFs).
    // Lines and blocks already in memory are taken without awaiting: most of a
    // record's header is, and a promise per header line costs as much as the line.
    let version: string | undefined;
    do {
      version =
        reader.latin1LineNow(MAX_HEADER_LINE) ?? (await reader.readLatin1Line(MAX_HEADER_LINE));
    } while (version !== undefined && version.length === 0);
    if (version === undefined) return;
    if (!version.startsWith('WARC/'))
      throw new WarcFormatError(`expected a WARC version line, found "${version.slice(0, 40)}"`);
    const fields = new Map<string, string>();
    for (let count = 0; ; count++) {
      const text =
        reader.latin1LineNow(MAX_HEADER_LINE) ?? (await reader.readLatin1Line(MAX_HEADER_LINE));
      if (text === undefined) throw new WarcFormatError('input ends inside a WARC header');
      if (text.length === 0) break;
      if (count >= MAX_HEADER_LINES) throw new WarcFormatError('a WARC header with too many lines');
      const colon = text.indexOf(':');
      if (colon <= 0)
        throw new WarcFormatError(`a WARC header line without a name: "${text.slice(0, 40)}"`);
      const name = text.slice(0, colon).trim().toLowerCase();
      if (!fields.has(name)) fields.set(name, text.slice(colon + 1).trim());
    }
    const lengthField = fields.get('content-length');
    if (lengthField === undefined || !/^\d{1,15}$/.test(lengthField))
      throw new WarcFormatError(
        `a WARC record without a valid Content-Length (${lengthField ?? 'none'})`,
      );
    const length = Number(lengthField);
    const type = (fields.get('warc-type') ?? '').toLowerCase();
    let block: Uint8Array | undefined;
    if (length <= maxBlock) block = reader.exactNow(length) ?? (await reader.readExact(length));
    else await reader.skip(length);
    // The block is followed by CRLF CRLF (LF LF tolerated).
    for (let i = 0; i < 2; i++) {
      const end =
        reader.latin1LineNow(MAX_HEADER_LINE) ?? (await reader.readLatin1Line(MAX_HEADER_LINE));
      if (end === undefined)
        throw new WarcFormatError('input ends after a WARC block without its closing line breaks');
      if (end.length !== 0)
        throw new WarcFormatError('a WARC block longer than its Content-Length');
    }
    yield block ? { type, fields, block, length } : { type, fields, length };
  }
}
