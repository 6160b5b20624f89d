import { describe, expect, test } from 'vitest';
import { asciiWordKey, WordKeyTable } from '../src/lang/word-key.js';

const key = (w: string): number => asciiWordKey(w, 0, w.length);

describe('WordKeyTable (word keys to small numbers)', () => {
  // Words of one to ten letters: keys from 1 to past 2^49, most past the small-integer range.
  const words = [
    'a',
    'le',
    'the',
    'avec',
    'which',
    'before',
    'between',
    'although',
    'throughout',
    'zzzzzzzzzz',
  ];
  const table = new WordKeyTable(words.map((w, i) => [key(w), i + 1] as const));

  test('gives each word its own value, whatever its length', () => {
    expect(words.map((w) => table.get(key(w), 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  test('gives the missing value for words it does not hold, near ones included', () => {
    for (const w of ['b', 'la', 'thee', 'avez', 'betweem', 'althoug', 'throughouts', 'zzzzzzzzzy'])
      expect(table.get(key(w), -7), w).toBe(-7);
  });

  test('holds a thousand words that share their slots with others', () => {
    const many: string[] = [];
    for (let i = 0; i < 1000; i++)
      many.push(i.toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)] ?? 'q'));
    const big = new WordKeyTable(many.map((w, i) => [key(w), i] as const));
    expect(many.every((w, i) => big.get(key(w), -1) === i)).toBe(true);
    expect(big.get(key('zzzzzzz'), -1)).toBe(-1);
  });
});
