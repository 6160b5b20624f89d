/**
 * The packed data tables (one string per table, split once at load) hold what the
 * array and record literals they replace held: sizes, a few entries from each end
 * and from the middle, and no empty or glued entry.
 */
import { describe, expect, it } from 'vitest';
import { DAYS, MONTHS, monthNumber, WEEKDAYS } from '../src/dates/names.js';
import { AR_FIRST_NAMES, AR_TITLES } from '../src/entities/data/ar-people.js';
import { DEMONYMS } from '../src/entities/data/demonyms.js';
import { FIRST_NAMES, NAME_PARTICLES } from '../src/entities/data/first-names.js';
import { KNOWN_ORGANIZATIONS, MEDIA } from '../src/entities/data/organizations.js';
import { KNOWN_PEOPLE } from '../src/entities/data/people.js';
import { PLACES } from '../src/entities/data/places.js';
import { FUNCTION_WORDS } from '../src/html/function-words.js';
import { ENGLISH_WORDS, FRENCH_WORDS } from '../src/lang/stopwords.js';
import { byMonth, namesByCode, phrases, words } from '../src/util/tables.js';

/** An entry that is empty, padded, or two words run together where a separator went missing (`AbdouAli`). */
const faulty = (entry: string): boolean =>
  entry === '' || entry !== entry.trim() || /\p{Ll}\p{Lu}/u.test(entry);

describe('table loaders', () => {
  it('splits a word table on single spaces and a phrase table on bars', () => {
    expect(words('Ali Omar Zoe')).toEqual(['Ali', 'Omar', 'Zoe']);
    expect(phrases('La Haye|Le Caire|Rabat')).toEqual(['La Haye', 'Le Caire', 'Rabat']);
  });

  it('turns names written code by code into names → code', () => {
    expect(namesByCode({ MA: 'Rabat|Fès', '': 'Sahel' })).toEqual({
      Rabat: 'MA',
      Fès: 'MA',
      Sahel: '',
    });
  });

  it('numbers month rows by slot and skips the dashes', () => {
    const months = byMonth('jan feb - - - - - - - - - dec', [
      'one',
      'two words',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
      '-',
    ]);
    expect([...months]).toEqual([
      ['jan', 1],
      ['feb', 2],
      ['dec', 12],
      ['one', 1],
      ['two words', 2],
    ]);
  });
});

describe('packed tables', () => {
  it('keeps every first name, once, with none glued to the next', () => {
    expect(FIRST_NAMES).toHaveLength(1602);
    expect(new Set(FIRST_NAMES).size).toBe(1602);
    for (const name of [
      'Aaron',
      'Mohamed',
      "M'hamed",
      'Abdelkader',
      'Élodie',
      'Willemijn',
      'Zoubir',
    ])
      expect(FIRST_NAMES).toContain(name);
    expect(FIRST_NAMES.filter(faulty)).toEqual([]);
    expect(NAME_PARTICLES).toHaveLength(45);
    expect(NAME_PARTICLES).toContain("d'");
  });

  it('keeps every place with its country code', () => {
    expect(Object.keys(PLACES)).toHaveLength(696);
    expect(PLACES.Rabat).toBe('MA');
    expect(PLACES['Tanger-Tétouan-Al Hoceima']).toBe('MA');
    expect(PLACES["Palais d'El Mouradia"]).toBe('DZ');
    expect(PLACES['Détroit de Gibraltar']).toBe('');
    expect(PLACES['Bir Lahlou']).toBe('EH');
    expect(Object.keys(PLACES).filter(faulty)).toEqual([]);
  });

  it('keeps every demonym with its country code', () => {
    expect(Object.keys(DEMONYMS)).toHaveLength(535);
    expect(DEMONYMS.Marocaines).toBe('MA');
    expect(DEMONYMS["Marocains résidant à l'étranger"]).toBe('MA');
    expect(DEMONYMS.Sudanese).toBe('SD');
    expect(DEMONYMS.Kurds).toBe('');
    expect(Object.keys(DEMONYMS).filter(faulty)).toEqual([]);
  });

  it('keeps the Arabic given names and titles', () => {
    // 317 names, and 13 common Maghreb women's names added in session 41.
    expect(new Set(AR_FIRST_NAMES).size).toBe(330);
    for (const name of ['محمد', 'صلاح الدين', 'فاطمة الزهراء', 'رجب طيب', 'ستيف'])
      expect(AR_FIRST_NAMES).toContain(name);
    expect(AR_FIRST_NAMES.filter(faulty)).toEqual([]);
    expect(AR_TITLES).toHaveLength(103);
    expect(AR_TITLES).toContain('ولي العهد');
  });

  it('keeps the organisation, media and people tables in order', () => {
    expect(KNOWN_ORGANIZATIONS).toHaveLength(493);
    expect(MEDIA).toHaveLength(171);
    expect(KNOWN_PEOPLE).toHaveLength(419);
    for (const table of [KNOWN_ORGANIZATIONS, MEDIA, KNOWN_PEOPLE])
      expect(table.filter((e) => e === '' || e !== e.trim())).toEqual([]);
  });

  it('reads every month name at its month', () => {
    expect(MONTHS.size).toBe(76);
    expect(MONTHS.get('janvier')).toBe(1);
    expect(MONTHS.get('sep')).toBe(9);
    expect(MONTHS.get('كانون الثاني')).toBe(1);
    expect(MONTHS.get('تشرين الاول')).toBe(10);
    expect(MONTHS.get('دجنبر')).toBe(12);
    expect(monthNumber('Okt.')).toBe(10);
    expect(monthNumber('setiembre')).toBe(9);
    expect(monthNumber('нояб')).toBe(11);
    expect(monthNumber('Xuño')).toBe(6);
    expect(monthNumber('joulukuuta')).toBe(12);
    expect(monthNumber('-')).toBeUndefined();
  });

  it('keeps the day names and the function words', () => {
    expect(DAYS.size).toBe(21);
    expect(DAYS.has('الاحد')).toBe(true);
    expect(WEEKDAYS.size).toBe(55);
    expect(WEEKDAYS.has('sexta-feira')).toBe(true);
    expect(FRENCH_WORDS.size).toBe(75);
    expect(ENGLISH_WORDS.size).toBe(63);
    expect(FUNCTION_WORDS.size).toBe(265);
    expect(FUNCTION_WORDS.has('przez')).toBe(true);
  });
});
