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

/** Calls `fn` with one option set to a value of the wrong type or range, as plain JavaScript would. */
function withOption(fn: (input: string, options?: never) => unknown, name: string, value: unknown) {
  return () => fn('Un texte.', { [name]: value } as never);
}

describe('an option with a wrong value is a TypeError naming the option and what it expects', () => {
  test.each([
    [
      'format',
      'md',
      `parseArticle: expected options.format to be 'text', 'html' or 'markdown', got "md"`,
    ],
    [
      'format',
      1,
      `parseArticle: expected options.format to be 'text', 'html' or 'markdown', got 1`,
    ],
    ['url', 3, 'parseArticle: expected options.url to be a string, got 3'],
    [
      'referenceDate',
      '14/05/2025',
      'parseArticle: expected options.referenceDate to be an ISO calendar day such as 2025-05-14, got "14/05/2025"',
    ],
    [
      'maxInputLength',
      -1,
      'parseArticle: expected options.maxInputLength to be a positive number, got -1',
    ],
  ])('parseArticle %s: %j', (name, value, message) => {
    expect(withOption(parseArticle, name, value)).toThrow(new TypeError(message));
  });

  test.each([
    [
      'minItems',
      Number.NaN,
      'parseTicker: expected options.minItems to be an integer of 2 or more, got NaN',
    ],
    ['minItems', 1, 'parseTicker: expected options.minItems to be an integer of 2 or more, got 1'],
    [
      'minItems',
      2.5,
      'parseTicker: expected options.minItems to be an integer of 2 or more, got 2.5',
    ],
    [
      'minItems',
      '3',
      'parseTicker: expected options.minItems to be an integer of 2 or more, got "3"',
    ],
    ['onWarning', 'x', 'parseTicker: expected options.onWarning to be a function, got "x"'],
    [
      'maxInputLength',
      Number.NaN,
      'parseTicker: expected options.maxInputLength to be a positive number, got NaN',
    ],
  ])('parseTicker %s: %j', (name, value, message) => {
    expect(withOption(parseTicker, name, value)).toThrow(new TypeError(message));
  });

  test.each([
    [
      'lang',
      'de',
      'extractEntities: expected options.lang to be a language tag of fr, en or ar (such as en-GB), got "de"',
    ],
    [
      'lang',
      42,
      'extractEntities: expected options.lang to be a language tag of fr, en or ar (such as en-GB), got 42',
    ],
    ['onWarning', 'x', 'extractEntities: expected options.onWarning to be a function, got "x"'],
    [
      'types',
      ['people'],
      "extractEntities: expected options.types to be an array of 'person', 'organization', 'location', 'misc', 'money', 'percent', 'date', 'quantity', got an array",
    ],
    [
      'referenceDate',
      '2025-02-30',
      'extractEntities: expected options.referenceDate to be an ISO calendar day such as 2025-05-14, got "2025-02-30"',
    ],
    [
      'referenceDate',
      new Date(0),
      'extractEntities: expected options.referenceDate to be an ISO calendar day such as 2025-05-14, got an object',
    ],
  ])('extractEntities %s: %j', (name, value, message) => {
    expect(withOption(extractEntities, name, value)).toThrow(new TypeError(message));
  });

  test('a bad referenceDate is the same TypeError in parseArticle and extractEntities, for any format', () => {
    for (const format of ['text', 'html'] as const) {
      expect(() => parseArticle('<p>x</p>', { format, referenceDate: 'hier' })).toThrow(
        /^parseArticle: expected options\.referenceDate to be an ISO calendar day/,
      );
    }
    expect(() => extractEntities('x', { referenceDate: 'hier' })).toThrow(
      /^extractEntities: expected options\.referenceDate to be an ISO calendar day/,
    );
  });

  test('options left out or undefined take their defaults; valid values pass', () => {
    const dump =
      'Un titre\u00a0\u00a0\u00a0\u00a0Un autre titre\u00a0\u00a0\u00a0\u00a0Un troisième titre';
    expect(parseTicker(dump, { minItems: undefined, onWarning: undefined })).toHaveLength(3);
    expect(parseTicker(dump, { minItems: 4 })).toEqual([]);
    expect(() =>
      parseArticle('x', { format: 'text', referenceDate: '2025-05-14T10:00:00Z', url: undefined }),
    ).not.toThrow();
    expect(() => extractEntities('x', { lang: 'ar-MA', maxInputLength: Infinity })).not.toThrow();
    expect(() => extractEntities('x', { lang: 'EN' })).not.toThrow();
  });

  test('the input string never throws, whatever the options', () => {
    expect(() =>
      parseArticle('\ud800<html', { format: 'html', referenceDate: '2025-05-14' }),
    ).not.toThrow();
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
