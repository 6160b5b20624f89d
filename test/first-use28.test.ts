/**
 * Session 28's first-use pass: the date patterns match a month's letters as a
 * run (`\p{L}+`) and bound its length in code instead of in the pattern, which
 * V8 compiled once per repeat (15–140 ms at a process's first two-byte line).
 * The same dates must be read: these pin the bounds (3–12 letters day first,
 * 3–9 month first, 3–10 year first), a run that is too long or too short, and
 * letters outside the BMP counted once. Synthetic lines written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findCommaFormDates } from '../src/dates/comma-forms.js';
import { findDates } from '../src/dates/find-dates.js';
import { lettersWithin } from '../src/dates/names.js';
import { findWrittenFormDates } from '../src/dates/written-forms.js';
import { isFurnitureLine, isTeaserHeading, opensLikeTeaserHeading } from '../src/html/furniture.js';
import { findTextDates } from '../src/html/text-dates.js';
import { parseArticle } from '../src/index.js';

/** The ISO values `findDates` reads in `line`. */
const days = (line: string): string[] => findDates(line).map((d) => d.iso);
/** The ISO values `findTextDates` reads in `line`. */
const textDays = (line: string): string[] => findTextDates(line).map((d) => d.iso);

describe('date patterns: month letters bounded in code (session 28)', () => {
  test('a letter run is counted by characters, a surrogate pair as one', () => {
    expect(lettersWithin('mai', 3, 12)).toBe(true);
    expect(lettersWithin('de', 3, 12)).toBe(false);
    expect(lettersWithin('septembrrrrrr', 3, 12)).toBe(false);
    // Twelve mathematical letters are 24 code units and still twelve characters.
    expect(lettersWithin('𝐀'.repeat(12), 3, 12)).toBe(true);
    expect(lettersWithin('𝐀'.repeat(13), 3, 12)).toBe(false);
    expect(lettersWithin('𝐀𝐀', 3, 12)).toBe(false);
  });

  test('day first: a month name of any allowed length is read, with its day, year and time', () => {
    // Curly quotes make the line two-byte text, where the patterns' first use cost most.
    expect(days('« Publié le 12 décembre 2024 à 10h05 »')).toEqual(['2024-12-12T10:05']);
    expect(days('“Veröffentlicht am 3. März 2025”')).toEqual(['2025-03-03']);
    expect(days('5 of May 2020')).toEqual(['2020-05-05']);
    expect(days('7 de mayo de 2022')).toEqual(['2022-05-07']);
    expect(days('21.dez.2018')).toEqual(['2018-12-21']);
    expect(textDays('“Le 1er septembre 2023”')).toEqual(['2023-09-01']);
  });

  test('day first: a word longer than a month name, or shorter, is no month', () => {
    expect(days('“5 Marchandisesss 2020”')).toEqual([]);
    expect(days('5 de 2020')).toEqual([]);
    expect(textDays('“5 Marchandisesss 2020”')).toEqual([]);
  });

  test('month first: three to nine letters, the abbreviation dot and ordinal allowed', () => {
    expect(days('“Jan.25, 2017”')).toEqual(['2017-01-25']);
    expect(days('“September 12th, 2020”')).toEqual(['2020-09-12']);
    expect(days('“Septembers 12, 2020”')).toEqual([]);
    expect(textDays('“November 29, 2016”')).toEqual(['2016-11-29']);
  });

  test('the comma, weekday and year-first forms keep their bounds', () => {
    expect(findCommaFormDates('“26, Abril, 2022”').map((d) => d.iso)).toEqual(['2022-04-26']);
    expect(findCommaFormDates('“26, Abrilmarzojunio, 2022”')).toEqual([]);
    expect(findCommaFormDates('“Dec 28 Sat 2013”').map((d) => d.iso)).toEqual(['2013-12-28']);
    expect(findWrittenFormDates('„2020. március 12.”').map((d) => d.iso)).toEqual(['2020-03-12']);
    expect(findWrittenFormDates('„2020. márciusokban 12.”')).toEqual([]);
  });

  test('a text dump is dated by its stamp line as before', () => {
    const text = [
      'Harbour works begin on the north quay',
      '',
      'Publié le 12 décembre 2024 à 10h05',
      '',
      'The first cranes arrived on Monday at the north quay, where the works will last two years and close the old ferry berth for the whole of next summer.',
      '',
      'The port authority said the ferries would use the south berth until the new quay opens, and that the timetable would not change for passengers.',
    ].join('\n');
    expect(parseArticle(text).publishedAt).toBe('2024-12-12T10:05');
  });
});

describe('teaser headings of free words, read in code (session 28)', () => {
  test('`More` and one word, or up to three words and a closer', () => {
    expect(isTeaserHeading('More Opinion')).toBe(true);
    expect(isTeaserHeading('More Harbour Town stories')).toBe(true);
    expect(isTeaserHeading('More from the harbour')).toBe(true);
    // Four free words before the closer, a word of one letter, a word with a digit: no heading.
    expect(isTeaserHeading('More big old harbour town stories')).toBe(false);
    expect(isTeaserHeading('More A stories')).toBe(false);
    expect(isTeaserHeading('More 4x4 stories')).toBe(false);
    expect(isTeaserHeading('More harbour photos')).toBe(false);
  });

  test('`Other` and up to two words before its closer, which is never `reads`', () => {
    expect(isTeaserHeading('Other news')).toBe(true);
    expect(isTeaserHeading('Other tech news')).toBe(true);
    expect(isTeaserHeading('Other harbour town posts')).toBe(true);
    expect(isTeaserHeading('Other big harbour town posts')).toBe(false);
    expect(isTeaserHeading('Other harbour reads')).toBe(false);
    expect(opensLikeTeaserHeading('other tech news')).toBe(true);
  });

  test('a word of up to twenty letters, counted by characters', () => {
    expect(opensLikeTeaserHeading(`more ${'a'.repeat(20)}`)).toBe(true);
    expect(opensLikeTeaserHeading(`more ${'a'.repeat(21)}`)).toBe(false);
    expect(opensLikeTeaserHeading(`more ${'𝐀'.repeat(20)} news`)).toBe(true);
    expect(opensLikeTeaserHeading(`more ${'𝐀'.repeat(21)} news`)).toBe(false);
  });
});

describe('a credit alone, its two parts bounded in code (session 28)', () => {
  test('an agency and its source, or a name and an agency, up to 41 and 31 characters', () => {
    expect(isFurnitureLine('Ann Lee/Harbour Press')).toBe(true);
    expect(isFurnitureLine('AFP / Getty Images')).toBe(true);
    expect(isFurnitureLine(`A${'b'.repeat(40)}/Harbour`)).toBe(true);
    expect(isFurnitureLine(`A${'b'.repeat(41)}/Harbour`)).toBe(false);
    expect(isFurnitureLine(`Harbour/A${'b'.repeat(30)}`)).toBe(true);
    expect(isFurnitureLine(`Harbour/A${'b'.repeat(31)}`)).toBe(false);
    // A second slash, or a digit, is no credit.
    expect(isFurnitureLine('Harbour/Press/Town')).toBe(false);
    expect(isFurnitureLine('Harbour/Press 24')).toBe(false);
  });
});
