/**
 * Scores parseArticle and parseTicker on a folder of text dumps with gold JSON
 * beside them (`<name>.txt` + `<name>.gold.json`, the schema of the seed gold,
 * see test/fixtures/dumps/README.md), and prints per-field accuracy.
 *
 *   npm run eval:dumps                               # ../shared/corpus/dumps, else the seed
 *   npm run eval:dumps -- test/fixtures/dumps        # any folder, searched recursively
 *   npm run eval:dumps -- --verbose <folder…>        # also list every miss
 *   DEPECHE_CORPUS=/data/corpus npm run eval:dumps   # reads $DEPECHE_CORPUS/dumps
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle, parseTicker } from '../src/index.js';

interface Gold {
  url?: string;
  kind?: string;
  lang?: string;
  reference_date?: string | null;
  title?: string | null;
  source?: string | null;
  date?: string | null;
  authors?: string[];
  byline?: string | null;
  related?: string[];
  body_span_chars?: [number, number] | null;
  ticker?: string[];
  ticker_partial_tail?: string | null;
  boilerplate?: string[];
  items?: string[];
}

interface Tally {
  right: number;
  total: number;
}

const tallies = new Map<string, Tally>();
const misses: string[] = [];
let verbose = false;

function count(field: string, ok: boolean, what: () => string): void {
  const t = tallies.get(field) ?? { right: 0, total: 0 };
  t.total++;
  if (ok) t.right++;
  else misses.push(`${field}: ${what()}`);
  tallies.set(field, t);
}

const TOKEN = /[\p{L}\p{N}_]+/gu;
function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

/** Multiset F1 of two token lists. */
function tokenF1(pred: string[], gold: string[]): number {
  if (pred.length === 0 && gold.length === 0) return 1;
  const bag = new Map<string, number>();
  for (const t of gold) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of pred) {
    const n = bag.get(t) ?? 0;
    if (n > 0) {
      common++;
      bag.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / pred.length;
  const r = common / gold.length;
  return (2 * p * r) / (p + r);
}

function setF1(pred: string[], gold: string[]): { tp: number; fp: number; fn: number } {
  const left = [...gold];
  let tp = 0;
  for (const p of pred) {
    const at = left.indexOf(p);
    if (at >= 0) {
      tp++;
      left.splice(at, 1);
    }
  }
  return { tp, fp: pred.length - tp, fn: left.length };
}

const prf = {
  ticker: { tp: 0, fp: 0, fn: 0 },
  related: { tp: 0, fp: 0, fn: 0 },
  items: { tp: 0, fp: 0, fn: 0 },
};
const bodyScores: number[] = [];

function scoreOne(name: string, input: string, gold: Gold): void {
  const options: { url?: string; referenceDate?: string } = {};
  if (gold.url) options.url = gold.url;
  if (gold.reference_date) options.referenceDate = gold.reference_date;
  const a = parseArticle(input, options);
  const tag = (s: string) => `${name}: ${s}`;
  for (const field of ['title', 'source', 'date'] as const) {
    const want = gold[field] ?? null;
    const got =
      field === 'title'
        ? (a.title ?? null)
        : field === 'source'
          ? (a.source?.name ?? null)
          : (a.publishedAt?.slice(0, 10) ?? null);
    if (want !== null)
      count(`${field} exact (gold has one)`, got === want, () =>
        tag(`got ${JSON.stringify(got)} want ${JSON.stringify(want)}`),
      );
    else
      count(`${field} not invented (gold has none)`, got === null, () =>
        tag(`invented ${JSON.stringify(got)}`),
      );
  }
  const goldAuthors = gold.authors ?? (gold.byline ? [gold.byline] : []);
  count('authors exact', JSON.stringify(a.authors) === JSON.stringify(goldAuthors), () =>
    tag(`got ${JSON.stringify(a.authors)} want ${JSON.stringify(goldAuthors)}`),
  );
  if (gold.kind) {
    // Tag, search, archive and section pages are listings too (the gold says `tag` for the first).
    const want = gold.kind === 'listing' || gold.kind === 'tag' ? 'listing' : 'article';
    const got = a.kind === 'listing' ? 'listing' : 'article';
    count('article vs listing', got === want, () => tag(`got ${a.kind} want ${gold.kind}`));
  }
  if (gold.lang) count('lang', a.lang === gold.lang, () => tag(`got ${a.lang} want ${gold.lang}`));
  const rel = setF1(
    a.related.map((r) => r.title),
    gold.related ?? [],
  );
  prf.related.tp += rel.tp;
  prf.related.fp += rel.fp;
  prf.related.fn += rel.fn;
  if (rel.fp + rel.fn > 0)
    misses.push(
      `related: ${tag(`got ${JSON.stringify(a.related.map((r) => r.title))} want ${JSON.stringify(gold.related ?? [])}`)}`,
    );
  // A listing's teasers: their titles against the gold's, where the gold lists them (listing and tag pages).
  if (gold.items && gold.items.length > 0) {
    const got = (a.items ?? []).flatMap((i) => (i.title ? [i.title] : []));
    const items = setF1(got, gold.items);
    prf.items.tp += items.tp;
    prf.items.fp += items.fp;
    prf.items.fn += items.fn;
    if (items.fp + items.fn > 0)
      misses.push(`items: ${tag(`got ${JSON.stringify(got)} want ${JSON.stringify(gold.items)}`)}`);
  }
  if (gold.body_span_chars) {
    let goldBody = input.slice(gold.body_span_chars[0], gold.body_span_chars[1]);
    for (const s of [...(gold.related ?? []), ...(gold.boilerplate ?? [])])
      goldBody = goldBody.split(s).join(' ');
    const f = tokenF1(
      tokens(a.text),
      tokens(goldBody.replace(/Lire aussi|اقرأ أيضاً|اقرأ أيضا/gu, ' ')),
    );
    bodyScores.push(f);
    if (f < 0.9) misses.push(`body: ${tag(`token F1 ${f.toFixed(3)}`)}`);
  } else if (gold.kind !== 'listing') {
    count('body not invented (gold has none)', a.paragraphs.length === 0, () =>
      tag(`${a.paragraphs.length} paragraphs`),
    );
  }
  if (gold.ticker) {
    const items = parseTicker(input);
    // The headline the dump cuts off is scored on its own, against the gold's partial tail.
    const cut = items.find((t) => t.truncated);
    if (gold.ticker_partial_tail !== undefined || cut)
      count('ticker cut tail', (cut?.text ?? null) === (gold.ticker_partial_tail ?? null), () =>
        tag(
          `got ${JSON.stringify(cut?.text ?? null)} want ${JSON.stringify(gold.ticker_partial_tail ?? null)}`,
        ),
      );
    const got = items.filter((t) => !t.truncated).map((t) => t.text);
    const t = setF1(got, gold.ticker);
    prf.ticker.tp += t.tp;
    prf.ticker.fp += t.fp;
    prf.ticker.fn += t.fn;
    if (t.fp + t.fn > 0) misses.push(`ticker: ${tag(`${t.fp} extra, ${t.fn} missed`)}`);
  }
}

function goldFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) out.push(...goldFiles(path));
    else if (entry.endsWith('.gold.json')) out.push(path);
  }
  return out;
}

function f1(c: { tp: number; fp: number; fn: number }): string {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `F1 ${f.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}; tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
}

function main(): number {
  const args = process.argv.slice(2);
  verbose = args.includes('--verbose');
  const corpus = process.env.DEPECHE_CORPUS ?? resolve(process.cwd(), '../shared/corpus');
  let folders = args.filter((a) => !a.startsWith('--'));
  if (folders.length === 0) {
    const dumps = join(corpus, 'dumps');
    const seeds = resolve(corpus, '../seeds');
    folders = existsSync(dumps) ? [dumps] : existsSync(seeds) ? [seeds] : [];
    if (folders.length === 0) {
      console.error(
        `eval:dumps: no corpus found at ${dumps} (nor ${seeds}).\nPass folders of <name>.txt + <name>.gold.json, or set DEPECHE_CORPUS.`,
      );
      return 2;
    }
    if (!existsSync(dumps))
      console.log(`eval:dumps: ${dumps} is missing; scoring ${seeds} instead.`);
  }
  let pages = 0;
  for (const folder of folders) {
    if (!existsSync(folder)) {
      console.error(`eval:dumps: folder not found: ${folder}`);
      return 2;
    }
    for (const goldPath of goldFiles(folder)) {
      const textPath = goldPath.replace(/\.gold\.json$/, '.txt');
      if (!existsSync(textPath)) continue;
      scoreOne(
        textPath,
        readFileSync(textPath, 'utf8'),
        JSON.parse(readFileSync(goldPath, 'utf8')) as Gold,
      );
      pages++;
    }
  }
  console.log(`eval:dumps — ${pages} dumps from ${folders.join(', ')}`);
  for (const [field, t] of [...tallies].sort())
    console.log(`  ${field.padEnd(36)} ${(t.right / t.total).toFixed(3)}  (${t.right}/${t.total})`);
  const mean = bodyScores.length ? bodyScores.reduce((x, y) => x + y, 0) / bodyScores.length : 1;
  console.log(
    `  ${'body token F1 (mean over pages)'.padEnd(36)} ${mean.toFixed(3)}  (${bodyScores.length} pages)`,
  );
  console.log(`  ${'related'.padEnd(36)} ${f1(prf.related)}`);
  console.log(`  ${'ticker headlines'.padEnd(36)} ${f1(prf.ticker)}`);
  console.log(`  ${'listing items (titles)'.padEnd(36)} ${f1(prf.items)}`);
  if (verbose) for (const m of misses) console.log(`  - ${m}`);
  else if (misses.length) console.log(`  (${misses.length} misses; --verbose lists them)`);
  return 0;
}

process.exitCode = main();
