/**
 * `withStampedUnits` (round 41k, an author's page): units closed by date lines win over the items read otherwise
 * when they are as many as those items' dated ones and the others carry undated lines besides (an author's bio,
 * the masthead over its menu); with no undated line among them, the items read otherwise stay.
 */
import { describe, expect, test } from 'vitest';
import { withStampedUnits } from '../src/article/text/item-refiners.js';
import type { ListingItem } from '../src/types.js';

const item = (title: string, publishedAt?: string, teaser?: string): ListingItem => ({
  title,
  start: 0,
  end: 1,
  ...(publishedAt ? { publishedAt } : {}),
  ...(teaser ? { teaser } : {}),
});

const stamped = [
  item('Oran : le nouveau tramway transporte 80 000 voyageurs par jour', '2026-12-02'),
  item('Mostaganem : la corniche rouverte aux piétons', '2026-11-27'),
  item('Tlemcen : 3 000 logements attribués', '2026-11-20'),
];

describe('withStampedUnits at a tie', () => {
  test('the units win over items carrying an undated bio', () => {
    const read = [
      item('Journaliste au service Régions depuis 2019, elle couvre les transports.'),
      item(
        'Ses derniers articles',
        '2026-12-02',
        'Oran : le nouveau tramway transporte 80 000 voyageurs par jour',
      ),
      item('Mostaganem : la corniche rouverte aux piétons', '2026-11-27'),
      item('Tlemcen : 3 000 logements attribués', '2026-11-20'),
    ];
    expect(withStampedUnits(read, stamped).map((i) => i.title)).toEqual(
      stamped.map((i) => i.title),
    );
  });

  test('guard: items all dated stay, their excerpts with them', () => {
    const read = stamped.map((i) => item(i.title ?? '', i.publishedAt, 'Un extrait…'));
    expect(withStampedUnits(read, stamped)).toEqual(read);
  });
});
