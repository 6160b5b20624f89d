import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import expectedJson from './fixtures/html/article-basic.expected.json?raw';
import page from './fixtures/html/article-basic.html?raw';

const expected = JSON.parse(expectedJson) as {
  title: string;
  date: string;
  authors: string[];
  siteName: string;
  lang: string;
  paragraphs: string[];
};

describe('parseArticle on an HTML page', () => {
  const a = parseArticle(page);

  test('metadata: title from the h1, date with time and offset, JSON-LD authors, site name, language', () => {
    expect(a.title).toBe(expected.title);
    expect(a.publishedAt?.slice(0, 10)).toBe(expected.date);
    expect(a.publishedAt).toMatch(/^2025-10-14T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(a.authors).toEqual(expected.authors);
    expect(a.site?.name).toBe(expected.siteName);
    expect(a.lang).toBe(expected.lang);
    expect(a.kind).toBe('article');
  });
  test('body: the five article paragraphs, entities decoded, no navigation, aside or footer', () => {
    expect(a.paragraphs.map((p) => p.text)).toEqual(expected.paragraphs);
    expect(a.paragraphs.every((p) => p.kind === 'paragraph')).toBe(true);
  });
  test('paragraph spans cover their source HTML', () => {
    for (const p of a.paragraphs) {
      const source = page.slice(p.start, p.end);
      expect(
        source
          .replace(/<[^>]*>/g, '')
          .replace(/&nbsp;/g, ' ')
          .replace(/&amp;/g, '&')
          .replace(/\s+/g, ' '),
      ).toBe(p.text);
    }
  });
  test('the title span points at the h1 text', () => {
    const span = a.spans.title;
    expect(span && page.slice(span.start, span.end)).toBe(expected.title);
  });
});

describe('parseArticle, HTML edge cases', () => {
  test('a page with only a <title> gives the title without the site suffix', () => {
    const a = parseArticle(
      '<!doctype html><html><head><title>Le budget 2026 adopté | Le Journal</title></head><body></body></html>',
    );
    expect(a.title).toBe('Le budget 2026 adopté');
    expect(a.kind).toBe('unknown');
    expect(a.warnings).toContain('empty page: no text found');
  });
  test('broken JSON-LD does not stop the other metadata', () => {
    const a = parseArticle(
      '<html><head><script type="application/ld+json">{ broken</script><meta property="article:published_time" content="2024-03-02T10:00:00Z"></head><body><h1>Titre</h1><p>Un paragraphe qui raconte quelque chose, avec assez de mots pour compter.</p></body></html>',
    );
    expect(a.publishedAt).toBe('2024-03-02T10:00:00Z');
    expect(a.title).toBe('Titre');
  });
  test('JSON-LD in a @graph with an author object', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'X' },
        {
          '@type': 'NewsArticle',
          headline: 'Titre LD',
          datePublished: '2023-07-01',
          author: { '@type': 'Person', name: 'Nadia Alaoui' },
        },
      ],
    });
    const a = parseArticle(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><p>Texte du corps assez long pour être retenu comme paragraphe.</p></body></html>`,
    );
    expect(a.title).toBe('Titre LD');
    expect(a.publishedAt).toBe('2023-07-01');
    expect(a.authors).toEqual(['Nadia Alaoui']);
    expect(a.spans.authors).toEqual([null]);
  });
});
