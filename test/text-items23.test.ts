/**
 * A listing's items on text pages (session 23): a paragraph of prose read as
 * an item's headline (a post the tag page prints in full) is more of the item
 * above, not an item. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { foldProseItems } from '../src/article/text/item-refiners.js';
import { parseArticle } from '../src/index.js';
import { PARAGRAPHS } from './helpers/port-page.js';

const TITLES = [
  'Port traffic at Tangier up nine percent this year',
  'New rail link to the industrial zone opens in autumn',
  'Carriers warn of congestion at the terminal gates',
];

/** A tag page: three teasers (headline, time, excerpt, read-more link); the first prints its post's next paragraphs too. */
function tagPage(titles: readonly string[]): string {
  return [
    'Accueil',
    'Tag : ports',
    '',
    ...titles.flatMap((t, i) => [
      t,
      `12/03/2024 à 1${i}h30`,
      '',
      `${(PARAGRAPHS[i] ?? '').slice(0, 120)}…`,
      '',
      ...(i === 0 ? [PARAGRAPHS[1] ?? '', '', PARAGRAPHS[2] ?? '', ''] : []),
      'Lire la suite',
      '',
    ]),
    '© 2024 Example Media',
  ].join('\n');
}

describe('a post printed in full on a tag page', () => {
  const page = tagPage(TITLES);
  const a = parseArticle(page, { url: 'https://news.example.com/tag/ports' });

  test('its paragraphs are no items: one item a headline', () => {
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => i.title)).toEqual(TITLES);
  });

  test('the first item reaches over the paragraphs it printed, and keeps its own time', () => {
    const first = a.items?.[0];
    expect(first?.end).toBeGreaterThanOrEqual(page.indexOf(PARAGRAPHS[2] ?? '-'));
    expect(first?.end).toBeLessThan(page.indexOf(TITLES[1] ?? '-'));
    expect(first?.publishedAt).toBe('2024-03-12T10:30');
  });
});

describe('what stays an item', () => {
  test('a headline closed by a full stop, of a headline’s length', () => {
    const stopped =
      'The council refers five port officials to the courts over spending during the crisis.';
    const titles = [TITLES[0] ?? '', stopped, TITLES[2] ?? ''];
    const a = parseArticle(tagPage(titles), { url: 'https://news.example.com/tag/ports' });
    expect(a.items?.map((i) => i.title)).toEqual(titles);
  });

  test('a listing of excerpts with no headlines is left as it is', () => {
    const items = [
      { teaser: 'One excerpt…', start: 0, end: 12 },
      { teaser: 'Another excerpt…', start: 13, end: 29 },
      { title: 'A headline', teaser: 'Its excerpt…', start: 30, end: 52 },
    ];
    expect(foldProseItems(items)).toEqual(items);
  });
});

describe('units closed by date lines of one shape', () => {
  const EXCERPTS = [
    'The port authority of Tangier said on Tuesday that container traffic rose by nine percent in the first half of the year.',
    'Officials expect the growth to continue through the autumn, when two more cranes are due to enter service at the terminal.',
  ];

  test('short headlines are items, each with its excerpt and the day of the date line under it', () => {
    const page = [
      'The Harbour Post',
      '',
      'Harbours',
      EXCERPTS[0],
      '05/08/2019|2 min read',
      '',
      'Cranes',
      EXCERPTS[1],
      '30/07/2019|1 min read',
      'Editorial: the port and the city',
      '29/07/2019|5 min read',
      '',
      'Ad',
      'Tides',
      '27/07/2019|3 min read',
    ].join('\n');
    const a = parseArticle(page, { url: 'https://news.example.com/opinion?page=152' });
    expect(a.kind).toBe('listing');
    expect(a.items?.map((i) => [i.title, i.publishedAt?.slice(0, 10)])).toEqual([
      ['Harbours', '2019-08-05'],
      ['Cranes', '2019-07-30'],
      ['Editorial: the port and the city', '2019-07-29'],
      ['Tides', '2019-07-27'],
    ]);
    expect(a.items?.[0]?.teaser).toBe(EXCERPTS[0]);
    expect(a.items?.[2]?.teaser).toBeUndefined();
  });

  test('with the date between a headline and its excerpt, the excerpt is its headline’s', () => {
    const page = [
      'The Harbour Post',
      '',
      'Harbours',
      '05/08/2019|2 min read',
      EXCERPTS[0],
      '',
      'Cranes',
      '30/07/2019|1 min read',
      EXCERPTS[1],
      '',
      'Tides',
      '27/07/2019|3 min read',
    ].join('\n');
    const a = parseArticle(page, { url: 'https://news.example.com/opinion?page=152' });
    expect(a.items?.map((i) => [i.title, i.teaser])).toEqual([
      ['Harbours', EXCERPTS[0]],
      ['Cranes', EXCERPTS[1]],
      ['Tides', undefined],
    ]);
  });
});
