/** proseLength: Chinese and Japanese characters count three times, so their prose is measured like other scripts'. */
import { describe, expect, test } from 'vitest';
import { proseLength } from '../src/text/chars.js';

describe('proseLength', () => {
  test.each([
    ['Port traffic rose by nine percent.', 34],
    ['الميناء سجل ارتفاعا', 19],
    ['항만 물동량이 증가했다', 12], // Korean spaces its words: counted as written
    ['港湾当局が発表した。', 30], // ten Japanese characters, the full stop included
    ['iPhoneを販売', 6 + 3 * 3], // six Latin letters, three Japanese characters
    ['ＡＢＣ', 9], // full-width forms
    ['', 0],
  ])('%s → %i', (text, n) => {
    expect(proseLength(text)).toBe(n);
  });

  test('reads the same text the same way twice (no state left in its pattern)', () => {
    expect(proseLength('港湾当局')).toBe(12);
    expect(proseLength('港湾当局')).toBe(12);
  });
});
