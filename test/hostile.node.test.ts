/**
 * Hostile inputs of our own making: each returns a result with spans inside
 * the input, and a warning where the input is not news. How their time grows
 * with size is measured by `npm run bench` (shapes in bench/hostile-shapes.ts),
 * not here.
 */
import { describe, expect, test } from 'vitest';
import { HOSTILE_SHAPES } from '../bench/hostile-shapes.js';
import { extractEntities, parseArticle, parseTicker } from '../src/index.js';
import { checkArticle, checkEntities, checkTicker } from './helpers/checks.js';

const MB = 1024 * 1024;
const LONG = 120_000;

/** Deterministic pseudo-random bytes (no Math.random in tests). */
function noise(n: number): string {
  let x = 2463534242;
  let s = '';
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    s += String.fromCharCode((x >>> 0) & 0xff);
  }
  return s;
}

const article =
  "L'Office National des Pêches (ONP) a dévoilé à Dakhla un plan de 1,2 milliard de dirhams. الرباط تحتضن المعرض الدولي للكتاب.\n";

const hostile: Array<[string, () => string, { warns: boolean; entities?: boolean }]> = [
  ['a 64 MB single line', () => 'mot '.repeat(16 * MB), { warns: false }],
  [
    '100,000 nested elements',
    () => `<html><body>${'<div>'.repeat(100_000)}texte${'</div>'.repeat(100_000)}</body></html>`,
    { warns: true },
  ],
  ['a million NBSPs', () => '\u00a0'.repeat(1_000_000), { warns: true, entities: true }],
  [
    'an unterminated comment',
    () => `<html><body><p>Bonjour</p><!-- ${'x'.repeat(MB)}`,
    { warns: true },
  ],
  [
    'an unterminated script',
    () => `<html><body><script>${'var a = "<p>";'.repeat(100_000)}`,
    { warns: true },
  ],
  [
    '50,000 links',
    () => `<html><body>${'<a href="/x">Lire aussi</a> '.repeat(50_000)}</body></html>`,
    { warns: true },
  ],
  [
    'a giant attribute',
    () => `<html><body><div title="${'a'.repeat(5 * MB)}">x</div></body></html>`,
    { warns: true },
  ],
  ['binary noise', () => noise(MB), { warns: true, entities: true }],
  [
    'mojibake (UTF-8 read as Latin-1)',
    () => Buffer.from(article.repeat(2000), 'utf8').toString('latin1'),
    { warns: true, entities: true },
  ],
  [
    'a page that is all "Lire aussi :"',
    () => 'Lire aussi : Un autre article du site\n'.repeat(100_000),
    { warns: true, entities: true },
  ],
];

describe('hostile inputs', () => {
  for (const [name, make, expectation] of hostile) {
    test(
      name,
      () => {
        const input = make();
        const a = parseArticle(input);
        checkArticle(input, a);
        if (expectation.warns) expect(a.warnings.length).toBeGreaterThan(0);
        checkTicker(input, parseTicker(input));
        if (expectation.entities) checkEntities(input, extractEntities(input));
      },
      LONG,
    );
  }
  test(
    "the benchmark's hostile shapes give valid results from all four entry points",
    () => {
      for (const [, make] of HOSTILE_SHAPES) {
        const input = make(64 * 1024);
        checkArticle(input, parseArticle(input, { format: 'html' }));
        checkArticle(input, parseArticle(input, { format: 'text' }));
        checkTicker(input, parseTicker(input));
        checkEntities(input, extractEntities(input));
      }
    },
    LONG,
  );
  test('mojibake says so in a warning', () => {
    const input = Buffer.from(article.repeat(20), 'utf8').toString('latin1');
    expect(parseArticle(input).warnings.some((w) => w.includes('mojibake'))).toBe(true);
    expect(parseArticle(article.repeat(20)).warnings.some((w) => w.includes('mojibake'))).toBe(
      false,
    );
  });
});

describe('maxInputLength', () => {
  const dump = `Titre de l'article\nPublié dans Le Matin le 01 - 02 - 2025\n\n${'Un paragraphe de corps assez long pour compter comme tel. '.repeat(50)}`;
  test('parseArticle reads a prefix and says so', () => {
    const a = parseArticle(dump, { maxInputLength: 200 });
    expect(a.warnings[0]).toBe(
      `input longer than maxInputLength (200): only the first 200 of ${dump.length} characters were read`,
    );
    for (const p of a.paragraphs) expect(p.end).toBeLessThanOrEqual(200);
    expect(a.title).toBe("Titre de l'article");
  });
  test('parseTicker tells onWarning and reads a prefix', () => {
    const warnings: string[] = [];
    const items = parseTicker(`${'Un titre de dépêche\u00a0\u00a0\u00a0\u00a0'.repeat(100)}`, {
      maxInputLength: 100,
      onWarning: (w) => warnings.push(w),
    });
    expect(warnings).toHaveLength(1);
    expect(items.every((i) => i.end <= 100)).toBe(true);
  });
  test('a surrogate pair is never cut in half', () => {
    const a = parseArticle(`ab😀cd`, { maxInputLength: 3 });
    expect(a.warnings[0]).toContain('only the first 2 of 6');
  });
  test('a maxInputLength that is not a positive number is a TypeError', () => {
    expect(() => parseArticle('x', { maxInputLength: -1 })).toThrow(TypeError);
    expect(() => parseTicker('x', { maxInputLength: Number.NaN })).toThrow(/maxInputLength/);
  });
});

describe('maxInputLength for entities', () => {
  test('extractEntities reads a prefix and tells onWarning', () => {
    const warnings: string[] = [];
    const text = `Le Maroc et l'Algérie. ${'x '.repeat(100)}La Tunisie.`;
    const es = extractEntities(text, { maxInputLength: 30, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([
      `input longer than maxInputLength (30): only the first 30 of ${text.length} characters were read`,
    ]);
    expect(es.map((e) => e.text)).toEqual(['Maroc', 'Algérie']);
  });
});
