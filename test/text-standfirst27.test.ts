/**
 * The headline over its deck, and lines under a headline that are no deck.
 * A one-sentence deck between the headline and its byline or date line is
 * the standfirst, not the title, even when no page address names the
 * headline; a picture's credit (`Care of X`, a caption closed by `Credit:
 * NAME` with no stop before the label) is neither title nor standfirst.
 * Pages are synthetic, written here.
 */

import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectStandfirst } from './helpers/checks.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

const NOTICE =
  'Our editors choose and review products on their own. We may earn a commission when you buy through the links on this site.';
const DECK = 'Container traffic grew faster than at any other Mediterranean port this year.';
const SHARE = ['Facebook', 'Twitter', 'LinkedIn', 'Email', 'Copy Link'];

/** Menu, a notice, breadcrumb, the headline, `header` lines, the paragraphs, footer; blocks a blank line apart. */
function page(header: string[], headline = TITLE): string {
  return [
    ...MENU,
    NOTICE,
    'Home',
    'Ports',
    headline,
    '',
    ...header,
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

/** The menu, the headline, `line` under it, a byline and a date line, the paragraphs and the footer, a line each. */
function underHeadline(line: string): string {
  return [...MENU, TITLE, line, 'By Karim Benali', 'March 4, 2025', ...PARAGRAPHS, ...FOOTER].join(
    '\n',
  );
}

describe('the headline over a one-sentence deck, no address', () => {
  test('headline, deck, byline, date: the headline is the title, the deck the standfirst', () => {
    const input = page([DECK, '', 'By Karim Benali', 'March 4, 2025', ...SHARE]);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expectStandfirst(input, a, DECK);
    expect(a.authors).toEqual(['Karim Benali']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('headline, deck, date: the headline is the title, the deck the standfirst', () => {
    const input = page([DECK, '', 'March 4, 2025', ...SHARE]);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.publishedAt).toBe('2025-03-04');
    expectStandfirst(input, a, DECK);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('a short headline closed by a stop under a kicker of four words stays the title', () => {
    const headline = 'Tangier port traffic up again.';
    const input = [...MENU, NOTICE, 'Ports and shipping news', headline, '', 'By Karim Benali']
      .concat(['March 4, 2025', ...SHARE, '', ...PARAGRAPHS.flatMap((p) => [p, '']), ...FOOTER])
      .join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(headline);
    expect(a.standfirst).toBeUndefined();
  });
});

describe('a picture credit under the headline', () => {
  test('`Care of` and an owner’s name is a credit: neither title nor standfirst', () => {
    const credit = 'Care of Tangier Med Holdings LLC';
    const input = underHeadline(credit);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
    expect(a.text).not.toContain(credit);
  });

  test('a caption closed by `Credit:` and a name in capitals, no stop before it, is no standfirst', () => {
    const caption =
      'Cranes at the container terminal on the first day of the new season Credit: PORT AUTHORITY';
    const input = underHeadline(caption);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
    expect(a.text).not.toContain(caption);
  });

  test('a deck naming a credit in its prose stays the standfirst', () => {
    const deck =
      'The port thanked its staff and gave credit to the new booking system for the rise.';
    const input = underHeadline(deck);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expectStandfirst(input, a, deck);
  });
});

describe('the deck under an earlier print of the headline', () => {
  const deck =
    'Container traffic grew faster than at any other Mediterranean port this year, making Tangier the busiest port of the region.';
  /** The headline and its deck over a byline and the author's box of recent stories, then the headline printed again over the body. */
  const input = [
    ...MENU,
    'March 4, 2025 10:04AM ET',
    TITLE,
    deck,
    'By',
    'Karim Benali',
    'Karim Benali',
    'Reporter',
    "Karim Benali's Most Recent Stories",
    'Casablanca tram line three opens to passengers in March',
    'Rabat airport terminal expansion approved by the council',
    'View All',
    ...SHARE,
    TITLE,
    ...PARAGRAPHS,
    ...FOOTER,
  ].join('\n');

  test('the title read from the later print: the deck under the first print is the standfirst', () => {
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expectStandfirst(input, a, deck);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('with no deck under the first print, no standfirst', () => {
    const a = parseArticle(input.replace(`${deck}\n`, ''));
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
  });
});
