/**
 * Scores extractEntities against gold JSONL in the schema of
 * `../shared/corpus/ner/GUIDELINES.md`: exact span+type P/R/F1 per type and
 * overall, lenient (overlap + type) F1, value accuracy on exact matches, and
 * acronym pairs.
 *
 *   npm run eval:entities                      # the seed gold in ../shared/corpus
 *   npm run eval:entities -- path/to/gold.jsonl [more.jsonl …]
 *   DEPECHE_CORPUS=/data/corpus npm run eval:entities
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Entity, EntityType } from '../src/index.js';
import { extractEntities } from '../src/index.js';

const TYPE_OF: Record<string, EntityType> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'location',
  MISC: 'misc',
  MONEY: 'money',
  PERCENT: 'percent',
  DATE: 'date',
  QUANTITY: 'quantity',
};

interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text: string;
  norm?: Record<string, unknown>;
}
interface GoldRecord {
  id: string;
  lang?: string;
  text: string;
  entities: GoldEntity[];
  acronyms?: Array<{ short: string; long: string }>;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function prf(c: Counts): string {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

/** Compares a predicted value with a gold norm, field by field on the gold's keys. */
function valueMatches(pred: Entity, gold: GoldEntity): boolean {
  if (!gold.norm) return pred.value === undefined || gold.type === 'LOC' || gold.type === 'MISC';
  const value = (pred.value ?? {}) as Record<string, unknown>;
  return Object.entries(gold.norm).every(([k, v]) =>
    typeof v === 'number'
      ? Math.abs(Number(value[k]) - v) < 1e-6 * Math.max(1, Math.abs(v))
      : value[k] === v,
  );
}

function main(): number {
  const corpus = process.env.DEPECHE_CORPUS ?? resolve(process.cwd(), '../shared/corpus');
  const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const verbose = process.argv.includes('--verbose');
  const paths = files.length > 0 ? files : [join(corpus, 'ner', 'seed-gold.jsonl')];
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    console.error(
      `eval:entities: gold file not found: ${missing.join(', ')}\nPass JSONL paths, or set DEPECHE_CORPUS to the folder holding ner/seed-gold.jsonl (default ../shared/corpus).`,
    );
    return 2;
  }
  const perType = new Map<string, Counts>();
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const lenient: Counts = { tp: 0, fp: 0, fn: 0 };
  const acr: Counts = { tp: 0, fp: 0, fn: 0 };
  let valued = 0;
  let valueOk = 0;
  let records = 0;
  for (const path of paths) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const rec = JSON.parse(line) as GoldRecord;
      records++;
      const pred = extractEntities(rec.text, rec.lang ? { lang: rec.lang } : undefined);
      const gold = rec.entities.map((g) => ({ ...g, t: TYPE_OF[g.type] ?? g.type }));
      const key = (s: number, e: number, t: string) => `${s}:${e}:${t}`;
      const goldKeys = new Map(gold.map((g) => [key(g.start, g.end, g.t), g]));
      const predKeys = new Set(pred.map((p) => key(p.start, p.end, p.type)));
      for (const p of pred) {
        const c = perType.get(p.type) ?? { tp: 0, fp: 0, fn: 0 };
        perType.set(p.type, c);
        const g = goldKeys.get(key(p.start, p.end, p.type));
        if (g) {
          c.tp++;
          all.tp++;
          if (g.norm || ['money', 'percent', 'quantity', 'date'].includes(p.type)) {
            valued++;
            if (valueMatches(p, g)) valueOk++;
            else if (verbose)
              console.log(
                `  value ${rec.id}: ${p.text} → ${JSON.stringify(p.value)} gold ${JSON.stringify(g.norm)}`,
              );
          }
        } else {
          c.fp++;
          all.fp++;
          if (verbose) console.log(`  FP ${rec.id}: ${p.type} "${p.text}"`);
        }
        if (gold.some((g) => g.t === p.type && g.start < p.end && p.start < g.end)) lenient.tp++;
        else lenient.fp++;
      }
      for (const g of gold) {
        if (!predKeys.has(key(g.start, g.end, g.t))) {
          const c = perType.get(g.t) ?? { tp: 0, fp: 0, fn: 0 };
          perType.set(g.t, c);
          c.fn++;
          all.fn++;
          if (verbose) console.log(`  FN ${rec.id}: ${g.t} "${g.text}"`);
        }
        if (!pred.some((p) => g.t === p.type && g.start < p.end && p.start < g.end)) lenient.fn++;
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
        if (goldPairs.has(p)) acr.tp++;
        else acr.fp++;
      for (const g of goldPairs) if (!predPairs.has(g)) acr.fn++;
    }
  }
  console.log(`eval:entities — ${records} records from ${paths.join(', ')}`);
  for (const [type, c] of [...perType].sort()) console.log(`  ${type.padEnd(13)} ${prf(c)}`);
  console.log(`  ${'ALL (exact)'.padEnd(13)} ${prf(all)}`);
  console.log(`  ${'ALL (overlap)'.padEnd(13)} ${prf(lenient)}`);
  console.log(`  ${'acronym pairs'.padEnd(13)} ${prf(acr)}`);
  console.log(`  values correct on exact matches: ${valueOk}/${valued}`);
  return 0;
}

process.exitCode = main();
