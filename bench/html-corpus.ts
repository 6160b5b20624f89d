/**
 * Reads the HTML benchmark pages of `../shared/corpus/html` (or
 * `$DEPECHE_CORPUS/html`): ScrapingHub's, trafilatura's and htmldate's pages
 * with their gold, and Readability's test pages with their expected metadata.
 * Pages are decoded with the library's own `decodeHtml`, so both extractors
 * get the same string.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../src/input/decode.js';

/** The corpus folder holding `html/`. */
export const corpusRoot = resolve(
  process.env.DEPECHE_CORPUS ?? join(import.meta.dirname, '../../shared/corpus'),
);
const html = join(corpusRoot, 'html');

/** A benchmark page, decoded, with its gold. */
export interface Page<G> {
  id: string;
  url?: string;
  html: string;
  gold: G;
}

function readPage(path: string): string {
  const raw = readFileSync(path);
  return decodeHtml(path.endsWith('.gz') ? gunzipSync(raw) : raw);
}

/** Readability's test harness reads its pages as UTF-8, whatever they declare: so does this one. */
function readUtf8(path: string): string {
  return readFileSync(path, 'utf8');
}

function firstExisting(dir: string, subdirs: string[], file: string): string | undefined {
  for (const sub of subdirs)
    for (const name of [file, `${file}.gz`]) {
      const p = join(dir, sub, name);
      if (existsSync(p)) return p;
    }
  return undefined;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** ScrapingHub article-extraction benchmark: gold body text. */
export function scrapinghub(): Array<Page<string>> {
  const dir = join(html, 'scrapinghub-aeb');
  if (!existsSync(dir)) return [];
  const gold = readJson<Record<string, { articleBody: string; url: string }>>(
    join(dir, 'ground-truth.json'),
  );
  return Object.entries(gold).flatMap(([id, g]) => {
    const p = firstExisting(dir, ['html'], `${id}.html`);
    return p ? [{ id, url: g.url, html: readPage(p), gold: g.articleBody }] : [];
  });
}

/** trafilatura's evaluation: segments that must and must not be in the text. */
export interface TrafGold {
  with: string[];
  without: string[];
}

/** trafilatura's evaluation pages. */
export function trafilatura(): Array<Page<TrafGold>> {
  const dir = join(html, 'trafilatura');
  if (!existsSync(dir)) return [];
  const gold = readJson<Record<string, { file: string } & TrafGold>>(join(dir, 'evaldata.json'));
  return Object.entries(gold).flatMap(([url, g]) => {
    const p = firstExisting(dir, ['cache', 'eval'], g.file);
    return p
      ? [{ id: g.file, url, html: readPage(p), gold: { with: g.with, without: g.without } }]
      : [];
  });
}

/** htmldate's evaluation pages: the gold publication day. */
export function htmldate(): Array<Page<string>> {
  const dir = join(html, 'htmldate');
  if (!existsSync(dir)) return [];
  const out: Array<Page<string>> = [];
  for (const set of ['eval_default.json', 'eval_mediacloud_2020.json']) {
    if (!existsSync(join(dir, set))) continue;
    const gold = readJson<Record<string, { file: string; date: string }>>(join(dir, set));
    for (const [url, g] of Object.entries(gold)) {
      const p = firstExisting(dir, ['test_set', 'cache', 'eval'], g.file);
      if (p) out.push({ id: g.file, url, html: readPage(p), gold: g.date });
    }
  }
  return out;
}

/**
 * A page's declared language, two letters, lower case: `<html lang>`, else a
 * `content-language` or `og:locale` meta, else `fr` for an address on `.fr`
 * or under `/fr/`. Read from the page and its address, never from an
 * extractor's output, so every extractor is scored on the same pages.
 */
export function pageLang(page: Page<unknown>): string | undefined {
  const head = page.html.slice(0, 20_000);
  const declared =
    /<html\b[^>]*?\blang\s*=\s*["']?([a-z]{2})\b/i.exec(head)?.[1] ??
    /<meta\b[^>]*?content-language["'][^>]*?content\s*=\s*["']([a-z]{2})\b/i.exec(head)?.[1] ??
    /<meta\b[^>]*?og:locale["'][^>]*?content\s*=\s*["']([a-z]{2})\b/i.exec(head)?.[1];
  if (declared) return declared.toLowerCase();
  return /\.fr(?:[/:?#]|$)|\/fr\//i.test(page.url ?? '') ? 'fr' : undefined;
}

/** Readability's expected metadata for one of its test pages. */
export interface ReadabilityMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

/** Readability's own test pages (source.html and expected-metadata.json). */
export function readabilityPages(): Array<Page<ReadabilityMeta>> {
  const dir = join(html, 'mozilla-readability/test/test-pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const src = join(dir, name, 'source.html');
      const meta = join(dir, name, 'expected-metadata.json');
      if (!existsSync(src) || !existsSync(meta)) return [];
      return [{ id: name, html: readUtf8(src), gold: readJson<ReadabilityMeta>(meta) }];
    });
}
