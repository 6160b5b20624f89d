/**
 * Crawler-text pages of news sites (test/fixtures/pages): fourteen synthetic
 * pages in the shapes Chromium's innerText, w3m and lynx give, written with
 * their gold by a helper who never saw the parser. What a user checks: the
 * kind, the headline, where the body starts and ends, how many paragraphs it
 * has, and that menus, captions, teasers, comments and footers stay out.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkArticle } from './helpers/checks.js';

const texts = import.meta.glob('./fixtures/pages/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const golds = import.meta.glob('./fixtures/pages/*.gold.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

interface PageGold {
  url: string;
  style: 'chromium' | 'w3m' | 'lynx';
  lang: string;
  kind: 'article' | 'listing';
  title: string | null;
  body_first_words: string | null;
  body_last_words: string | null;
  body_paragraphs: number;
  not_in_body: string[];
  items: string[];
  notes: string;
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const pages = Object.entries(golds).flatMap(([path, raw]) => {
  const text = texts[path.replace(/\.gold\.json$/, '.txt')];
  return text === undefined
    ? []
    : [{ name: path.replace('./fixtures/pages/', ''), text, gold: JSON.parse(raw) as PageGold }];
});

test('the page fixtures are there', () => {
  expect(pages.length).toBe(14);
});

describe.each(pages)('$name', ({ text, gold }) => {
  const a = parseArticle(text, { url: gold.url });
  const body = squash(a.text);

  test('kind', () => {
    expect(a.kind).toBe(gold.kind);
  });
  test('title', () => {
    expect(a.title ?? null).toBe(gold.title);
  });
  if (gold.kind === 'article') {
    test('the body runs from its first words to its last, paragraph by paragraph', () => {
      expect(body.startsWith(squash(gold.body_first_words ?? ''))).toBe(true);
      expect(body.endsWith(squash(gold.body_last_words ?? ''))).toBe(true);
      expect(a.paragraphs).toHaveLength(gold.body_paragraphs);
    });
  } else {
    test('a listing has no body, title or date', () => {
      expect(a.paragraphs).toEqual([]);
      expect(a.publishedAt).toBeUndefined();
    });
  }
  test('menus, captions, teasers, comments and footers stay out of the body', () => {
    for (const line of gold.not_in_body) expect(body).not.toContain(squash(line));
  });
  test('spans slice back', () => {
    checkArticle(text, a);
  });
});
