import { describe, expect, it } from 'vitest';
import { prefixTest } from '../src/text/prefixes.js';

describe('prefixTest', () => {
  const test = prefixTest(['photo:', 'photo :', '©', '(c) ', 'اقرا ايضا']);

  it.each([
    'photo: AFP',
    'photo : AFP',
    '© Reuters',
    '©',
    '(c) 2020 The Daily',
    'اقرا ايضا: عنوان',
  ])('finds a prefix of one character or more opening %j', (text) => {
    expect(test(text)).toBe(true);
  });

  it.each(['photographs of the harbour', '(cnn) a report', 'a photo: AFP', 'p', ''])(
    'turns down %j, which shares only first characters or holds the prefix further on',
    (text) => {
      expect(test(text)).toBe(false);
    },
  );

  it('answers as a search of every prefix would, prefixes of one character (ASCII or not) among them', () => {
    const alphabet = ['a', 'b', '#', ' ', 'é', 'ا', 'ل'];
    let seed = 5;
    const pick = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const word = (most: number): string => {
      let w = '';
      for (let n = pick(most) + 1; n > 0; n--) w += alphabet[pick(alphabet.length)];
      return w;
    };
    for (let round = 0; round < 200; round++) {
      const prefixes = Array.from({ length: pick(6) + 1 }, () => word(3));
      const starts = prefixTest(prefixes);
      for (let k = 0; k < 50; k++) {
        const text = pick(5) === 0 ? '' : word(5);
        expect(starts(text)).toBe(text !== '' && prefixes.some((p) => text.startsWith(p)));
      }
    }
  });
});
