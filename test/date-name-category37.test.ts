/**
 * A post's meta line parting the date, the author and the category (`March
 * 12, 2024 | Omar Lahlou | Society`, `12 mars 2024 • X • Société`): the middle
 * segment names the author when it opens with a known first name (blind round
 * 37d's variants of the WordPress meta line).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const headline = 'Part of an old building collapses in the medina of Salé, inquiry opened';
const text = [
  'The authorities opened an inquiry on Thursday after part of an old building collapsed in the medina, causing no casualties according to the civil protection service.',
  "Residents of the neighbouring buildings were moved to a hotel while the city's technical services inspect the structures, officials said.",
];

function read(meta: string) {
  return parseArticle(['The Journal', 'Home', 'News', headline, meta, ...text].join('\n'));
}

describe('date | author | category', () => {
  test('`March 12, 2024 | Omar Lahlou | Society`', () => {
    const a = read('March 12, 2024 | Omar Lahlou | Society');
    expect(a.title).toBe(headline);
    expect(a.authors).toEqual(['Omar Lahlou']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2024-03-12');
    expect(a.paragraphs[0]?.text).toBe(text[0]);
  });

  test('French, bullets: `12 mars 2024 • Salma Idrissi • Société`', () => {
    expect(read('12 mars 2024 • Salma Idrissi • Société').authors).toEqual(['Salma Idrissi']);
  });

  test('Arabic: `12 مارس 2024 | سلمى الجلاصي | مجتمع`', () => {
    expect(read('12 مارس 2024 | سلمى الجلاصي | مجتمع').authors).toEqual(['سلمى الجلاصي']);
  });

  test('guard: a site’s name in the middle names no one', () => {
    expect(read('12 mars 2024 | Maroc Diplomatique | Politique').authors).toEqual([]);
  });

  test('guard: a count closing the line is no category', () => {
    expect(read('March 12, 2024 | Omar Lahlou | 3 comments').title).toBe(headline);
  });
});
