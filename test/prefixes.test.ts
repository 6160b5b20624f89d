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
});
