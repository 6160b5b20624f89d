import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIRST_NAMES } from '../src/entities/data/first-names.js';
import { prefixWords } from '../src/util/tables.js';

describe('prefix-coded word tables (session 29)', () => {
  it('reads each word after the count of leading characters it shares with the word before', () => {
    expect(prefixWords('Abd 3el 5ali 5aziz Ada 2èle Bernd 4hard')).toEqual([
      'Abd',
      'Abdel',
      'Abdelali',
      'Abdelaziz',
      'Ada',
      'Adèle',
      'Bernd',
      'Bernhard',
    ]);
  });

  it('keeps a table of one word, and words that share nothing', () => {
    expect(prefixWords('Zoe')).toEqual(['Zoe']);
    expect(prefixWords('Anna Bea Cem')).toEqual(['Anna', 'Bea', 'Cem']);
  });

  it('gives the first-name table the same 1,602 names, in the same order, as its plain writing did', () => {
    // SHA-256 of the plain table (names joined by one space) at 458ced5, before it was prefix-coded.
    const digest = createHash('sha256').update(FIRST_NAMES.join(' ')).digest('hex');
    expect(digest).toBe('d8158368ef8061c25eb9aaa68a07de41103ef5a5d58d02a419b7c962e91d5d49');
    expect(FIRST_NAMES.slice(0, 6)).toEqual([
      'Aaron',
      'Abbas',
      'Abdallah',
      'Abde',
      'Abdel',
      'Abdelali',
    ]);
    expect(FIRST_NAMES.at(-1)).toBe('Zouhair');
  });
});
