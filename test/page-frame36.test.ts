/**
 * A banner at the top of the page, over the site's menu printed one entry a
 * line (an edition's notice, a site's tagline): long enough to read as prose,
 * it is the page's frame, not the article's first text, so the header's
 * search goes on under it to the headline, its date line and its byline.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BANNER =
  'This Harbour Courier homepage is tailored for our readers in Morocco. Make it your default edition. Switch to the international edition, or read the Courier in French and Arabic.';
const MENU = ['News', 'Harbour', 'Trade', 'Quizzes', 'Videos', 'More', 'Sections', 'Animals'];
const HEADLINE = 'Pilot Boat Crew Rescues Six Fishermen Off Cape Spartel';
const DECK = 'The fishermen had spent the night on the hull of their capsized boat.';
const PARAGRAPHS = [
  'A pilot boat of the port of Tangier rescued six fishermen on Tuesday morning, eleven hours after their trawler capsized in heavy seas off Cape Spartel, the harbour board said.',
  'The crew spotted the men clinging to the hull at first light and brought them aboard one by one; all six were taken to the regional hospital, where doctors said they were cold but unhurt.',
  'The board said the rescue had been made possible by the new night radar on the pilot station, which picked up the wreck an hour before the boat reached it.',
];

const page = (top: readonly string[]): string =>
  [
    ...top,
    ...MENU,
    '',
    HEADLINE,
    '',
    DECK,
    '',
    'posted on April 21, 2026, at 11:29 a.m.',
    'Lina Haddad',
    'Courier Reporter',
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
  ].join('\n');

describe('a banner over the menu', () => {
  test('the headline under the menu is the title, the date line and byline are read', () => {
    const a = parseArticle(page([BANNER, '']));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Lina Haddad']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-04-21');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('with no banner the page reads the same (guard)', () => {
    const a = parseArticle(page([]));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Lina Haddad']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe('an article opening on its first paragraph, a list under it (guard)', () => {
  test('the paragraph and the list stay in the body', () => {
    const intro =
      'This harbour-style fish stew is what the trawler crews of Tangier cook on the quay after the morning auction, with whatever the nets brought in and a good handful of herbs.';
    const items = [
      '1 kg white fish',
      '4 tomatoes',
      '2 onions',
      '3 garlic cloves',
      '1 bunch coriander',
      '1 lemon',
    ];
    const method =
      'Soften the onions and garlic in olive oil, add the tomatoes and simmer for ten minutes, then lay the fish on top, cover and cook gently until it flakes, about fifteen minutes.';
    const a = parseArticle([intro, ...items, '', method, ''].join('\n'));
    const text = a.paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain(intro);
    expect(text).toContain(method);
  });
});
