/**
 * The payload of a WARC `response` record: an HTTP/1.x response. Splits the
 * header from the body, undoes chunked transfer coding and gzip, deflate or
 * brotli content coding, and returns the body bytes with the Content-Type.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';

/** A parsed HTTP response. */
export interface HttpResponse {
  status: number;
  /** `Content-Type`, when sent. */
  contentType?: string;
  /** The body, decoded from its transfer and content codings. */
  body: Uint8Array;
}

/** A response the reader cannot make sense of. */
export class HttpFormatError extends Error {}

const latin1 = new TextDecoder('latin1');
const MAX_HEAD = 256 * 1024;

/** Index just past the blank line ending the header, or -1. */
function headEnd(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length, MAX_HEAD);
  for (let i = 0; i < limit; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

/** Parses an HTTP response block. Throws {@link HttpFormatError} on a malformed one. */
export function parseHttpResponse(block: Uint8Array): HttpResponse {
  const end = headEnd(block);
  if (end < 0)
    throw new HttpFormatError('an HTTP response without the blank line after its header');
  const head = latin1.decode(block.subarray(0, end));
  const lines = head.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const statusLine = /^HTTP\/\d(?:\.\d)? (\d{3})/.exec(lines[0] ?? '');
  if (!statusLine)
    throw new HttpFormatError(`not an HTTP status line: "${(lines[0] ?? '').slice(0, 40)}"`);
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    // Repeated codings are listed in order; keep them all.
    headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  let body = block.subarray(end);
  const transfer = (headers.get('transfer-encoding') ?? '').toLowerCase();
  if (transfer.includes('chunked')) body = dechunk(body);
  const coding = (headers.get('content-encoding') ?? '').toLowerCase();
  body = undoContentCoding(body, coding);
  const contentType = headers.get('content-type');
  return {
    status: Number(statusLine[1]),
    ...(contentType !== undefined && { contentType }),
    body,
  };
}

/** Undoes `Transfer-Encoding: chunked`. */
export function dechunk(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  let total = 0;
  for (;;) {
    const nl = bytes.indexOf(0x0a, at);
    if (nl < 0) throw new HttpFormatError('a chunked body that ends without its last chunk');
    const sizeLine = latin1.decode(bytes.subarray(at, Math.min(nl, at + 64)));
    const size = /^\s*([0-9a-fA-F]{1,12})/.exec(sizeLine);
    if (!size?.[1])
      throw new HttpFormatError(`a bad chunk size line: "${sizeLine.trim().slice(0, 20)}"`);
    const n = Number.parseInt(size[1], 16);
    at = nl + 1;
    if (n === 0) break;
    if (at + n > bytes.length) throw new HttpFormatError('a chunked body cut inside a chunk');
    parts.push(bytes.subarray(at, at + n));
    total += n;
    at += n;
    if (bytes[at] === 0x0d) at++;
    if (bytes[at] === 0x0a) at++;
  }
  const out = new Uint8Array(total);
  let filled = 0;
  for (const p of parts) {
    out.set(p, filled);
    filled += p.length;
  }
  return out;
}

/** Undoes the content codings listed (last applied first undone). */
function undoContentCoding(body: Uint8Array, codings: string): Uint8Array {
  const list = codings
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== 'identity');
  let out = body;
  for (const coding of list.reverse()) {
    try {
      if (coding === 'gzip' || coding === 'x-gzip') out = gunzipSync(out);
      else if (coding === 'deflate') out = inflateMaybeRaw(out);
      else if (coding === 'br') out = brotliDecompressSync(out);
      else throw new HttpFormatError(`an unknown content coding "${coding}"`);
    } catch (error) {
      if (error instanceof HttpFormatError) throw error;
      throw new HttpFormatError(
        `a ${coding} body that does not decode (${(error as Error).message})`,
      );
    }
  }
  return out;
}

/** `deflate` is zlib-wrapped by the standard, raw by some servers: accept both. */
function inflateMaybeRaw(bytes: Uint8Array): Uint8Array {
  try {
    return inflateSync(bytes);
  } catch {
    return inflateRawSync(bytes);
  }
}
