/**
 * Scores parseArticle on the benchmark pages rendered to crawler text
 * (`../shared/corpus/textified`: Chromium `innerText`, `w3m -dump`,
 * `lynx -dump`), each data set with its own metric, beside two baselines (the
 * lines with at least 12 words or ending like a sentence; the whole text) and
 * parseArticle on the same pages' HTML. Title accuracy on Readability's test
 * pages as text, and on the other pages against the title read from their
 * HTML (silver). Characters per second of the text path per renderer.
 *
 * Pages are split once and for all into `tune` (two in three) and `check` (one
 * in three) by a hash of their key (bench/textified-corpus.ts): tune rules on
 * the first, read the second as the estimate for unseen pages.
 *
 *   npm run eval:text
 *   npm run eval:text -- --only=scrapinghub --renderer=lynx --split=tune --worst=10   # also every silver miss
 *   npm run eval:text -- --ci        # a 95 % bootstrap interval over the check pages under each row
 *   DEPECHE_CORPUS=/data/corpus npm run eval:text
 */
import { existsSync } from 'node:fs';
import { parseArticle } from '../src/article/parse-article.js';
import { interval, intervalLabel } from './bootstrap.js';
import { readabilityPages, scrapinghub, trafilatura } from './html-corpus.js';
import {
  dayOf,
  f1,
  norm,
  sameByline,
  sameTitle,
  segmentCounts,
  shinglePR,
} from './html-metrics.js';
import {
  RENDERERS,
  type Renderer,
  splitOf,
  type TextPage,
  type TextSet,
  textifiedRoot,
  textPages,
} from './textified-corpus.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined =>
  args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = opt('only')?.split(',');
const renderers = (opt('renderer')?.split(',') ?? [...RENDERERS]) as Renderer[];
const splitWanted = opt('split') ?? 'all';
const worst = Number(opt('worst') ?? 0);
const withHtml = !args.includes('--no-html');
// `--ci`: under each renderer's row, a 95 % bootstrap interval over the check pages (bench/bootstrap.ts).
const withCi = args.includes('--ci');

if (!existsSync(textifiedRoot)) {
  console.error(
    `eval:text: no textified corpus at ${textifiedRoot}.\nSet DEPECHE_CORPUS to the folder holding textified/ and html/.`,
  );
  process.exit(2);
}

const inSplit = (key: string): boolean => splitWanted === 'all' || splitOf(key) === splitWanted;
const wantSet = (s: TextSet): boolean => !only || only.includes(s);

/** The lines baseline: lines with at least 12 words, or ending like a sentence. */
function linesBaseline(text: string): string {
  return text
    .split('\n')
    .filter((line) => {
      const t = line.trim();
      return t.split(/\s+/).length >= 12 || /[.!?…]$/.test(t);
    })
    .join('\n');
}

interface Scorer<G> {
  gold: Map<string, G>;
  html: Map<string, { html: string; url?: string }>;
  /** Adds one page's prediction to a running total; returns the page's own score and a note. */
  add(total: number[], pred: string, gold: G): { score: number; info: string };
  /** The figure from the running total. */
  figure(total: number[], pages: number): number;
  width: number;
}

const shScorer = (): Scorer<string> => {
  const pages = scrapinghub();
  return {
    gold: new Map(pages.map((p) => [p.id, p.gold])),
    html: new Map(pages.map((p) => [p.id, { html: p.html, ...(p.url ? { url: p.url } : {}) }])),
    width: 2,
    add(total, pred, gold) {
      const { p, r } = shinglePR(pred, gold);
      total[0] = (total[0] ?? 0) + p;
      total[1] = (total[1] ?? 0) + r;
      return { score: f1(p, r), info: `P ${p.toFixed(2)} R ${r.toFixed(2)}` };
    },
    figure: (t, n) => (n === 0 ? 0 : f1((t[0] ?? 0) / n, (t[1] ?? 0) / n)),
  };
};

const trafScorer = (): Scorer<{ with: string[]; without: string[] }> => {
  const pages = trafilatura();
  return {
    gold: new Map(pages.map((p) => [p.id, p.gold])),
    html: new Map(pages.map((p) => [p.id, { html: p.html, ...(p.url ? { url: p.url } : {}) }])),
    width: 3,
    add(total, pred, gold) {
      const c = segmentCounts(pred, gold);
      total[0] = (total[0] ?? 0) + c.tp;
      total[1] = (total[1] ?? 0) + c.fp;
      total[2] = (total[2] ?? 0) + c.fn;
      const score = (2 * c.tp) / Math.max(1, 2 * c.tp + c.fp + c.fn);
      return { score, info: `tp ${c.tp} fp ${c.fp} fn ${c.fn}` };
    },
    figure: (t) => {
      const tp = t[0] ?? 0;
      return (2 * tp) / Math.max(1, 2 * tp + (t[1] ?? 0) + (t[2] ?? 0));
    },
  };
};

const rows: string[] = [];
const worstLines: string[] = [];

/**
 * Silver fields: what depeche reads on the same page's HTML (title, authors,
 * publication day) taken as the answer for its text, over ScrapingHub and
 * trafilatura pages. A title counts where the text prints it as a line of its
 * own, authors where every name is in the text; the day wherever the HTML
 * gives one (the text may not print it). Each page: same, another answer
 * (`wrong`), or none.
 */
interface HtmlFields {
  title?: string;
  authors: string[];
  day?: string;
}
const htmlFields = new Map<string, HtmlFields>();
const SILVER_FIELDS = ['title', 'authors', 'day'] as const;
type SilverField = (typeof SILVER_FIELDS)[number];
const silver = new Map<SilverField, Map<Renderer, Record<string, number>>>();
/** With `--worst`, every silver field a page reads wrong or not at all. */
const silverMisses: string[] = [];

function htmlFieldsOf(key: string, h: { html: string; url?: string } | undefined): HtmlFields {
  let f = htmlFields.get(key);
  if (!f) {
    const out = h
      ? parseArticle(h.html, h.url ? { url: h.url, format: 'html' } : { format: 'html' })
      : undefined;
    f = { authors: out?.authors ?? [] };
    if (out?.title) f.title = out.title;
    const day = dayOf(out?.publishedAt);
    if (day) f.day = day;
    htmlFields.set(key, f);
  }
  return f;
}

/** The verdict on one field of one page, or undefined when the page does not count for it. */
function silverVerdict(
  field: SilverField,
  page: TextPage,
  a: ReturnType<typeof parseArticle>,
  want: HtmlFields,
): 'ok' | 'wrong' | 'none' | undefined {
  if (field === 'title') {
    if (!want.title) return undefined;
    const wanted = norm(want.title);
    if (!page.text.split('\n').some((l) => norm(l) === wanted)) return undefined;
    return sameTitle(a.title, want.title) ? 'ok' : a.title ? 'wrong' : 'none';
  }
  if (field === 'authors') {
    const text = norm(page.text);
    const names = want.authors.map(norm);
    if (names.length === 0 || !names.every((n) => text.includes(n))) return undefined;
    const got = a.authors.map(norm);
    if (got.length === 0) return 'none';
    return names.every((n) => got.some((g) => g.includes(n) || n.includes(g))) ? 'ok' : 'wrong';
  }
  if (!want.day) return undefined;
  const got = dayOf(a.publishedAt);
  return got === undefined ? 'none' : got === want.day ? 'ok' : 'wrong';
}

function addSilver(
  renderer: Renderer,
  page: TextPage,
  a: ReturnType<typeof parseArticle>,
  want: HtmlFields,
): void {
  const part = splitOf(page.key);
  for (const field of SILVER_FIELDS) {
    const verdict = silverVerdict(field, page, a, want);
    if (!verdict) continue;
    if (verdict !== 'ok' && worst > 0) {
      const got =
        field === 'title' ? a.title : field === 'authors' ? a.authors.join(', ') : a.publishedAt;
      const wanted =
        field === 'title' ? want.title : field === 'authors' ? want.authors.join(', ') : want.day;
      silverMisses.push(
        `  silver ${field} / ${renderer} / ${part}: ${page.key.slice(0, 40)}: got ${JSON.stringify(got)} want ${JSON.stringify(wanted)}`,
      );
    }
    const byRenderer = silver.get(field) ?? new Map<Renderer, Record<string, number>>();
    const t = byRenderer.get(renderer) ?? {};
    for (const k of ['n', `n-${part}`, verdict, `${verdict}-${part}`]) t[k] = (t[k] ?? 0) + 1;
    byRenderer.set(renderer, t);
    silver.set(field, byRenderer);
  }
}
const speed: Array<{ renderer: Renderer; chars: number; ms: number }> = [];
const header = `  ${'renderer'.padEnd(10)}${['pages', 'depeche', 'tune', 'check', 'lines', 'whole', 'HTML'].map((h) => h.padStart(9)).join('')}`;

function runBody<G>(set: TextSet, scorer: Scorer<G>): void {
  rows.push(`${set} — ${set === 'scrapinghub' ? '4-gram shingle F1' : 'segment F1'}`);
  rows.push(header);
  let htmlFigure: number | undefined;
  for (const renderer of renderers) {
    const pages = textPages(renderer, set).filter((p) => scorer.gold.has(p.key) && inSplit(p.key));
    if (pages.length === 0) continue;
    const totals = { all: [] as number[], tune: [] as number[], check: [] as number[] };
    const counts = { all: 0, tune: 0, check: 0 };
    const lines: number[] = [];
    const whole: number[] = [];
    const html: number[] = [];
    const scored: Array<{ key: string; score: number; info: string }> = [];
    // Each check page's own total, for the interval.
    const checkPages: number[][] = [];
    let chars = 0;
    let ms = 0;
    for (const page of pages) {
      const gold = scorer.gold.get(page.key) as G;
      const t0 = performance.now();
      const a = parseArticle(page.text, page.url ? { url: page.url } : {});
      ms += performance.now() - t0;
      chars += page.text.length;
      const part = splitOf(page.key);
      const s = scorer.add(totals.all, a.text, gold);
      scorer.add(totals[part], a.text, gold);
      if (withCi && part === 'check') {
        const own: number[] = [];
        scorer.add(own, a.text, gold);
        checkPages.push(own);
      }
      counts.all++;
      counts[part]++;
      scored.push({ key: page.key, score: s.score, info: `${s.info} ${page.url ?? ''}` });
      if (withHtml) addSilver(renderer, page, a, htmlFieldsOf(page.key, scorer.html.get(page.key)));
      scorer.add(lines, linesBaseline(page.text), gold);
      scorer.add(whole, page.text, gold);
      if (withHtml && htmlFigure === undefined) {
        const h = scorer.html.get(page.key);
        if (h) {
          const out = parseArticle(
            h.html,
            h.url ? { url: h.url, format: 'html' } : { format: 'html' },
          );
          scorer.add(html, out.text, gold);
        }
      }
    }
    if (withHtml && htmlFigure === undefined) htmlFigure = scorer.figure(html, counts.all);
    speed.push({ renderer, chars, ms });
    const cells = [
      scorer.figure(totals.all, counts.all),
      scorer.figure(totals.tune, counts.tune),
      scorer.figure(totals.check, counts.check),
      scorer.figure(lines, counts.all),
      scorer.figure(whole, counts.all),
      htmlFigure ?? Number.NaN,
    ];
    rows.push(
      `  ${renderer.padEnd(10)}${String(counts.all).padStart(9)}${cells.map((v) => (Number.isNaN(v) ? '–' : v.toFixed(3)).padStart(9)).join('')}`,
    );
    if (withCi) {
      const sum = (sample: readonly number[][]): number[] => {
        const t: number[] = [];
        for (const own of sample)
          for (let i = 0; i < own.length; i++) t[i] = (t[i] ?? 0) + (own[i] ?? 0);
        return t;
      };
      const label = intervalLabel(
        ...interval(checkPages, (sample) => scorer.figure(sum(sample), sample.length)),
      );
      if (label) rows.push(`  ${''.padEnd(10)}check's 95 % interval over pages ${label}`);
    }
    if (worst > 0) {
      worstLines.push(`${set} / ${renderer}: worst ${worst}`);
      for (const s of scored.sort((x, y) => x.score - y.score).slice(0, worst))
        worstLines.push(`  ${s.score.toFixed(3)}  ${s.key.slice(0, 40)}  ${s.info}`);
    }
  }
}

if (wantSet('scrapinghub')) runBody('scrapinghub', shScorer());
if (wantSet('trafilatura')) runBody('trafilatura', trafScorer());

/** What each silver row compares, for its heading. */
const SILVER_HEADINGS: Record<SilverField, string> = {
  title: "the title depeche reads on the page's HTML, where the text prints it as a line",
  authors: "the authors depeche reads on the page's HTML, where the text prints every name",
  day: "the publication day depeche reads on the page's HTML",
};
for (const [field, byRenderer] of silver) {
  rows.push(`silver ${field} — ${SILVER_HEADINGS[field]} (ScrapingHub and trafilatura pages)`);
  rows.push(
    `  ${'renderer'.padEnd(10)}${['pages', 'depeche', 'tune', 'check', 'wrong', 'none'].map((h) => h.padStart(9)).join('')}`,
  );
  for (const [renderer, t] of byRenderer) {
    const share = (ok: number | undefined, n: number | undefined) => (n ? (ok ?? 0) / n : 0);
    const cells = [
      share(t.ok, t.n).toFixed(3),
      share(t['ok-tune'], t['n-tune']).toFixed(3),
      share(t['ok-check'], t['n-check']).toFixed(3),
      String(t.wrong ?? 0),
      String(t.none ?? 0),
    ];
    rows.push(
      `  ${renderer.padEnd(10)}${String(t.n ?? 0).padStart(9)}${cells.map((c) => c.padStart(9)).join('')}`,
    );
  }
}

if (wantSet('readability')) {
  const gold = new Map(readabilityPages().map((p) => [p.id, p]));
  type Gold = NonNullable<ReturnType<typeof gold.get>>;
  // Fields scored on Readability's pages: the title, and the byline (an empty gold byline wants none).
  const fields: Array<{
    name: string;
    /** Pages the field is scored on (default: all). */
    applies?: (g: Gold) => boolean;
    ok: (a: ReturnType<typeof parseArticle>, g: Gold) => boolean;
    show: (a: ReturnType<typeof parseArticle>, g: Gold) => string;
  }> = [
    {
      name: 'title',
      ok: (a, g) => sameTitle(a.title, g.gold.title),
      show: (a, g) => `got ${JSON.stringify(a.title)} want ${JSON.stringify(g.gold.title)}`,
    },
    {
      name: 'byline',
      ok: (a, g) => sameByline(a.authors, g.gold.byline),
      show: (a, g) => `got ${JSON.stringify(a.authors)} want ${JSON.stringify(g.gold.byline)}`,
    },
    {
      name: 'publication day (pages with one in the gold)',
      applies: (g) => dayOf(g.gold.publishedTime) !== undefined,
      ok: (a, g) => dayOf(a.publishedAt) === dayOf(g.gold.publishedTime),
      show: (a, g) =>
        `got ${JSON.stringify(a.publishedAt)} want ${JSON.stringify(g.gold.publishedTime)}`,
    },
  ];
  for (const field of fields) {
    rows.push(`readability — ${field.name} right (share of pages)`);
    rows.push(
      `  ${'renderer'.padEnd(10)}${['pages', 'depeche', 'tune', 'check', 'HTML'].map((h) => h.padStart(9)).join('')}`,
    );
    let htmlShare: number | undefined;
    for (const renderer of renderers) {
      const pages: TextPage[] = textPages(renderer, 'readability').filter((p) => {
        const g = gold.get(p.key);
        return g !== undefined && inSplit(p.key) && (field.applies?.(g) ?? true);
      });
      if (pages.length === 0) continue;
      const hit = { all: 0, tune: 0, check: 0 };
      const n = { all: 0, tune: 0, check: 0 };
      let htmlHit = 0;
      const misses: string[] = [];
      for (const page of pages) {
        const g = gold.get(page.key);
        if (!g) continue;
        const a = parseArticle(page.text);
        const ok = field.ok(a, g);
        const part = splitOf(page.key);
        n.all++;
        n[part]++;
        hit.all += Number(ok);
        hit[part] += Number(ok);
        if (!ok) misses.push(`  ${page.key}: ${field.show(a, g)}`);
        if (htmlShare === undefined)
          htmlHit += Number(field.ok(parseArticle(g.html, { format: 'html' }), g));
      }
      if (htmlShare === undefined) htmlShare = htmlHit / Math.max(1, n.all);
      const share = (k: 'all' | 'tune' | 'check') => (n[k] === 0 ? 0 : hit[k] / n[k]);
      rows.push(
        `  ${renderer.padEnd(10)}${String(n.all).padStart(9)}${[share('all'), share('tune'), share('check'), htmlShare].map((v) => v.toFixed(3).padStart(9)).join('')}`,
      );
      if (worst > 0)
        worstLines.push(
          `readability / ${renderer}: ${field.name} misses`,
          ...misses.slice(0, worst),
        );
    }
  }
}

console.log(`eval:text — ${textifiedRoot} (split: ${splitWanted})`);
for (const r of rows) console.log(r);
const byRenderer = new Map<Renderer, { chars: number; ms: number }>();
for (const s of speed) {
  const t = byRenderer.get(s.renderer) ?? { chars: 0, ms: 0 };
  t.chars += s.chars;
  t.ms += s.ms;
  byRenderer.set(s.renderer, t);
}
if (byRenderer.size > 0)
  console.log(
    `speed (first pass, not warmed up; npm run bench for steady figures): ${[...byRenderer]
      .map(([r, t]) => `${r} ${(t.chars / 1000 / Math.max(1, t.ms)).toFixed(1)} M chars/s`)
      .join(', ')}`,
  );
for (const l of worstLines) console.log(l);
for (const l of silverMisses) console.log(l);
