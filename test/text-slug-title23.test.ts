/**
 * The text path's title and the page's address (session 23): a headline whose
 * words the address's slug spells wins over a first choice that spells none
 * of them (another article's teaser over the body, a menu entry); never a
 * deck under the headline, nor a sentence of the lede. Pages are synthetic,
 * written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

const SLUG_URL = 'https://news.example.com/ports/port-traffic-at-tangier-up-nine-percent';

/** Menu, a section's name, the headline and its tools, then another article's teaser (headline and byline) over the body. */
function teaserOverBody(title: string): string {
  return [
    ...MENU,
    'Ports and shipping',
    title,
    'Share this article',
    'Rated 4 out of 5',
    'TIP!',
    'How to pack a container for a long sea voyage',
    'By Nadia Karimi',
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

describe('the headline the address spells', () => {
  test('wins over a teaser whose byline stands right over the body', () => {
    const a = parseArticle(teaserOverBody(TITLE), { url: SLUG_URL });
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('is found through the spellings addresses use (`fuer` for für, `strassen` for Straßen)', () => {
    const title = 'Tanger baut neue Straßen für den Hafenverkehr';
    const url =
      'https://news.example.de/wirtschaft/tanger-baut-neue-strassen-fuer-den-hafenverkehr';
    expect(parseArticle(teaserOverBody(title), { url }).title).toBe(title);
  });

  test('an address that spells no headline (a number, a section) changes nothing', () => {
    for (const url of [
      'https://news.example.com/article/123456',
      'https://news.example.com/ports/',
    ]) {
      expect(parseArticle(teaserOverBody(TITLE), { url }).title).toBe(
        parseArticle(teaserOverBody(TITLE)).title,
      );
    }
  });
});

describe('what the address never makes a title', () => {
  test('a deck right under the headline, though it spells the slug (a review naming its book)', () => {
    const page = [
      ...MENU,
      'Among the cranes of a working harbour',
      'A year in the port of Tangier told by the people who run it',
      'By Karim Benali',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ].join('\n');
    const url = 'https://books.example.com/reviews/year-port-tangier-told-people-run';
    expect(parseArticle(page, { url }).title).toBe('Among the cranes of a working harbour');
  });

  test('a sentence of the lede that spells the slug', () => {
    const lede = 'Port traffic at Tangier rose nine percent in the first half, the authority said.';
    const page = [
      ...MENU,
      'Shipping news',
      '',
      lede,
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ].join('\n');
    const a = parseArticle(page, {
      url: 'https://news.example.com/port-traffic-tangier-rose-nine-percent',
    });
    expect(a.title).not.toBe(lede);
    expect(a.paragraphs[0]?.text).toBe(lede);
  });
});
