/**
 * The inputs every benchmark uses, built the same way in the main report and
 * in the child processes that time one size each: the text-dump fixtures
 * joined, the article texts extracted from them (for entities), and the HTML
 * pages (ScrapingHub's from the corpus when present, else the HTML fixtures);
 * and the library itself, from the build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type * as Depeche from '../src/index.js';

const here = import.meta.dirname;

/**
 * The library under measurement: the built package (`dist/`, what users run;
 * `npm run bench` builds it first), or the sources when `DEPECHE_BENCH_SRC=1`.
 * Timing the sources through tsx adds its module-loader overhead to every call.
 */
const entry = process.env.DEPECHE_BENCH_SRC ? '../src/index.js' : '../dist/index.js';
export const lib = (await import(entry)) as typeof Depeche;

/** The corpus folder (`$DEPECHE_CORPUS`, default `../shared/corpus`). */
export const corpus = resolve(process.env.DEPECHE_CORPUS ?? join(here, '../../shared/corpus'));

/** Files under `dir` (recursively, sorted) whose names end with `suffix`. */
export function files(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...files(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

/** The text-dump fixtures (layouts, aggregator pages and the bundled sample). */
export function dumpFixtures(): string[] {
  return [
    ...files(join(here, '../test/fixtures/dumps'), '.txt'),
    ...files(join(here, '../test/fixtures/aggregator'), '.txt'),
    join(here, '../samples/maghress-fr.txt'),
  ].map((p) => readFileSync(p, 'utf8'));
}

/** The dump fixtures joined into one text. */
export function dumpCorpus(dumps = dumpFixtures()): string {
  return dumps.join('\n\n\n');
}

/** The article texts depeche extracts from the dump fixtures, joined: the entities workload. */
export function entityCorpus(dumps = dumpFixtures()): string {
  return dumps
    .map((d) => lib.parseArticle(d).text)
    .filter((t) => t.length > 0)
    .join('\n\n');
}

/** ScrapingHub's pages from the corpus, or the HTML fixtures when the corpus is absent. */
export function htmlPages(): string[] {
  const dir = join(corpus, 'html', 'scrapinghub-aeb', 'html');
  const pages = files(dir, '.html.gz').map((p) => gunzipSync(readFileSync(p)).toString('utf8'));
  if (pages.length > 0) return pages;
  return files(join(here, '../test/fixtures/html'), '.html').map((p) => readFileSync(p, 'utf8'));
}

/**
 * The unit repeated for HTML growth: the hand-written article page of the
 * fixtures (5 kB). A corpus page (100 kB and more) would make every size below
 * it a prefix of one page, mostly `<head>`, cheaper per byte than the rest.
 */
export function htmlGrowthUnit(): string {
  return readFileSync(join(here, '../test/fixtures/html/article-basic.html'), 'utf8');
}

/** `unit` repeated and cut to `size` code units. */
export function repeatTo(unit: string, size: number): string {
  const n = Math.ceil(size / unit.length);
  return unit.repeat(n).slice(0, size);
}
