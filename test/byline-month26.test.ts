/**
 * A one-word byline name followed by its date (`by Regan December 6, 2017`): the month opens the date, it is not a
 * surname. A month after a one-word name with no day after it stays part of the name (`By June Carter`, `by Mary May`).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkArticle } from './helpers/checks.js';

const BODY = [
  'The pears were ripe and sweet this autumn, so the family cooked a large batch of jam with honey and cinnamon.',
  'The fruit simmered slowly for an hour before it was poured into clean jars and sealed for the winter months.',
  'Neighbours who tasted it asked for the recipe, and a second batch followed before the end of the season.',
].join('\n\n');

const page = (byline: string): string =>
  `Spiced Pear Jam for the Holidays\n\n${byline}\n\n${BODY}\n`;

describe('a month after a one-word byline name', () => {
  test.each([
    ['by Regan December 6, 2017', 'Regan', '2017-12-06'],
    ['By Nadia March 3, 2020', 'Nadia', '2020-03-03'],
    ['Par Karim mars 2019', 'Karim', undefined],
    ['par Karim 12 mars 2019', 'Karim', '2019-03-12'],
  ])('`%s`: author %s', (line, name, day) => {
    const text = page(line);
    const a = parseArticle(text);
    expect(a.authors).toEqual([name]);
    if (day) expect(a.publishedAt?.slice(0, 10)).toBe(day);
    checkArticle(text, a);
  });

  test('the same author on a second line is listed once', () => {
    const text = page('by Regan December 6, 2017\nwritten by Regan');
    const a = parseArticle(text);
    expect(a.authors).toEqual(['Regan']);
  });

  test('guard: a month that is a first name or a surname stays in the name', () => {
    expect(parseArticle(page('By June Carter')).authors).toEqual(['June Carter']);
    expect(parseArticle(page('By Theresa May')).authors).toEqual(['Theresa May']);
  });
});
