/**
 * The standfirst under a headline the text path finds only once the body is
 * chosen (a notice above the header hides it at first, the page's address
 * names it): the deck printed between that headline and its byline or date
 * line is the standfirst, not lost, and the body stays the article's
 * paragraphs. Pages are synthetic, written here.
 */

import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectStandfirst } from './helpers/checks.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

const URL = 'https://news.example.com/ports/port-traffic-tangier-up-nine-percent';
const NOTICE =
  'Our editors choose and review products on their own. We may earn a commission when you buy through the links on this site.';
const DECK = 'Container traffic grew faster than at any other Mediterranean port this year.';
const SHARE = ['Facebook', 'Twitter', 'LinkedIn', 'Email', 'Copy Link'];

/** Menu, a notice, breadcrumb, the headline, `header` lines, the paragraphs, footer. */
function page(header: string[]): string {
  return [
    ...MENU,
    NOTICE,
    'Home',
    'Ports',
    TITLE,
    '',
    ...header,
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

describe('the deck under a headline found after the body', () => {
  test('a deck over the byline, the date and a run of share buttons is the standfirst', () => {
    const input = page([DECK, '', 'By Karim Benali', 'March 4, 2025', ...SHARE]);
    const a = parseArticle(input, { url: URL });
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Karim Benali']);
    expectStandfirst(input, a, DECK);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('a deck over the date line alone is the standfirst', () => {
    const a = parseArticle(page([DECK, '', 'March 4, 2025', ...SHARE]), { url: URL });
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBe(DECK);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('a short line between the deck and the byline (an avatar label) does not hide it', () => {
    const a = parseArticle(page([DECK, '', 'Author avatar', 'By Karim Benali', ...SHARE]), {
      url: URL,
    });
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBe(DECK);
  });

  test('a photo caption with its credit over the byline is no standfirst', () => {
    const caption = 'Cranes at the container terminal. Photo: Karim Benali/AFP';
    const a = parseArticle(page([caption, '', 'By Karim Benali', 'March 4, 2025', ...SHARE]), {
      url: URL,
    });
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
    expect(a.text).not.toContain(caption);
  });

  test('a line over a photo credit is the picture caption, no standfirst', () => {
    const caption = 'Cranes unload the first ship at the new container terminal of the port.';
    const a = parseArticle(
      page([caption, 'Karim Benali / Getty Images', '', 'By Karim Benali', ...SHARE]),
      { url: URL },
    );
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
  });

  test('the headline printed again under itself is no standfirst', () => {
    const a = parseArticle(page([TITLE, '', 'March 4, 2025']), { url: URL });
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
  });

  test('with no byline or date line under it, a line over the share buttons is no standfirst', () => {
    const a = parseArticle(page([DECK, '', ...SHARE]), { url: URL });
    expect(a.standfirst).toBeUndefined();
  });
});
