import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STOP_CAPITALISED } from '../src/entities/data/events.js';
import { FIRST_NAMES } from '../src/entities/data/first-names.js';
import { prefixCode, prefixWords } from '../src/util/tables.js';

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

  it('writes a table back as it reads it, so a maintainer can add a word and code the table again', () => {
    // Every shared letter counted (`6ziz`: Abdela|ziz), the reading above's example written at its shortest.
    expect(
      prefixCode(['Abd', 'Abdel', 'Abdelali', 'Abdelaziz', 'Ada', 'Adèle', 'Bernd', 'Bernhard']),
    ).toBe('Abd 3el 5ali 6ziz 1da 2èle Bernd 4hard');
    // Ten shared letters are written as nine: one digit.
    expect(prefixCode(['Abdelkaderi', 'Abdelkaderia'])).toBe('Abdelkaderi 9ria');
    for (const table of [FIRST_NAMES, STOP_CAPITALISED])
      expect(prefixWords(prefixCode(table))).toEqual(table);
  });

  it('keeps a table of one word, and words that share nothing', () => {
    expect(prefixWords('Zoe')).toEqual(['Zoe']);
    expect(prefixWords('Anna Bea Cem')).toEqual(['Anna', 'Bea', 'Cem']);
  });

  it('gives the first-name table the same 1,602 names as its plain writing did', () => {
    // SHA-256 of the plain table at 458ced5, before it was prefix-coded, sorted by code unit (as it is
    // written since session 30: the lexicon reads it as a set) and joined by one space.
    const digest = createHash('sha256').update(FIRST_NAMES.join(' ')).digest('hex');
    expect(digest).toBe('62399fd23deb7d9c16ccc68809a070ab8febdd3aefec4afc0a51e274285aa868');
    expect(FIRST_NAMES).toHaveLength(1602);
    expect(FIRST_NAMES.slice(0, 6)).toEqual([
      'Aaron',
      'Abbas',
      'Abdallah',
      'Abde',
      'Abdel',
      'Abdelali',
    ]);
    expect(FIRST_NAMES).toContain('Zouhair');
    expect(FIRST_NAMES.at(-1)).toBe('Íñigo');
  });

  it('gives the capitalised stop words, sorted and prefix-coded, the same 416 words as their plain writing did', () => {
    // SHA-256 of the plain table's words at 458ced5, sorted by code unit and joined by one space (the
    // lexicon reads them as a set: their order is free).
    const digest = createHash('sha256')
      .update([...STOP_CAPITALISED].sort().join(' '))
      .digest('hex');
    expect(digest).toBe('f32761634b480cda4e3a2e85b29da31840e5762c7fdd2a608c6ea5e4910f46b5');
    expect(STOP_CAPITALISED).toHaveLength(416);
    // Sorted as French sorts them (accents after the plain letter), so that shared beginnings sit together.
    expect(STOP_CAPITALISED.slice(0, 4)).toEqual(['A', 'About', 'According', 'Actu']);
  });
});
