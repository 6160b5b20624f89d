import { describe, expect, test } from 'vitest';
import { extractEntities, parseArticle, parseTicker } from '../src/index.js';

const fns = { parseArticle, parseTicker, extractEntities } as const;

describe('wrong argument types throw a TypeError that says what was expected', () => {
  for (const [name, fn] of Object.entries(fns)) {
    test(name, () => {
      const call = fn as (input: unknown, options?: unknown) => unknown;
      const arg = name === 'extractEntities' ? 'text' : 'input';
      expect(() => call(undefined)).toThrow(
        new TypeError(`${name}: expected ${arg} to be a string, got undefined`),
      );
      expect(() => call(42)).toThrow(
        new TypeError(`${name}: expected ${arg} to be a string, got a number`),
      );
      expect(() => call({})).toThrow(/got an object/);
      expect(() => call(null)).toThrow(/got null/);
      expect(() => call(['a'])).toThrow(/got an array/);
      expect(() => call('x', 'options')).toThrow(/options to be an object/);
    });
  }
  test('parseArticle checks options.url', () => {
    expect(() => parseArticle('x', { url: 3 as unknown as string })).toThrow(/options.url/);
  });
  test('extractEntities checks options.types', () => {
    expect(() => extractEntities('x', { types: ['people' as 'person'] })).toThrow(/options.types/);
  });
});

describe('any string returns a result', () => {
  const strange = [
    '',
    ' ',
    '\u00a0'.repeat(1000),
    '\ud800',
    '\u0000\u0001\u0002',
    '<',
    '<html',
    '<!--',
    '((((((',
    'Lire aussi :',
    'Publié dans ',
    'نشر في',
    '1 1 1 1 1 1',
    'É'.repeat(5000),
    '\n'.repeat(1000),
  ];
  for (const s of strange) {
    test(JSON.stringify(s.slice(0, 20)), () => {
      const a = parseArticle(s);
      expect(Array.isArray(a.warnings)).toBe(true);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      expect(Array.isArray(parseTicker(s))).toBe(true);
      for (const e of extractEntities(s)) expect(s.slice(e.start, e.end)).toBe(e.text);
    });
  }
  test('an empty input says it is empty', () => {
    expect(parseArticle('').warnings).toEqual(['empty input: no text found']);
  });
});
