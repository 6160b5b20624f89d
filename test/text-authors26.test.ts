/**
 * A blog's stamp line under the headline: the post's date, then its author signing with a first name
 * alone (`November 21, 2022 Jules`). Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { pageWith, TITLE } from './helpers/port-page.js';

describe('a date, then a first name alone, under the headline', () => {
  test.each([
    ['November 21, 2022 Amina', 'Amina', '2022-11-21'],
    ['21. November 2022 Thomas', 'Thomas', '2022-11-21'],
    ['21/11/2022 Claire', 'Claire', '2022-11-21'],
  ])('%s: the author and the day', (line, name, iso) => {
    const a = parseArticle(pageWith([TITLE, line]));
    expect(a.authors).toEqual([name]);
    expect(a.publishedAt).toBe(iso);
  });
  test.each([
    // A section's name, a place's, a word of the page's furniture: no first names.
    'November 21, 2022 Wirtschaft',
    'November 21, 2022 Tanger',
    'November 21, 2022 Admin',
    'November 21, 2022 Kommentare',
  ])('control: %s is no author', (line) => {
    const a = parseArticle(pageWith([TITLE, line]));
    expect(a.authors).toEqual([]);
  });
});
