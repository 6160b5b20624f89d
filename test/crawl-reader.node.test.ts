/** The crawl readers on their own: WARC framing, HTTP payloads, gzip members, JSONL, sniffing, inputs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ByteReader } from '../src/cli/crawl/byte-reader.js';
import { dechunk, parseHttpResponse } from '../src/cli/crawl/http.js';
import { expandInputs, glob } from '../src/cli/crawl/inputs.js';
import { normaliseLangs } from '../src/cli/crawl/lang.js';
import { maybeGunzip } from '../src/cli/crawl/open.js';
import {
  type CrawlError,
  type CrawlRecord,
  type CrawlSkip,
  readRecords,
  sniffFormat,
} from '../src/cli/crawl/records.js';
import { readWarc } from '../src/cli/crawl/warc.js';
import {
  frenchText,
  gzipMembers,
  httpResponse,
  warcRecord,
  wetConversion,
} from './helpers/crawl-writer.js';

const dir = join(import.meta.dirname, 'fixtures', 'crawl');
const fields = { url: 'url', html: 'html', text: 'text' };

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

type Item = CrawlRecord | CrawlError | CrawlSkip;

async function read(path: string, size = 1 << 16, format?: 'text'): Promise<Item[]> {
  const bytes = readFileSync(join(dir, path));
  const out: Item[] = [];
  const opts = { maxRecordBytes: 1 << 20, fields, ...(format && { format }) };
  for await (const item of readRecords(path, chunks(bytes, size), opts)) out.push(item);
  return out;
}

const pages = (items: Item[]) => items.filter((i): i is CrawlRecord => 'payload' in i);
const errors = (items: Item[]) => items.filter((i): i is CrawlError => 'error' in i);
const skips = (items: Item[]) => items.filter((i): i is CrawlSkip => 'skipped' in i);

describe('readRecords on the fixtures', () => {
  test('WET: the warcinfo is skipped, the 6 conversions come with url, date and language', async () => {
    const items = await read('good/news.warc.wet.gz');
    expect(skips(items)).toEqual([{ skipped: 'WARC warcinfo record' }]);
    const p = pages(items);
    expect(p.map((r) => r.source.record)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(p.map((r) => r.source.lang)).toEqual(['fr', 'ar', 'en', 'fr', 'fr,en', 'fr']);
    expect(p[0]?.source.url).toBe('https://www.example.ma/fr/marche-0');
    expect(p[4]?.source.date).toBe('2025-01-15T08:00:00Z');
    expect(p[0]?.source.id).toMatch(/^<urn:uuid:/);
    expect(p.every((r) => r.payload.kind === 'utf8')).toBe(true);
  });
  test('the same records whatever the chunk size (1 byte, 7 bytes, whole file)', async () => {
    const whole = await read('good/news.warc.wet.gz', 1 << 20);
    for (const size of [1, 7]) expect(await read('good/news.warc.wet.gz', size)).toEqual(whole);
  });
  test('WARC: 7 responses (2 skipped by status or type later), requests, warcinfo and metadata skipped', async () => {
    const items = await read('good/news.warc.gz');
    expect(pages(items)).toHaveLength(7);
    expect(skips(items)).toHaveLength(9);
    expect(errors(items)).toEqual([]);
  });
  test('JSONL: html and text fields; a blank line is no record', async () => {
    const p = pages(await read('good/pages.jsonl'));
    expect(p.map((r) => r.pageFormat)).toEqual(['html', 'text', 'text']);
    expect(p[1]?.source).toEqual({
      file: 'good/pages.jsonl',
      record: 2,
      url: 'https://www.example.ma/fr/j-1',
      date: '2025-02-07',
      lang: 'fr',
    });
    expect(p[2]?.source.id).toBe('j-2');
    const more = await read('good/more.jsonl.gz');
    expect(more).toHaveLength(1);
  });
  test('a plain file is one record; --format text reads a JSONL file as one text', async () => {
    expect(pages(await read('good/page.txt'))).toHaveLength(1);
    expect(pages(await read('good/page2.txt.gz'))).toHaveLength(1);
    const asText = pages(await read('good/pages.jsonl', 1 << 16, 'text'));
    expect(asText).toHaveLength(1);
    expect(asText[0]?.pageFormat).toBe('text');
  });
  test('a truncated gzip member: the whole members before it, then one fatal error', async () => {
    const items = await read('bad/truncated.warc.wet.gz');
    expect(pages(items)).toHaveLength(2);
    expect(errors(items)).toEqual([
      {
        source: { file: 'bad/truncated.warc.wet.gz', record: 3 },
        error: 'truncated gzip data (the file ends inside a gzip member)',
        fatal: true,
      },
    ]);
  });
  test('a Content-Length that lies, garbage after a record, corrupt gzip: fatal errors', async () => {
    const short = await read('bad/short-length.warc');
    expect(pages(short)).toHaveLength(1);
    expect(errors(short).map((e) => [e.error, e.fatal])).toEqual([
      ['a WARC block longer than its Content-Length', true],
    ]);
    const garbage = await read('bad/garbage-after.warc');
    expect(pages(garbage)).toHaveLength(1);
    expect(errors(garbage)[0]?.error).toMatch(/^expected a WARC version line/);
    const corrupt = await read('bad/corrupt.txt.gz');
    expect(pages(corrupt)).toHaveLength(0);
    expect(errors(corrupt)[0]?.error).toMatch(/^corrupt gzip data/);
  });
  test('bad JSONL lines are errors of their own and reading goes on', async () => {
    const items = await read('bad/bad.jsonl');
    expect(pages(items)).toHaveLength(1);
    expect(errors(items).map((e) => [e.source.record, e.fatal])).toEqual([
      [2, false],
      [3, false],
      [4, false],
    ]);
  });
  test('a record over the size limit is an error line, and the next record is still read', async () => {
    const big = wetConversion('https://x.example/big', 'x'.repeat(5000));
    const small = wetConversion('https://x.example/small', frenchText(1));
    const out: Item[] = [];
    for await (const item of readRecords('-', chunks(Buffer.concat([big, small]), 333), {
      maxRecordBytes: 4096,
      fields,
    }))
      out.push(item);
    expect(errors(out).map((e) => e.error)).toEqual([
      'a record larger than the limit (5000 bytes)',
    ]);
    expect(pages(out).map((p) => p.source.url)).toEqual(['https://x.example/small']);
  });
});

test('a JSONL line over the size limit is an error line, and the next line is still read', async () => {
  const lines = [
    JSON.stringify({ url: 'https://x.example/big', text: 'x'.repeat(5000) }),
    JSON.stringify({ url: 'https://x.example/small', text: frenchText(2) }),
  ].join('\n');
  const out: Item[] = [];
  for await (const item of readRecords('-', chunks(Buffer.from(lines), 333), {
    maxRecordBytes: 4096,
    fields,
  }))
    out.push(item);
  expect(errors(out).map((e) => [e.source.record, e.error, e.fatal])).toEqual([
    [1, 'a line longer than 4096 bytes', false],
  ]);
  expect(pages(out).map((p) => [p.source.record, p.source.url])).toEqual([
    [2, 'https://x.example/small'],
  ]);
});

describe('gzip', () => {
  test('every member of a multi-member file is read', async () => {
    const members = gzipMembers(['one ', 'two ', 'three'].map((s) => new TextEncoder().encode(s)));
    let text = '';
    for await (const c of maybeGunzip(chunks(members, 5))) text += Buffer.from(c).toString();
    expect(text).toBe('one two three');
  });
  test('bytes that are not gzip pass through', async () => {
    let text = '';
    for await (const c of maybeGunzip(chunks(new TextEncoder().encode('plain'), 1)))
      text += Buffer.from(c).toString();
    expect(text).toBe('plain');
  });
});

describe('WARC framing', () => {
  test('a header without Content-Length is an error', async () => {
    const bytes = new TextEncoder().encode('WARC/1.1\r\nWARC-Type: conversion\r\n\r\nabc\r\n\r\n');
    const reader = new ByteReader(chunks(bytes, 4));
    await expect(async () => {
      for await (const _ of readWarc(reader, 1000)) {
        /* drain */
      }
    }).rejects.toThrow(/without a valid Content-Length/);
  });
  test('a file that ends inside a block is an error, not a short record', async () => {
    const rec = warcRecord({ 'WARC-Type': 'conversion' }, 'hello world');
    const reader = new ByteReader(chunks(rec.subarray(0, rec.length - 8), 3));
    await expect(async () => {
      for await (const _ of readWarc(reader, 1000)) {
        /* drain */
      }
    }).rejects.toThrow(/ends inside a record/);
  });
});

describe('HTTP payloads', () => {
  const html = '<html><body><p>Café à Fès</p></body></html>';
  const body = (r: { body: Uint8Array }) => new TextDecoder().decode(r.body);
  test('plain, chunked, gzip, deflate (zlib and raw) and brotli bodies', () => {
    expect(body(parseHttpResponse(httpResponse(html)))).toBe(html);
    expect(body(parseHttpResponse(httpResponse(html, { chunked: true })))).toBe(html);
    expect(body(parseHttpResponse(httpResponse(html, { encoding: 'gzip', chunked: true })))).toBe(
      html,
    );
    expect(body(parseHttpResponse(httpResponse(html, { encoding: 'deflate' })))).toBe(html);
    expect(body(parseHttpResponse(httpResponse(html, { encoding: 'br' })))).toBe(html);
    const raw = Buffer.concat([
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n'),
      deflateRawSync(html),
    ]);
    expect(body(parseHttpResponse(raw))).toBe(html);
  });
  test('status and Content-Type are returned', () => {
    const r = parseHttpResponse(
      httpResponse(html, { status: 301, contentType: 'text/html; charset=iso-8859-1' }),
    );
    expect(r.status).toBe(301);
    expect(r.contentType).toBe('text/html; charset=iso-8859-1');
  });
  test('broken payloads are named', () => {
    expect(() => parseHttpResponse(Buffer.from('no header end'))).toThrow(/without the blank line/);
    expect(() => parseHttpResponse(Buffer.from('SMTP 200\r\n\r\nx'))).toThrow(
      /not an HTTP status line/,
    );
    expect(() => dechunk(Buffer.from('zz\r\nabc'))).toThrow(/bad chunk size/);
    expect(() => dechunk(Buffer.from('10\r\nabc'))).toThrow(/cut inside a chunk/);
    const badGzip = Buffer.concat([
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n'),
      gzipSync(html).subarray(0, 20),
    ]);
    expect(() => parseHttpResponse(badGzip)).toThrow(/gzip body that does not decode/);
    const unknown = Buffer.from('HTTP/1.1 200 OK\r\nContent-Encoding: zstd\r\n\r\nxx');
    expect(() => parseHttpResponse(unknown)).toThrow(/unknown content coding "zstd"/);
  });
});

describe('format sniffing, languages, inputs', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  test('formats from the first bytes', () => {
    expect(sniffFormat(enc('WARC/1.0\r\n'))).toBe('warc');
    expect(sniffFormat(enc('\n{"url":'))).toBe('jsonl');
    expect(sniffFormat(enc('\ufeff<!doctype html>'))).toBe('html');
    expect(sniffFormat(enc('Titre\nPublié dans'))).toBe('text');
  });
  test('crawl language codes become BCP 47 tags', () => {
    expect(normaliseLangs('fra,eng')).toEqual(['fr', 'en']);
    expect(normaliseLangs('ara')).toEqual(['ar']);
    expect(normaliseLangs('fr-FR, ar')).toEqual(['fr', 'ar']);
    expect(normaliseLangs(undefined)).toEqual([]);
  });
  test('directories are walked sorted, globs expanded, unmatched ones reported', () => {
    const { files, unmatched } = expandInputs([
      join(dir, 'good'),
      join(dir, 'bad', '*.jsonl'),
      join(dir, 'none-*.warc'),
    ]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      'good/more.jsonl.gz',
      'good/news.warc.gz',
      'good/news.warc.wet.gz',
      'good/page-win.html',
      'good/page.txt',
      'good/page2.txt.gz',
      'good/pages.jsonl',
      'bad/bad.jsonl',
    ]);
    expect(unmatched).toEqual([join(dir, 'none-*.warc')]);
    expect(glob(join(dir, '**', '*.wet.gz')).map((f) => f.slice(dir.length + 1))).toEqual([
      'bad/truncated.warc.wet.gz',
      'good/news.warc.wet.gz',
    ]);
  });
});
