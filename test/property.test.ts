/**
 * Properties that hold for ANY string: no throw, every span inside the input
 * and slicing back to its field, deterministic JSON-serialisable results, and
 * any prefix of a real-layout dump parsing cleanly. Runs in Node and Chromium;
 * `FUZZ_RUNS` sets the number of cases (CI: 100,000 in Node, see
 * property.node.test.ts; `npm run fuzz`: 1,000,000).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractEntities, parseArticle, parseTicker } from '../src/index.js';
import { hostileString, newsLikeString } from './helpers/arbitraries.js';
import { checkArticle, checkEntities, checkTicker } from './helpers/checks.js';
import { dumpFixtures } from './helpers/fixtures.js';

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
/** Cases per property here; the Node-only file runs the large counts. */
const RUNS = Math.min(Number(env?.FUZZ_RUNS ?? 1000), 2000);
/** Timeout of each property: a few seconds alone at 2,000 cases, with margin for a loaded CI machine. */
const HEAVY = 120_000;

const anyString = fc.oneof(
  hostileString,
  newsLikeString,
  fc.string({ unit: 'binary', maxLength: 200 }),
);

function sameJson<T>(f: () => T): T {
  const a = f();
  const json = JSON.stringify(a);
  expect(JSON.stringify(f())).toBe(json);
  expect(JSON.parse(json)).toEqual(a);
  return a;
}

describe('any string', { timeout: HEAVY }, () => {
  test('parseArticle never throws, spans stay inside and slice back, output is deterministic JSON', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        checkArticle(
          s,
          sameJson(() => parseArticle(s)),
        );
      }),
      { numRuns: RUNS },
    );
  });
  test('parseTicker never throws and every item slices back to its text', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        checkTicker(
          s,
          sameJson(() => parseTicker(s)),
        );
      }),
      { numRuns: RUNS },
    );
  });
  test('extractEntities never throws, entities are flat, in order and slice back', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        checkEntities(
          s,
          sameJson(() => extractEntities(s)),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('any prefix of a real-layout dump', { timeout: HEAVY }, () => {
  test('parses without error, with spans inside the prefix', () => {
    const dumps = dumpFixtures.map((f) => f.input);
    expect(dumps.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...dumps),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (dump, at) => {
          const prefix = dump.slice(0, Math.floor(dump.length * at));
          checkArticle(prefix, parseArticle(prefix));
          checkTicker(prefix, parseTicker(prefix));
        },
      ),
      { numRuns: Math.min(RUNS, 500) },
    );
  });
});
