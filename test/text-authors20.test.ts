/**
 * The text path's authors (session 20): blog meta lines where the name, the
 * date and the categories run together. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { pageWith, TITLE } from './helpers/port-page.js';

describe('a blog meta line: the name, then its date printed twice', () => {
  test('`Name DATE DATECategory` names the author, a one-word name too', () => {
    const two = parseArticle(pageWith([TITLE, 'Amina Saidi 2. Februar 2020 2. Februar 2020Häfen']));
    expect(two.authors).toEqual(['Amina Saidi']);
    const one = parseArticle(
      pageWith([TITLE, 'Jessie 2. Februar 2020 2. Februar 2020Häfen Hamburg']),
    );
    expect(one.authors).toEqual(['Jessie']);
    expect(one.title).toBe(TITLE);
  });

  test('a kicker over one date, or two different dates, names nobody', () => {
    expect(parseArticle(pageWith([TITLE, 'Hafen 2. Februar 2020Häfen'])).authors).toEqual([]);
    expect(
      parseArticle(pageWith([TITLE, 'Hafen 2. Februar 2020 3. Februar 2020'])).authors,
    ).toEqual([]);
  });
});
