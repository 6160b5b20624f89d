import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AR_FIRST_NAMES } from '../src/entities/data/ar-people.js';
import { AR_STOP } from '../src/entities/data/ar-words.js';
import { DEMONYMS } from '../src/entities/data/demonyms.js';
import { PERSON_TITLES } from '../src/entities/data/org-heads.js';
import { PLACES } from '../src/entities/data/places.js';
import { nameLexicon } from '../src/entities/name-lexicon.js';
import { namesByCode, prefixCode, prefixWords } from '../src/util/tables.js';

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** A names → code table as one string, its names in code-unit order: the same string for the same table in any order. */
const recordText = (table: Readonly<Record<string, string>>): string =>
  Object.entries(table)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, code]) => `${name}=${code}`)
    .join('|');

describe('prefix-coded tables of phrases (session 30)', () => {
  it('reads entries that hold spaces when told their separator', () => {
    expect(prefixWords('بدر|3 الدين|1سام|Abdel|5 Kader', '|')).toEqual([
      'بدر',
      'بدر الدين',
      'بسام',
      'Abdel',
      'Abdel Kader',
    ]);
    expect(prefixCode(['Nour', 'Nour Eddine', 'Nourredine'], '|')).toBe('Nour|4 Eddine|4redine');
    expect(prefixWords(prefixCode(AR_FIRST_NAMES, '|'), '|')).toEqual(AR_FIRST_NAMES);
  });

  it('gives the Arabic first names the same 317 names, in the same order, as their plain writing did', () => {
    // Session 41 added thirteen common Maghreb women's names, plainly written; the others are the plain table's.
    const added = [
      'أميمة',
      'بثينة',
      'حفيظة',
      'خولة',
      'سارة',
      'صليحة',
      'فدوى',
      'كنزة',
      'مروة',
      'مونية',
      'نورة',
      'هدى',
      'يمينة',
    ];
    expect(AR_FIRST_NAMES).toHaveLength(317 + added.length);
    for (const name of added) expect(AR_FIRST_NAMES).toContain(name);
    const before = AR_FIRST_NAMES.filter((n) => !added.includes(n));
    // SHA-256 of the plain table (names joined by `|`) at 65664b3, before it was prefix-coded.
    expect(before).toHaveLength(317);
    expect(sha256(before.join('|'))).toBe(
      'e5efc0af096b2fe8459626fc570d531be722d8de1ac6d28ed1f94040cc6654c7',
    );
    expect(AR_FIRST_NAMES.slice(0, 3)).toEqual(['آدم', 'أحمد', 'أسامة']);
    expect(AR_FIRST_NAMES).toContain('بدر الدين');
    expect(AR_FIRST_NAMES).toContain('فاطمة الزهراء');
    expect(AR_FIRST_NAMES.at(-1)).toBe('هيرفي');
  });

  it('reads names by code prefix-coded or plain, each code on its own', () => {
    expect(namesByCode({ MA: 'Tan|3ger|6 Med|Rabat', '': 'Maghreb|2chrek' })).toEqual({
      Tan: 'MA',
      Tanger: 'MA',
      'Tanger Med': 'MA',
      Rabat: 'MA',
      Maghreb: '',
      Machrek: '',
    });
    expect(namesByCode({ DZ: 'Alger|Oran', TN: 'Sfax' })).toEqual({
      Alger: 'DZ',
      Oran: 'DZ',
      Sfax: 'TN',
    });
  });

  it('gives the places, sorted and prefix-coded within each code, the same 696 names and codes as before', () => {
    // SHA-256 of the plain table's `name=code` entries in code-unit order, at 65664b3.
    expect(Object.keys(PLACES)).toHaveLength(696);
    expect(sha256(recordText(PLACES))).toBe(
      '82b4ec60ed842d31bbf4598cd6e110fcba6333ec04be19c7799ab73e8fcdda8a',
    );
    expect(PLACES['Tanger Med']).toBe('MA');
    expect(PLACES['Sidi Bel Abbès']).toBe('DZ');
    expect(PLACES['Afrique du Nord']).toBe('');
    // The keyed look-ups built from them are the same too (a later code wins a key two names share).
    const { places, capsPlaces } = nameLexicon();
    const mapText = [...places]
      .map(([k, code]) => `${k}=${code}`)
      .sort()
      .join('\n');
    expect(sha256(mapText)).toBe(
      '5b502f7548c06340a4f8a61d8677a2be26b273379725d355b4088e2afe34a7f5',
    );
    expect(sha256([...capsPlaces].sort().join('\n'))).toBe(
      '95861cfeaa7c2eb8bcb5ae686510164269cf8b4054f93630b5d3906e81e2b2b5',
    );
  });

  it('gives the demonyms, prefix-coded in their order, the same 535 names and codes in the same order as before', () => {
    // SHA-256 of the plain table's entries as JSON, in the order the lexicon reads them, at 65664b3.
    expect(Object.keys(DEMONYMS)).toHaveLength(535);
    expect(sha256(JSON.stringify(Object.entries(DEMONYMS)))).toBe(
      '4a77963417e37f71cc113e9aa252b66dc235d3abb9c06fca1f0eba45675e85bb',
    );
    expect(DEMONYMS.Marocaines).toBe('MA');
    expect(DEMONYMS["Marocains résidant à l'étranger"]).toBe('MA');
    expect(DEMONYMS.Algériennes).toBe('DZ');
  });

  it('gives the person titles and the Arabic stop words, sorted and prefix-coded, the same entries as before', () => {
    // SHA-256 of each plain table at 65664b3, sorted by code unit (the lexicons read both as sets).
    expect(PERSON_TITLES).toHaveLength(330);
    expect(sha256(PERSON_TITLES.join('|'))).toBe(
      'a6e13bd77eb639901b74a370d76a8176c5df570f0e90a91f4f79d212bbd62a00',
    );
    expect(PERSON_TITLES).toContain('ministre délégué');
    expect(PERSON_TITLES).toContain('Son Altesse Royale');
    expect(AR_STOP).toHaveLength(191);
    expect(sha256(AR_STOP.join(' '))).toBe(
      'efcb8772441226dd0708f0332a366da7e7d85a825a35c23fac15bbddb1a27154',
    );
    expect(AR_STOP).toContain('قالت');
  });
});
