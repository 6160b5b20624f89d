/**
 * Runs parseArticle and Readability.js (with linkedom) side by side on the
 * HTML benchmarks of `../shared/corpus/html`, each scored with its own metric,
 * and prints both with pages per second from the same run.
 *
 *   npm run eval:html
 *   npm run eval:html -- --only=scrapinghub,trafilatura,htmldate,readability
 *   npm run eval:html -- --no-readability --worst=10   # depeche only, list its worst pages
 *   npm run eval:html -- --split=tune      # tune | check | all (default): a fixed split of each set
 *   npm run eval:html -- --dump=out.jsonl  # one line per page: set, id, split, score, what depeche gave
 *   npm run eval:html -- --ci              # a 95 % bootstrap interval over pages under depeche's F1 rows
 *   DEPECHE_CORPUS=/data/corpus npm run eval:html
 *
 * The trafilatura set also prints a row for its French pages (`pageLang`: the
 * page's declared language, else a `.fr` or `/fr/` address), as the peer table
 * of issue 14 does.
 *
 * `--split`: each page falls in "tune" (about two thirds) or "check" (one
 * third) by a hash of its key, the same on every run and machine. Rules are
 * tuned on "tune" and checked on "check", which they were never fitted to.
 */
import { writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseArticle } from '../src/article/parse-article.js';
import {
  countsF1,
  interval,
  intervalLabel,
  meanPrF1,
  type PageCounts,
  type PagePR,
} from './bootstrap.js';
import {
  corpusRoot,
  htmldate,
  type Page,
  pageLang,
  readabilityPages,
  scrapinghub,
  trafilatura,
} from './html-corpus.js';
import { dayOf, f1, sameByline, sameTitle, segmentCounts, shinglePR } from './html-metrics.js';
import { type Split, splitOf } from './html-split.js';

/** What each extractor gives for one page. */
interface Extracted {
  text: string;
  title?: string;
  authors: string[];
  date?: string;
  siteName?: string;
}

interface Extractor {
  name: string;
  run(html: string, url: string | undefined): Extracted;
  ms: number;
  pages: number;
}

const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const worst = Number(args.find((a) => a.startsWith('--worst='))?.slice(8) ?? 0);
const withReadability = !args.includes('--no-readability');
// `--ci`: a 95 % bootstrap interval over pages under each of depeche's F1 rows (bench/bootstrap.ts).
const withCi = args.includes('--ci');
const split = (args.find((a) => a.startsWith('--split='))?.slice(8) ?? 'all') as Split;
if (!['tune', 'check', 'all'].includes(split)) {
  console.error(`--split must be tune, check or all, not ${split}`);
  process.exit(2);
}
const dumpPath = args.find((a) => a.startsWith('--dump='))?.slice(7);
const dumpLines: string[] = [];
const dump = (set: string, page: Page<unknown>, score: number, info: string, out: Extracted) => {
  if (dumpPath)
    dumpLines.push(
      JSON.stringify({
        set,
        id: page.id,
        url: page.url,
        split: splitOf(page.id),
        score,
        info,
        out,
      }),
    );
};

const depeche: Extractor = {
  name: 'depeche',
  ms: 0,
  pages: 0,
  run(html, url) {
    const a = parseArticle(html, url ? { url, format: 'html' } : { format: 'html' });
    return {
      text: a.text,
      ...(a.title ? { title: a.title } : {}),
      authors: a.authors,
      ...(a.publishedAt ? { date: a.publishedAt } : {}),
      ...(a.site?.name && a.site.url !== undefined && a.site.name !== hostName(url)
        ? { siteName: a.site.name }
        : {}),
    };
  },
};

/** The host of `url`, to tell a site name read from the page from one made of the URL. */
function hostName(url: string | undefined): string | undefined {
  const m = /^[a-z]+:\/\/(?:www\.)?([^/?#:]+)/i.exec(url ?? '');
  return m?.[1]?.toLowerCase();
}

const readability: Extractor = {
  name: 'Readability',
  ms: 0,
  pages: 0,
  run(html) {
    try {
      const { document } = parseHTML(html);
      const r = new Readability(document as unknown as Document).parse();
      if (!r) return { text: '', authors: [] };
      return {
        text: r.textContent ?? '',
        ...(r.title ? { title: r.title } : {}),
        authors: r.byline ? [r.byline] : [],
        ...(r.publishedTime ? { date: r.publishedTime } : {}),
        ...(r.siteName ? { siteName: r.siteName } : {}),
      };
    } catch {
      return { text: '', authors: [] };
    }
  },
};

const extractors = withReadability ? [depeche, readability] : [depeche];

const want = (name: string): boolean => !only || only.includes(name);
const inSplit = <G>(pages: Array<Page<G>>): Array<Page<G>> =>
  split === 'all' ? pages : pages.filter((p) => splitOf(p.id) === split);
const sets = {
  scrapinghub: want('scrapinghub') ? inSplit(scrapinghub()) : [],
  trafilatura: want('trafilatura') ? inSplit(trafilatura()) : [],
  htmldate: want('htmldate') ? inSplit(htmldate()) : [],
  readability: want('readability') ? inSplit(readabilityPages()) : [],
};
const allPages: Array<Page<unknown>> = [
  ...sets.scrapinghub,
  ...sets.trafilatura,
  ...sets.htmldate,
  ...sets.readability,
];

// Each extractor runs over every page in its own pass, timed alone: the other's garbage
// collection does not land in its time. Scoring comes after.
const outputs = new Map<Extractor, Map<Page<unknown>, Extracted>>();
for (const x of extractors) {
  const byPage = new Map<Page<unknown>, Extracted>();
  const t0 = performance.now();
  for (const page of allPages) byPage.set(page, x.run(page.html, page.url));
  x.ms = performance.now() - t0;
  x.pages = allPages.length;
  outputs.set(x, byPage);
}

function timed(x: Extractor, page: Page<unknown>): Extracted {
  return outputs.get(x)?.get(page) ?? { text: '', authors: [] };
}
const rows: string[] = [];
const row = (label: string, values: number[]): void => {
  rows.push(`  ${label.padEnd(34)}${values.map((v) => v.toFixed(3).padStart(14)).join('')}`);
};

/** Precision, recall and F1 rows from each extractor's true positives, false positives and false negatives. */
function countRows(sums: ReadonlyArray<{ tp: number; fp: number; fn: number }>): void {
  const pr = sums.map((s) => ({
    p: s.tp / Math.max(1, s.tp + s.fp),
    r: s.tp / Math.max(1, s.tp + s.fn),
  }));
  row(
    'precision',
    pr.map((x) => x.p),
  );
  row(
    'recall',
    pr.map((x) => x.r),
  );
  row(
    'F1',
    pr.map((x) => f1(x.p, x.r)),
  );
}
/** Under depeche's F1 row, its 95 % interval over pages resampled (with `--ci`). */
function ciRow<T>(pages: readonly T[], stat: (sample: readonly T[]) => number): void {
  if (!withCi) return;
  const label = intervalLabel(...interval(pages, stat));
  if (label) rows.push(`  ${'95 % interval, depeche'.padEnd(34)}${label.padStart(14 + 8)}`);
}
const worstLines: string[] = [];
const noteWorst = (bench: string, scored: Array<{ id: string; score: number; info: string }>) => {
  if (worst <= 0) return;
  worstLines.push(`${bench}: worst ${worst} for depeche`);
  for (const s of [...scored].sort((a, b) => a.score - b.score).slice(0, worst))
    worstLines.push(`  ${s.score.toFixed(3)}  ${s.id}  ${s.info}`);
};

{
  const pages = sets.scrapinghub;
  if (pages.length > 0) {
    const sums = extractors.map(() => ({ p: 0, r: 0 }));
    const scored: Array<{ id: string; score: number; info: string }> = [];
    const perPage: PagePR[] = [];
    for (const page of pages) {
      extractors.forEach((x, i) => {
        const { p, r } = shinglePR(timed(x, page).text, page.gold);
        if (i === 0) perPage.push({ p, r });
        const s = sums[i];
        if (s) {
          s.p += p;
          s.r += r;
        }
        if (i === 0) {
          const info = `P ${p.toFixed(2)} R ${r.toFixed(2)} ${page.url ?? ''}`;
          scored.push({ id: page.id.slice(0, 12), score: f1(p, r), info });
          dump('scrapinghub', page, f1(p, r), info, timed(x, page));
        }
      });
    }
    const n = pages.length;
    rows.push(`ScrapingHub AEB (${n} pages), 4-gram shingles`);
    row(
      'precision',
      sums.map((s) => s.p / n),
    );
    row(
      'recall',
      sums.map((s) => s.r / n),
    );
    row(
      'F1',
      sums.map((s) => f1(s.p / n, s.r / n)),
    );
    ciRow(perPage, meanPrF1);
    noteWorst('ScrapingHub', scored);
  }
}

{
  const pages = sets.trafilatura;
  if (pages.length > 0) {
    const sums = extractors.map(() => ({ tp: 0, fn: 0, fp: 0 }));
    // The issue's peer table has a row for the set's French pages: the same counts over those alone.
    const frSums = extractors.map(() => ({ tp: 0, fn: 0, fp: 0 }));
    let frPages = 0;
    const scored: Array<{ id: string; score: number; info: string }> = [];
    const perPage: PageCounts[] = [];
    const frPerPage: PageCounts[] = [];
    for (const page of pages) {
      const french = pageLang(page) === 'fr';
      if (french) frPages++;
      extractors.forEach((x, i) => {
        const c = segmentCounts(timed(x, page).text, page.gold);
        if (i === 0) {
          perPage.push(c);
          if (french) frPerPage.push(c);
        }
        for (const s of french ? [sums[i], frSums[i]] : [sums[i]]) {
          if (!s) continue;
          s.tp += c.tp;
          s.fn += c.fn;
          s.fp += c.fp;
        }
        if (i === 0) {
          const info = `tp ${c.tp} fn ${c.fn} fp ${c.fp}`;
          scored.push({ id: page.id, score: c.tp - c.fn - c.fp, info });
          dump('trafilatura', page, c.tp - c.fn - c.fp, info, timed(x, page));
        }
      });
    }
    rows.push(`trafilatura (${pages.length} pages), segments`);
    countRows(sums);
    ciRow(perPage, countsF1);
    if (frPages > 0) {
      rows.push(`trafilatura, French pages (${frPages}; lang fr), segments`);
      countRows(frSums);
      ciRow(frPerPage, countsF1);
    }
    noteWorst('trafilatura', scored);
  }
}

{
  const pages = sets.htmldate;
  if (pages.length > 0) {
    const sums = extractors.map(() => ({ tp: 0, fp: 0, fn: 0 }));
    const scored: Array<{ id: string; score: number; info: string }> = [];
    const perPage: PageCounts[] = [];
    for (const page of pages) {
      extractors.forEach((x, i) => {
        const day = dayOf(timed(x, page).date);
        if (i === 0)
          perPage.push({
            tp: Number(day === page.gold),
            fp: Number(day !== undefined && day !== page.gold),
            fn: Number(!day),
          });
        const s = sums[i];
        if (s) {
          if (!day) s.fn++;
          else if (day === page.gold) s.tp++;
          else s.fp++;
        }
        if (i === 0) {
          const info = `got ${day ?? '-'} want ${page.gold} ${page.url ?? ''}`;
          const score = day === page.gold ? 1 : day ? -1 : 0;
          if (score < 1) scored.push({ id: page.id, score, info });
          dump('htmldate', page, score, info, timed(x, page));
        }
      });
    }
    rows.push(`htmldate (${pages.length} pages), publication day`);
    countRows(sums);
    ciRow(perPage, countsF1);
    noteWorst('htmldate', scored);
  }
}

{
  const pages = sets.readability;
  if (pages.length > 0) {
    const hits = extractors.map(() => ({ title: 0, byline: 0, date: 0, site: 0 }));
    // Date and site name are scored where Readability's gold has one (its null means "not found", not "none").
    const withDate = pages.filter((p) => dayOf(p.gold.publishedTime) !== undefined).length;
    const withSite = pages.filter((p) => (p.gold.siteName ?? '') !== '').length;
    const misses: string[] = [];
    for (const page of pages) {
      extractors.forEach((x, i) => {
        const out = timed(x, page);
        const h = hits[i];
        if (!h) return;
        const g = page.gold;
        const title = sameTitle(out.title, g.title);
        const byline = sameByline(out.authors, g.byline);
        const goldDay = dayOf(g.publishedTime);
        const date = goldDay === undefined || dayOf(out.date) === goldDay;
        const site = (g.siteName ?? '') === '' || sameTitle(out.siteName, g.siteName);
        h.title += Number(title);
        h.byline += Number(byline);
        if (goldDay !== undefined) h.date += Number(date);
        if ((g.siteName ?? '') !== '') h.site += Number(site);
        if (i === 0 && worst > 0) {
          if (!title)
            misses.push(
              `  title   ${page.id}: got ${JSON.stringify(out.title)} want ${JSON.stringify(g.title)}`,
            );
          if (!byline)
            misses.push(
              `  byline  ${page.id}: got ${JSON.stringify(out.authors)} want ${JSON.stringify(g.byline)}`,
            );
          if (!date)
            misses.push(
              `  date    ${page.id}: got ${out.date ?? '-'} want ${g.publishedTime ?? '-'}`,
            );
          if (!site)
            misses.push(
              `  site    ${page.id}: got ${JSON.stringify(out.siteName)} want ${JSON.stringify(g.siteName)}`,
            );
        }
      });
    }
    const n = pages.length;
    rows.push(`Readability test pages (${n} pages), share of fields right`);
    row(
      'title',
      hits.map((h) => h.title / n),
    );
    row(
      'byline',
      hits.map((h) => h.byline / n),
    );
    row(
      `date (${withDate} pages with one)`,
      hits.map((h) => h.date / withDate),
    );
    row(
      `site name (${withSite} pages with one)`,
      hits.map((h) => h.site / withSite),
    );
    if (misses.length > 0) worstLines.push('Readability pages: depeche misses', ...misses);
  }
}

console.log(`eval:html — ${corpusRoot}/html, split ${split}`);
console.log(`  ${''.padEnd(34)}${extractors.map((x) => x.name.padStart(14)).join('')}`);
for (const r of rows) console.log(r);
const speeds = extractors.map((x) => (x.ms === 0 ? 0 : (x.pages * 1000) / x.ms));
console.log(
  `  ${`pages/s (${depeche.pages} pages, one pass each)`.padEnd(34)}${speeds.map((s) => s.toFixed(1).padStart(14)).join('')}`,
);
if (speeds.length > 1 && (speeds[1] ?? 0) > 0)
  console.log(
    `  depeche is ${((speeds[0] ?? 0) / (speeds[1] ?? 1)).toFixed(1)}× Readability's pages/s`,
  );
for (const l of worstLines) console.log(l);
if (dumpPath) writeFileSync(dumpPath, `${dumpLines.join('\n')}\n`);
