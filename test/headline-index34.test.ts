/**
 * A section page that prints its headlines alone, one a line (no excerpt, no
 * date), and closes them with the listing's pager (`Page 2 sur 40`) is a
 * listing whose items are the headlines; the same headlines with no pager
 * under them stay a ticker, and an article paged under its prose stays an
 * article. Pages in test/fixtures/headline-index34/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import {
  ARABIC_HEADLINES,
  ARTICLE_PARAGRAPHS,
  arabicSection,
  FRENCH_HEADLINES,
  frenchSection,
  pagedArticle,
  tickerOnly,
} from './fixtures/headline-index34/pages.js';

describe('a section page of bare headlines over its pager', () => {
  test.each([
    ['one a line', false],
    ['blank lines between', true],
  ])('is a listing of its headlines (%s), each item spanning its line', (_, spaced) => {
    const input = frenchSection(spaced);
    const a = parseArticle(input);
    expect(a.kind).toBe('listing');
    expect((a.items ?? []).map((it) => it.title)).toEqual([...FRENCH_HEADLINES]);
    for (const it of a.items ?? []) expect(input.slice(it.start, it.end)).toBe(it.title);
    expect(a.title).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
    expect(a.warnings).not.toContain('ticker only: the input holds headlines but no article');
  });

  test('in Arabic, over an Arabic page counter', () => {
    const a = parseArticle(arabicSection());
    expect(a.kind).toBe('listing');
    expect((a.items ?? []).map((it) => it.title)).toEqual([...ARABIC_HEADLINES]);
  });
});

describe('where the same headlines are no listing', () => {
  test('with no pager under them, a latest-news run stays a ticker', () => {
    const a = parseArticle(tickerOnly());
    expect(a.kind).not.toBe('listing');
    expect(a.items ?? []).toEqual([]);
    expect(a.warnings).toContain('ticker only: the input holds headlines but no article');
  });

  test('an article paged under its prose keeps its title and its text', () => {
    const a = parseArticle(pagedArticle());
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Tanger Med : un record de conteneurs et un nouveau terminal en vue');
    expect(a.paragraphs.map((p) => p.text)).toEqual([...ARTICLE_PARAGRAPHS]);
  });
});
