/**
 * Scores extractEntities against gold JSONL in the schema of
 * `../shared/corpus/ner/GUIDELINES.md`: exact span+type P/R/F1 per type and
 * overall, the value types alone (money, percent, date, quantity), lenient
 * (overlap + type) F1, value accuracy on exact matches, and acronym pairs;
 * then speed (MB/s of text over repeated runs) and, when `dist/entities.js`
 * exists, the entities module's size (min+gzip).
 *
 *   npm run eval:entities                          # the seed gold and the Arabic dev set in ../shared/corpus
 *   npm run eval:entities -- --split=tune          # the Arabic dev set: only the tuning passages (or --split=held)
 *   npm run eval:entities -- gold.jsonl dir/ …     # files, or folders of *.jsonl
 *   npm run eval:entities -- --verbose             # list every miss
 *   npm run eval:entities -- --no-speed --no-size
 *   DEPECHE_CORPUS=/data/corpus npm run eval:entities
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ExtractEntitiesOptions } from '../src/index.js';
import { extractEntities } from '../src/index.js';
import { AR_HELD } from './ner-ar-split.js';
import { type GoldRecord, TYPE_OF, valueMatches } from './ner-schema.js';

const VALUE_TYPES = new Set<string>(['money', 'percent', 'date', 'quantity']);

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function counts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function f1(c: Counts): number {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function prf(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1(c).toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

/** Files named on the command line; a folder stands for the `*.jsonl` files in it. */
function expand(paths: string[]): string[] {
  return paths.flatMap((p) =>
    existsSync(p) && statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  );
}

function readGold(path: string): GoldRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldRecord);
}

function optionsOf(rec: GoldRecord): ExtractEntitiesOptions | undefined {
  return rec.lang ? { lang: rec.lang } : undefined;
}

type Extract = typeof extractEntities;

/** Bundles `entry` with esbuild (as the package ships it): the code, or undefined when esbuild fails. */
async function bundle(entry: string, minify: boolean): Promise<Uint8Array | undefined> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify,
    format: 'esm',
    write: false,
    platform: 'neutral',
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.contents;
}

/**
 * MB/s of UTF-8 text over repeated runs of the whole set (at least 1 s and 3
 * runs), with `src/entities.ts` bundled by esbuild the way the package ships
 * it (running the TypeScript through tsx would measure tsx's module wrappers).
 */
async function speed(records: GoldRecord[]): Promise<string> {
  let run: Extract = extractEntities;
  let how = 'src through tsx';
  try {
    const code = await bundle(resolve(process.cwd(), 'src/entities.ts'), false);
    if (code) {
      const dir = mkdtempSync(join(tmpdir(), 'depeche-eval-'));
      const file = join(dir, 'entities.mjs');
      writeFileSync(file, code);
      const mod = (await import(pathToFileURL(file).href)) as { extractEntities: Extract };
      run = mod.extractEntities;
      how = 'src/entities.ts bundled by esbuild';
      rmSync(dir, { recursive: true, force: true });
    }
  } catch {
    // keep the tsx-loaded function
  }
  const bytes = records.reduce((s, r) => s + Buffer.byteLength(r.text, 'utf8'), 0);
  for (let k = 0; k < 3; k++) for (const r of records) run(r.text, optionsOf(r)); // warm-up
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (runs < 3 || elapsed < 1000) {
    for (const r of records) run(r.text, optionsOf(r));
    runs++;
    elapsed = performance.now() - t0;
  }
  const mbps = (bytes * runs) / 1e6 / (elapsed / 1000);
  return `speed ${mbps.toFixed(2)} MB/s (${(bytes / 1024).toFixed(1)} kB of text × ${runs} runs in ${(elapsed / 1000).toFixed(2)} s, ${how})`;
}

/** min+gzip size of the entities module: `dist/entities.js` when built, and `src/entities.ts` bundled now. */
async function size(): Promise<string[]> {
  const lines: string[] = [];
  const measure = async (entry: string, label: string): Promise<void> => {
    try {
      const code = await bundle(entry, true);
      if (!code) return;
      const gz = gzipSync(code, { level: 9 }).length;
      lines.push(
        `entities module (${label}, min+gzip) ${(gz / 1000).toFixed(1)} kB (min ${(code.length / 1000).toFixed(1)} kB)`,
      );
    } catch (err) {
      lines.push(`entities module size (${label}): not measured (${String(err)})`);
    }
  };
  const dist = resolve(process.cwd(), 'dist/entities.js');
  if (existsSync(dist)) await measure(dist, 'dist/entities.js');
  await measure(resolve(process.cwd(), 'src/entities.ts'), 'src/entities.ts');
  return lines;
}

/** Exact, lenient, value and acronym counts over a set of records. */
interface Score {
  perType: Map<string, Counts>;
  all: Counts;
  values: Counts;
  named: Counts;
  lenient: Counts;
  acr: Counts;
  valued: number;
  valueOk: number;
}

/** Scores extractEntities on `records`; `verbose` lists every miss. */
function score(records: GoldRecord[], verbose: boolean): Score {
  const s: Score = {
    perType: new Map(),
    all: counts(),
    values: counts(),
    named: counts(),
    lenient: counts(),
    acr: counts(),
    valued: 0,
    valueOk: 0,
  };
  const bump = (type: string, k: keyof Counts): void => {
    const c = s.perType.get(type) ?? counts();
    s.perType.set(type, c);
    c[k]++;
    s.all[k]++;
    if (VALUE_TYPES.has(type)) s.values[k]++;
    else s.named[k]++;
  };
  for (const rec of records) {
    const pred = extractEntities(rec.text, optionsOf(rec));
    const gold = rec.entities.map((g) => ({ ...g, t: TYPE_OF[g.type] ?? g.type }));
    const key = (st: number, e: number, t: string) => `${st}:${e}:${t}`;
    const goldKeys = new Map(gold.map((g) => [key(g.start, g.end, g.t), g]));
    const predKeys = new Set(pred.map((p) => key(p.start, p.end, p.type)));
    for (const p of pred) {
      const g = goldKeys.get(key(p.start, p.end, p.type));
      if (g) {
        bump(p.type, 'tp');
        if (g.norm || VALUE_TYPES.has(p.type)) {
          s.valued++;
          if (valueMatches(p, g)) s.valueOk++;
          else if (verbose)
            console.log(
              `  value ${rec.id}: ${p.text} → ${JSON.stringify(p.value)} gold ${JSON.stringify(g.norm)}`,
            );
        }
      } else {
        bump(p.type, 'fp');
        if (verbose) {
          const same = gold.find((x) => x.start === p.start && x.end === p.end);
          console.log(
            `  FP ${rec.id}: ${p.type} "${p.text}"${same ? ` (gold ${same.t})` : ''}${p.value ? ` ${JSON.stringify(p.value)}` : ''}`,
          );
        }
      }
      if (gold.some((g) => g.t === p.type && g.start < p.end && p.start < g.end)) s.lenient.tp++;
      else s.lenient.fp++;
    }
    for (const g of gold) {
      if (!predKeys.has(key(g.start, g.end, g.t))) {
        bump(g.t, 'fn');
        if (verbose) console.log(`  FN ${rec.id}: ${g.t} "${g.text}"`);
      }
      if (!pred.some((p) => g.t === p.type && g.start < p.end && p.start < g.end)) s.lenient.fn++;
    }
    const goldPairs = new Set(
      (rec.acronyms ?? []).map((a) => `${a.short.toLowerCase()}=${a.long.toLowerCase()}`),
    );
    const predPairs = new Set(
      pred
        .filter((p) => p.expansion)
        .map((p) => `${p.text.toLowerCase()}=${(p.expansion ?? '').toLowerCase()}`),
    );
    for (const p of predPairs)
      if (goldPairs.has(p)) s.acr.tp++;
      else {
        s.acr.fp++;
        if (verbose) console.log(`  acronym FP ${rec.id}: ${p}`);
      }
    for (const g of goldPairs)
      if (!predPairs.has(g)) {
        s.acr.fn++;
        if (verbose) console.log(`  acronym FN ${rec.id}: ${g}`);
      }
  }
  return s;
}

/** Prints a score: per type, overall exact, named vs values, lenient, acronyms, value norms. */
function report(title: string, records: GoldRecord[], s: Score): void {
  const entities = records.reduce((n, r) => n + r.entities.length, 0);
  console.log(`${title} — ${records.length} records, ${entities} gold entities`);
  for (const [type, c] of [...s.perType].sort()) console.log(`  ${type.padEnd(13)} ${prf(c)}`);
  console.log(`  ${'ALL (exact)'.padEnd(13)} ${prf(s.all)}`);
  console.log(`  ${'named'.padEnd(13)} ${prf(s.named)}`);
  console.log(`  ${'value types'.padEnd(13)} ${prf(s.values)}`);
  console.log(`  ${'ALL (overlap)'.padEnd(13)} ${prf(s.lenient)}`);
  console.log(`  ${'acronym pairs'.padEnd(13)} ${prf(s.acr)}`);
  console.log(
    `  values correct on exact matches: ${s.valueOk}/${s.valued}${s.valued ? ` (${(s.valueOk / s.valued).toFixed(3)})` : ''}`,
  );
}

/** Short summary line of a score (for the split). */
function summary(title: string, s: Score): string {
  const acc = s.valued ? (s.valueOk / s.valued).toFixed(3) : '-';
  return `  ${title.padEnd(22)} exact F1 ${f1(s.all).toFixed(3)}  named ${f1(s.named).toFixed(3)}  values ${f1(s.values).toFixed(3)}  norms ${acc}`;
}

async function main(): Promise<number> {
  const corpus = process.env.DEPECHE_CORPUS ?? resolve(process.cwd(), '../shared/corpus');
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const verbose = args.includes('--verbose');
  const only = args.find((a) => a.startsWith('--split='))?.slice('--split='.length);
  const defaults = [join(corpus, 'ner', 'seed-gold.jsonl'), join(corpus, 'ner', 'ar', 'dev.jsonl')];
  let paths = expand(files.length > 0 ? files : defaults);
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    console.error(
      `eval:entities: gold file not found, skipped: ${missing.join(', ')}\n  Pass JSONL paths or folders, or set DEPECHE_CORPUS to the folder holding ner/seed-gold.jsonl and ner/ar/dev.jsonl (default ../shared/corpus).`,
    );
    paths = paths.filter((p) => existsSync(p));
  }
  if (paths.length === 0) return 2;
  const records: GoldRecord[] = [];
  for (const path of paths) {
    let recs = readGold(path);
    const split = recs.some((r) => AR_HELD.has(r.id));
    if (split && only === 'tune') recs = recs.filter((r) => !AR_HELD.has(r.id));
    if (split && only === 'held') recs = recs.filter((r) => AR_HELD.has(r.id));
    records.push(...recs);
    report(
      `eval:entities ${path}${only && split ? ` (${only} split)` : ''}`,
      recs,
      score(recs, verbose),
    );
    if (split && !only) {
      const tune = recs.filter((r) => !AR_HELD.has(r.id));
      const held = recs.filter((r) => AR_HELD.has(r.id));
      console.log(`  own split of ${path} (see bench/ner-ar-split.ts):`);
      console.log(summary(`tune (${tune.length} passages)`, score(tune, false)));
      console.log(summary(`held back (${held.length})`, score(held, false)));
    }
  }
  if (!args.includes('--no-speed')) console.log(`  ${await speed(records)}`);
  if (!args.includes('--no-size')) for (const line of await size()) console.log(`  ${line}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
