/**
 * An `Updated` label before a byline's date (`By X Updated Nov 13, 2019`)
 * makes it an update's date, even though `updated` holds the letters of the
 * publication label `date`: a page whose address files it under a full day
 * is dated by that day, as the HTML path dates it. A publication label, or
 * no dated address, keeps the date read.
 * Synthetic dumps written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const BODY = [
  'The city council voted on Tuesday to extend the river walk by two kilometres, a project first promised a decade ago and delayed twice by disputes over the cost of the new bridges.',
  '',
  'Work on the first section is due to start in the spring, the deputy mayor said, and the contractors expect to finish the whole walk before the end of the following year if the weather allows.',
  '',
  'Residents of the eastern districts, who have waited longest, welcomed the decision but asked for lighting and benches along the stretch that runs past the old warehouses and the rowing club.',
].join('\n');

function updatedPage(label: string): string {
  return [
    'Site menu',
    'News',
    'Sport',
    '',
    'River walk to grow by two kilometres after council vote',
    '',
    `By Jane Roberts ${label} Nov 13, 2019, 10:28am EST`,
    '',
    BODY,
    '',
  ].join('\n');
}

const URL = 'https://news.example.org/city/2019/11/8/18877/river-walk-extended';

describe('an update label before the byline date', () => {
  test('the day the address files the page under dates it, not the update', () => {
    const a = parseArticle(updatedPage('Updated'), { url: URL });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-08');
    expect(a.authors).toEqual(['Jane Roberts']);
  });

  test('a publication label keeps the date it labels', () => {
    const a = parseArticle(updatedPage('Published'), { url: URL });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-13');
  });

  test('with no dated address the update date is still the one read', () => {
    const a = parseArticle(updatedPage('Updated'), {
      url: 'https://news.example.org/city/river-walk-extended',
    });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-13');
  });
});
