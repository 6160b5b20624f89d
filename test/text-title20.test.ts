/**
 * The text path's title (session 20): the headline among the lines above the
 * body, never a deck's broken first line, a menu entry over the date line or a
 * picture's caption. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { pageWith, TITLE } from './helpers/port-page.js';

describe('a deck broken over two lines', () => {
  test('the first half of a deck, continued in lower case on the next line, is not the title', () => {
    const a = parseArticle(
      pageWith([
        `${TITLE}: a record year`,
        'But only the biggest',
        'carriers will profit from it.',
        'By Karim Benali',
        'March 3, 2024',
      ]),
    );
    expect(a.title).toBe(`${TITLE}: a record year`);
    expect(a.authors).toEqual(['Karim Benali']);
  });

  test('a headline over a deck opening with a brand written in lower case stays the title', () => {
    const a = parseArticle(
      pageWith([TITLE, 'eBay and two carriers will profit from it.', 'By Karim Benali']),
    );
    expect(a.title).toBe(TITLE);
  });
});
