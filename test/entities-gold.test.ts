/**
 * Regression guard on the project's own hand-annotated gold
 * (`test/fixtures/ner/*.jsonl`, built from `*.src.txt` by `npm run ner:gold`):
 * every gold span slices back to its text, and extractEntities keeps an exact
 * F1 and a value accuracy above a floor on each file. The full report is
 * `npm run eval:entities -- test/fixtures/ner`.
 */
import { describe, expect, test } from 'vitest';
import { type GoldRecord, TYPE_OF, valueMatches } from '../bench/ner-schema.js';
import { extractEntities } from '../src/index.js';

const files = import.meta.glob('./fixtures/ner/*.jsonl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function records(raw: string): GoldRecord[] {
  return raw
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldRecord);
}

/** Exact span+type F1, value accuracy on exact matches and acronym-pair F1 over a file. */
function score(recs: GoldRecord[]): { f1: number; values: number; acronyms: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let valued = 0;
  let valuesOk = 0;
  let atp = 0;
  let afp = 0;
  let afn = 0;
  for (const r of recs) {
    const pred = extractEntities(r.text, { lang: r.lang });
    const gold = new Map(r.entities.map((g) => [`${g.start}:${g.end}:${TYPE_OF[g.type]}`, g]));
    for (const p of pred) {
      const g = gold.get(`${p.start}:${p.end}:${p.type}`);
      if (!g) {
        fp++;
        continue;
      }
      tp++;
      if (g.norm || ['money', 'percent', 'date', 'quantity'].includes(p.type)) {
        valued++;
        if (valueMatches(p, g)) valuesOk++;
      }
    }
    fn += r.entities.length - pred.filter((p) => gold.has(`${p.start}:${p.end}:${p.type}`)).length;
    const goldPairs = new Set((r.acronyms ?? []).map((a) => `${a.short}=${a.long}`.toLowerCase()));
    const predPairs = new Set(
      pred.filter((p) => p.expansion).map((p) => `${p.text}=${p.expansion}`.toLowerCase()),
    );
    for (const p of predPairs) {
      if (goldPairs.has(p)) atp++;
      else afp++;
    }
    for (const g of goldPairs) if (!predPairs.has(g)) afn++;
  }
  const f = (a: number, b: number, c: number) => (a === 0 ? 0 : (2 * a) / (2 * a + b + c));
  return {
    f1: f(tp, fp, fn),
    values: valued ? valuesOk / valued : 1,
    acronyms: f(atp, afp, afn) || 1,
  };
}

describe('hand-annotated gold', () => {
  const names = Object.keys(files).sort();
  test('the gold files are there', () => {
    expect(names.length).toBeGreaterThanOrEqual(2);
  });
  for (const name of names) {
    const recs = records(files[name] ?? '');
    test(`${name}: every span slices back to its text`, () => {
      for (const r of recs)
        for (const e of r.entities) expect(r.text.slice(e.start, e.end), r.id).toBe(e.text);
    });
    test(`${name}: exact F1 ≥ 0.9, values ≥ 0.95, acronym pairs ≥ 0.9`, () => {
      const s = score(recs);
      expect(s.f1).toBeGreaterThanOrEqual(0.9);
      expect(s.values).toBeGreaterThanOrEqual(0.95);
      expect(s.acronyms).toBeGreaterThanOrEqual(0.9);
    });
  }
});
