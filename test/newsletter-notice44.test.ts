/**
 * A newsletter's web view (blind round 44k) closes with the notice of why the
 * reader gets it (`You are receiving this email because …`, `Vous recevez ce
 * courriel car …`) over its links (`Unsubscribe | Update your preferences`):
 * the notice was read as a last item, the links as its excerpt. Both are the
 * mail's furniture; two links parted by a bar closing the page are no excerpt
 * and no headline.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const items = (text: string, url?: string) =>
  (parseArticle(text, url ? { url } : {}).items ?? []).map((i) => [i.title, i.publishedAt]);

describe("a newsletter's web view closed by why the reader gets it", () => {
  const STORIES = [
    [
      'Port of Djen Djen doubles its container capacity',
      'Two new gantry cranes entered service on Monday, the port authority said.',
    ],
    [
      'Oran tramway extension reaches the university campus',
      'The 6 km line adds eleven stations and runs every eight minutes.',
    ],
    [
      'Algeria and Tunisia reopen a second border crossing',
      'Traders expect the Sakiet crossing to halve waiting times for trucks.',
    ],
  ] as const;
  const page = (notice: string) =>
    [
      'The Weekly Sahel Letter',
      'View in browser',
      ...STORIES.flatMap(([title, summary]) => [title, summary, 'Read more']),
      notice,
      'Unsubscribe | Update your preferences',
      '© 2026 Sahel Letter Ltd, Algiers',
    ].join('\n');

  for (const notice of [
    'You are receiving this email because you signed up for The Weekly Sahel Letter.',
    'Vous recevez ce courriel car vous êtes inscrit à la lettre de la semaine.',
  ])
    test(`the notice is no item (${notice.slice(0, 20)}…)`, () => {
      expect(items(page(notice)).map(([title]) => title)).toEqual(STORIES.map(([title]) => title));
    });
});
