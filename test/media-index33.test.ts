/**
 * A video or photo-gallery index prints each unit as a headline and its
 * medium's mark (a running time `03:27`, a gallery's size `21 photos`) on the
 * line above or below it, and nothing else: three such units make a listing
 * whose items are the headlines. Clock times in order are a timeline's, no
 * running times. Pages in test/fixtures/media33/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { ARABIC_GALLERIES, GALLERIES, indexPage, VIDEOS } from './fixtures/media33/pages.js';

const titles = (input: string) => (parseArticle(input).items ?? []).map((it) => it.title);

describe('a video index, each running time over its headline', () => {
  const a = parseArticle(indexPage(VIDEOS, true));

  test('is a listing of the four headlines, no title and no body', () => {
    expect(a.kind).toBe('listing');
    expect(a.items?.map((it) => it.title)).toEqual(VIDEOS.map(([h]) => h));
    expect(a.title).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
  });

  test('the running time dates no item', () => {
    expect(a.items?.some((it) => it.publishedAt !== undefined)).toBe(false);
  });

  test('with the running time under each headline', () => {
    expect(titles(indexPage(VIDEOS, false))).toEqual(VIDEOS.map(([h]) => h));
  });
});

test('running times in order not written as a clock (`9:10`, `8:17`, …) are still running times', () => {
  const falling: Array<[string, string]> = VIDEOS.map(([h], i) => [h, `${9 - i}:${10 + i * 7}`]);
  expect(titles(indexPage(falling, false))).toEqual(VIDEOS.map(([h]) => h));
});

test('a gallery index, each size under its headline, is a listing of the galleries', () => {
  const a = parseArticle(
    indexPage(GALLERIES, false, ['Casablanca Weekly', 'Home', 'News', 'Photos', 'Galleries']),
  );
  expect(a.kind).toBe('listing');
  expect(a.items?.map((it) => it.title)).toEqual(GALLERIES.map(([h]) => h));
});

test('an Arabic gallery index (`24 صورة`) is a listing of the galleries', () => {
  const a = parseArticle(
    indexPage(ARABIC_GALLERIES, false, ['المغرب اليوم', 'الرئيسية', 'صور', 'ألبومات الصور']),
  );
  expect(a.kind).toBe('listing');
  expect(a.items?.map((it) => it.title)).toEqual(ARABIC_GALLERIES.map(([h]) => h));
});

describe('guards', () => {
  test('clock times newest first over headlines (a timeline) are no running times', () => {
    const timeline: Array<[string, string]> = VIDEOS.map(([h], i) => [h, `1${8 - i}:05`]);
    expect(parseArticle(indexPage(timeline, true)).kind).not.toBe('listing');
  });

  test('two units are no index', () => {
    expect(parseArticle(indexPage(VIDEOS.slice(0, 2), true)).kind).not.toBe('listing');
  });
});
