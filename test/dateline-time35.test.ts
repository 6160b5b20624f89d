/**
 * A wire dispatch's dateline gives the day alone (`ORAN – Thursday, 03 December
 * 2026 (APS) –`): the header's stamp of that same day (`Published on: …
 * 15:20`) gives the time too. Found by blind round 35 (a print version of an
 * APS dispatch).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (stamp: string, dateline: string) =>
  [
    'Print   Close',
    '',
    'Sahel Business Wire',
    '',
    'Annaba: steel plant restarts its second blast furnace after a year of repairs',
    '',
    stamp,
    '',
    `${dateline} The second blast furnace of the El Hadjar steel complex was restarted on Monday after twelve months of repairs, the company said in a statement.`,
    '',
    'The furnace is expected to raise the plant’s output of liquid steel to about 1.5 million tonnes a year by the end of next year, the statement added.',
    '',
    'Copyright © 2026 Sahel Business Wire',
  ].join('\n');

describe('a dateline giving the day alone, under a header stamp', () => {
  test('takes the time of the header’s stamp of the same day (English and French labels)', () => {
    for (const [stamp, dateline] of [
      ['Published on: Monday, 07 December 2026 09:45', 'ANNABA – Monday, 07 December 2026 (APS) –'],
      ['Published: 07 December 2026 - 09:45', 'ANNABA, Dec 7, 2026 (APS) -'],
      ['Publié le : lundi 07 décembre 2026 09:45', 'Annaba, 7 décembre 2026 (APS) -'],
    ] as const) {
      const a = parseArticle(page(stamp, dateline));
      expect(a.publishedAt?.slice(0, 16)).toBe('2026-12-07T09:45');
      expect(a.source?.name).toBe('APS');
    }
  });

  test('keeps the dateline’s day when the stamp names another day, or when there is no stamp', () => {
    const other = parseArticle(
      page(
        'Published on: Tuesday, 08 December 2026 09:45',
        'ANNABA – Monday, 07 December 2026 (APS) –',
      ),
    );
    expect(other.publishedAt?.slice(0, 10)).toBe('2026-12-07');
    expect(other.publishedAt?.slice(0, 16)).not.toBe('2026-12-08T09:45');
    const none = parseArticle(page('Economy', 'ANNABA – Monday, 07 December 2026 (APS) –'));
    expect(none.publishedAt).toBe('2026-12-07');
  });
});
