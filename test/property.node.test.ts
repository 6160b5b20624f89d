/**
 * The fuzz counts the issue asks for, in Node only: 100,000 cases per
 * function in CI (`FUZZ_RUNS` overrides; `npm run fuzz` runs 1,000,000), and
 * the CLI on arbitrary bytes.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { extractEntities, parseArticle, parseTicker } from '../src/index.js';
import { hostileString, newsLikeString } from './helpers/arbitraries.js';
import { checkArticle, checkEntities, checkTicker } from './helpers/checks.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const anyString = fc.oneof(
  hostileString,
  newsLikeString,
  fc.string({ unit: 'binary', maxLength: 200 }),
);
const LONG = 600_000;

describe(`${RUNS} fuzz cases per function`, () => {
  test(
    'parseArticle',
    () => {
      fc.assert(
        fc.property(anyString, (s) => checkArticle(s, parseArticle(s))),
        { numRuns: RUNS },
      );
    },
    LONG,
  );
  test(
    'parseTicker',
    () => {
      fc.assert(
        fc.property(anyString, (s) => checkTicker(s, parseTicker(s))),
        { numRuns: RUNS },
      );
    },
    LONG,
  );
  test(
    'extractEntities',
    () => {
      fc.assert(
        fc.property(anyString, (s) => checkEntities(s, extractEntities(s))),
        { numRuns: RUNS },
      );
    },
    LONG,
  );
});

describe('the CLI on arbitrary bytes', () => {
  test(
    'exits 0 with JSON, or 1 with a message, never throws',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
          let out = '';
          let err = '';
          const code = await runCli({
            argv: ['--compact', 'page.txt'],
            readFile: async () => bytes,
            readStdin: async () => bytes,
            stdout: (s) => {
              out += s;
            },
            stderr: (s) => {
              err += s;
            },
            parseArgs,
            api: { parseArticle, parseTicker, extractEntities },
          });
          if (code === 0) expect(() => JSON.parse(out)).not.toThrow();
          else expect(code === 1 && err.startsWith('depeche: ')).toBe(true);
        }),
        { numRuns: Math.min(RUNS, 5000) },
      );
    },
    LONG,
  );
});
