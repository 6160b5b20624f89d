/**
 * A file's bytes to the text depeche reads: gunzipped when they are gzip
 * (every member, strictly), then decoded by the library's `decodeHtml`
 * (byte-order mark, declared charset, UTF-8, else windows-1252).
 */
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../index.js';

/** True when `bytes` start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Gunzips gzip bytes (all members; a truncated member throws), passes others through. */
export function gunzipIfNeeded(bytes: Uint8Array): Uint8Array {
  return isGzip(bytes) ? gunzipSync(bytes) : bytes;
}

/** Decodes a page's bytes (after gunzip), with the HTTP `Content-Type` when known. */
export function bytesToText(bytes: Uint8Array, contentType?: string): string {
  return decodeHtml(gunzipIfNeeded(bytes), contentType);
}
