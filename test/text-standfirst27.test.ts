/**
 * Lines under a headline that are no deck: a picture's credit (`Care of X`,
 * a caption closed by `Credit: NAME` with no stop before the label) is
 * neither title nor standfirst. Pages are synthetic, written here.
 */

import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectStandfirst } from './helpers/checks.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

describe('a picture credit under the headline', () => {
  test('`Care of` and an owner’s name is a credit: neither title nor standfirst', () => {
    const credit = 'Care of Tangier Med Holdings LLC';
    const input = [
      ...MENU,
      TITLE,
      credit,
      'By Karim Benali',
      'March 4, 2025',
      ...PARAGRAPHS,
      ...FOOTER,
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
    expect(a.text).not.toContain(credit);
  });

  test('a caption closed by `Credit:` and a name in capitals, no stop before it, is no standfirst', () => {
    const caption =
      'Cranes at the container terminal on the first day of the new season Credit: PORT AUTHORITY';
    const input = [
      ...MENU,
      TITLE,
      caption,
      'By Karim Benali',
      'March 4, 2025',
      ...PARAGRAPHS,
      ...FOOTER,
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
    expect(a.text).not.toContain(caption);
  });

  test('a deck naming a credit in its prose stays the standfirst', () => {
    const deck =
      'The port thanked its staff and gave credit to the new booking system for the rise.';
    const input = [
      ...MENU,
      TITLE,
      deck,
      'By Karim Benali',
      'March 4, 2025',
      ...PARAGRAPHS,
      ...FOOTER,
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expectStandfirst(input, a, deck);
  });
});
