/**
 * A listing printed with no blank line between its units (a WET record): a
 * byline and date line under every unit's excerpt (`By X | November 20,
 * 2026`), none over the first headline, closes each unit, so every item takes
 * its own, not only the last. Pages in test/fixtures/wet-listing33/.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { dateAbove, metaBelow, UNITS } from './fixtures/wet-listing33/pages.js';

test('each item takes the byline and date under its own excerpt', () => {
  const a = parseArticle(metaBelow(UNITS));
  expect(a.kind).toBe('listing');
  expect((a.items ?? []).map((it) => [it.title, it.author, it.publishedAt?.slice(0, 10)])).toEqual(
    UNITS.map((u) => [u.headline, u.author, u.day]),
  );
});

test('guard: dates over the headlines do not close the unit above', () => {
  const a = parseArticle(dateAbove(UNITS));
  const days = (a.items ?? []).map((it) => it.publishedAt?.slice(0, 10));
  // The unit above never takes the day printed over the next headline.
  days.forEach((day, k) => {
    expect(day === undefined || day === UNITS[k]?.day).toBe(true);
  });
  expect(a.items?.map((it) => it.title)).toEqual(UNITS.map((u) => u.headline));
});
