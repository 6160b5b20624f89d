/**
 * A blog post opening on a short sentence right under its date line (issue
 * 10, session 38, blind round 38: an English personal blog, all three
 * renders). `I used to count everything.` ⏎ `Books read, …`: the header's
 * reader took the line for a standfirst (it is no paragraph, too short),
 * yet it was too short for a deck too, so it was lost from both. A short
 * sentence under the header's date or byline (a capital, three words or
 * more with a function word, a full stop, shorter than a deck, no
 * furniture), a paragraph right under it, now opens the body
 * (`shortOpening`, `article/text/header.ts`). A short line with no full stop
 * there (`A travel diary in three parts`) stays out. Session 39 (round 39p):
 * a six-word sentence (`It is official: Montreal is back.`) opens the body
 * too; it was asked to be shorter than a deck, which no dev page needed.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body38/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body38/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body38/${name}`] ?? '';

describe('a personal blog post opening on a short sentence (Chromium)', () => {
  const a = parseArticle(read('short-opening.chromium.txt'), {
    url: 'https://smallhours.example/2025/03/03/on-learning-to-bake-bread-at-forty/',
  });

  test('the short sentence is the first paragraph', () => {
    expect(a.title).toBe('On learning to bake bread at forty');
    expect(a.paragraphs[0]?.text).toBe('It began with a new oven.');
    expect(a.paragraphs[1]?.text).toMatch(/^The old one gave up in January/);
    expect(a.paragraphs).toHaveLength(4);
  });
});

describe('guard: a short label with no full stop under the date (Chromium)', () => {
  const a = parseArticle(read('short-label.chromium.txt'), {
    url: 'https://smallhours.example/2025/04/09/on-taking-the-slow-train-north/',
  });

  test('stays out of the body', () => {
    expect(a.title).toBe('On taking the slow train north');
    expect(a.text).not.toContain('A travel diary in three parts');
    expect(a.paragraphs[0]?.text).toMatch(/^The train leaves the city/);
  });
});

describe('a six-word opening sentence under the byline (session 39)', () => {
  const page = [
    'Économie',
    'Tanger Med dépasse les dix millions de conteneurs',
    'Par Leïla Haddou | 05/12/2026',
    '',
    'La barre symbolique est enfin franchie.',
    '',
    "Le port de Tanger Med a traité plus de dix millions de conteneurs depuis janvier, un record pour le premier port d'Afrique, a annoncé vendredi l'autorité portuaire.",
    '',
    "Le trafic de transbordement a progressé de neuf pour cent sur un an, porté par les nouvelles lignes vers l'Asie et l'Amérique du Sud.",
    '',
  ].join('\n');
  test('opens the body', () => {
    const a = parseArticle(page);
    expect(a.paragraphs[0]?.text).toBe('La barre symbolique est enfin franchie.');
    expect(a.paragraphs).toHaveLength(3);
  });
});
