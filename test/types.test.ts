/**
 * What a strict TypeScript consumer writes. `npm run typecheck` compiles this file
 * (tsconfig.test.json is strict): each `@ts-expect-error` line must fail to compile,
 * every other line must compile with no cast. The tests run the same code.
 */
import { describe, expect, test } from 'vitest';
import { type Entity, extractEntities, parseTicker, type TickerItem } from '../src/index.js';

const TEXT =
  "Le 3 mars 2025, l'ONP a investi 1,2 milliard de dirhams, soit 12 % de plus, dans 8 entrepôts hier.";

/** Reads each value through its type, as the README and the API docs show. */
function describeEntity(e: Entity): string {
  if (e.type === 'money') return `${e.value.amount} ${e.value.currency ?? '?'}`;
  if (e.type === 'date') return e.value.iso ?? `${e.value.start ?? ''}..${e.value.end ?? ''}`;
  if (e.type === 'percent') return `${e.value.value} %`;
  if (e.type === 'quantity') return `${e.value.value} ${e.value.unit}`;
  if (e.type === 'location' || e.type === 'misc') return e.value?.country ?? e.text;
  return e.text;
}

/** Lines that must not compile: kept in a function that never runs. */
function mustNotCompile(e: Entity, item: TickerItem): void {
  // @ts-expect-error a value's fields need the type checked first
  e.value.amount;
  if (e.type === 'money') {
    // @ts-expect-error money has no iso
    e.value.iso;
  }
  if (e.type === 'person') {
    // @ts-expect-error names carry no value
    e.value.country;
  }
  // @ts-expect-error truncated is only ever true
  item.truncated = false;
}
void mustNotCompile; // compiled by `npm run typecheck`, never called

describe('Entity narrows on type', () => {
  test('money, date, percent and quantity values read with no cast', () => {
    const es = extractEntities(TEXT);
    const byType = (t: Entity['type']) => es.filter((e) => e.type === t).map(describeEntity);
    expect(byType('money')).toEqual(['1200000000 MAD']);
    expect(byType('date')).toEqual(['2025-03-03', '..']);
    expect(byType('percent')).toEqual(['12 %']);
    expect(byType('quantity')).toEqual(['8 entrepôt']);
  });
  test('a truncated headline says true, the others leave the field out', () => {
    const items = parseTicker(
      'Premier titre du jour\u00a0\u00a0\u00a0\u00a0Deuxième titre du jour\u00a0\u00a0\u00a0\u00a0Troisième titre coup',
    );
    expect(items.map((i) => i.truncated)).toEqual([undefined, undefined, true]);
  });
});
