/**
 * A most-read page (blind round 44k) prints each headline under its rank
 * alone on a line, a rubric and comment count under it (`1` ⏎ headline ⏎
 * `Business · 214 comments`): no excerpt, no date, and the page read as no
 * kind at all. Three headlines or more under ranks rising by one are a
 * listing's items; a pager's numbers over no headline, and a sponsored line
 * after the ranking, are none.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINES = [
  ['Kenya Power cuts connection fees for rural homes', 'News · 88 comments'],
  ['Shilling steady as tea export earnings rise', 'Business · 21 comments'],
  ['Harambee Stars name provisional squad for January camp', 'Sport · 140 comments'],
  ['County assemblies given more time to pass budgets', 'Politics · 9 comments'],
] as const;

const page = (first: number) =>
  [
    'The Coast Courier',
    'Sign in',
    'News',
    'Business',
    'Sport',
    'Most Popular',
    ...HEADLINES.flatMap(([h, meta], i) => [String(first + i), h, meta]),
    '1',
    '2',
    '3',
    'Sponsored',
    'Get 20% off your first order with ShopNow',
    '© 2026 The Coast Courier',
  ].join('\n');

describe('a ranking of headlines each under its rank alone', () => {
  for (const first of [1, 11])
    test(`each ranked headline is an item (ranks from ${first})`, () => {
      const text = page(first);
      const a = parseArticle(text);
      expect(a.kind).toBe('listing');
      expect(a.title).toBeUndefined();
      expect((a.items ?? []).map((i) => i.title)).toEqual(HEADLINES.map(([h]) => h));
      const it = a.items?.[0];
      expect(it && text.slice(it.start, it.end)).toBe(`${first}\n${HEADLINES[0][0]}`);
    });

  test('numbered steps written as sentences are no ranking', () => {
    const steps = [
      'How to renew your driving licence online',
      'By Jane Wambui',
      'December 4, 2026',
      'Renewing a licence no longer needs a trip to the office, and the whole process takes about ten minutes if your documents are ready.',
      '1',
      'Log in to the eCitizen portal with your ID number.',
      '2',
      'Choose the renewal service and the licence class.',
      '3',
      'Pay the fee by mobile money and download the receipt.',
      'The new licence is sent by post within two weeks, the authority says, and the receipt is valid as a licence until then.',
    ].join('\n');
    expect(parseArticle(steps).kind).toBe('article');
  });
});
