import { describe, expect, it } from 'vitest';
import { prefixTest } from '../src/text/prefixes.js';

describe('prefixTest', () => {
  const test = prefixTest(['photo:', 'photo :', '©', '(c) ', 'اقرا ايضا']);

  it('finds a prefix of two characters or more, and one of a single character', () => {
    expect(test('photo: AFP')).toBe(true);
    expect(test('photo : AFP')).toBe(true);
    expect(test('© Reuters')).toBe(true);
    expect(test('©')).toBe(true);
    expect(test('(c) 2020 The Daily')).toBe(true);
    expect(test('اقرا ايضا: عنوان')).toBe(true);
  });

  it('turns down lines that only share the first characters, or hold the prefix further on', () => {
    expect(test('photographs of the harbour')).toBe(false);
    expect(test('(cnn) a report')).toBe(false);
    expect(test('a photo: AFP')).toBe(false);
    expect(test('p')).toBe(false);
    expect(test('')).toBe(false);
  });
});
