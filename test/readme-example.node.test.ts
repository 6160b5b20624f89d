/**
 * The README's "Use it from TypeScript" example, line by line: each value its comments promise a reader who runs
 * it on the bundled sample. When a rule changes one of them, the README changes with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractEntities, parseArticle, parseTicker } from '../src/index.js';

const dump = readFileSync(join(import.meta.dirname, '../samples/maghress-fr.txt'), 'utf8');
const article = parseArticle(dump, { url: 'https://www.maghress.com/fr/quotidiendusud/123456' });

describe("the README's example on samples/maghress-fr.txt", () => {
  test('the article fields its comments name', () => {
    expect(article.title).toBe(
      "L'ONP lance un plan de 1,2 milliard de dirhams pour moderniser les halles au poisson du Sud",
    );
    expect(article.source).toEqual({ name: 'Le Quotidien du Sud' });
    expect(article.site).toEqual({ name: 'maghress.com', url: 'https://www.maghress.com/' });
    expect(article.publishedAt).toBe('2025-11-03');
    expect(article.lang).toBe('fr');
    expect(article.paragraphs).toHaveLength(7);
    expect(article.related).toEqual([
      {
        title: 'Pêche artisanale : les débarquements en hausse de 9 % au premier semestre',
        start: 3021,
        end: 3094,
      },
    ]);
    expect(dump.slice(3021, 3094)).toBe(article.related[0]?.title);
  });

  test('the first paragraph slices back out of the input, and its first five entities', () => {
    const first = article.paragraphs[0];
    expect(first && dump.slice(first.start, first.end)).toBe(first?.text);
    expect(extractEntities(first?.text ?? '').slice(0, 5)).toEqual([
      { type: 'organization', text: 'Office National des Pêches', start: 2, end: 28 },
      {
        type: 'organization',
        text: 'ONP',
        start: 30,
        end: 33,
        expansion: 'Office National des Pêches',
      },
      { type: 'date', text: '31 octobre', start: 49, end: 59, value: { iso: 'XXXX-10-31' } },
      { type: 'location', text: 'Dakhla', start: 62, end: 68, value: { country: 'MA' } },
      {
        type: 'money',
        text: '1,2 milliard de dirhams',
        start: 103,
        end: 126,
        value: { amount: 1200000000, currency: 'MAD' },
      },
    ]);
  });

  test('the ticker', () => {
    expect(parseTicker(dump)[0]).toEqual({
      text: "CAN 2025 : les Lions de l'Atlas bouclent leur stage de préparation à Maâmora",
      start: 0,
      end: 76,
      lang: 'fr',
      kicker: 'CAN 2025',
    });
  });
});

describe("the README's Markdown example", () => {
  const md =
    '# Tanger Med dépasse les neuf millions de conteneurs\n\n' +
    'Par [Salma Bennani](/auteur/salma-bennani/)\n\n' +
    'Le complexe **Tanger Med** a traité plus de neuf millions de conteneurs en 2025, ' +
    "selon l'[Autorité portuaire](/tag/autorite-portuaire/).\n\n" +
    '**Lire aussi :** [Nador West Med : les premiers navires attendus](/economie/nador-west-med/)\n';
  const a = parseArticle(md);

  test('the paragraph without markup, its span over the markup, the related link with its address', () => {
    const first = a.paragraphs[0];
    expect(first?.text).toBe(
      "Le complexe Tanger Med a traité plus de neuf millions de conteneurs en 2025, selon l'Autorité portuaire.",
    );
    expect(first && md.slice(first.start, first.end)).toBe(
      "Le complexe **Tanger Med** a traité plus de neuf millions de conteneurs en 2025, selon l'[Autorité portuaire](/tag/autorite-portuaire/).",
    );
    expect(a.related[0]?.url).toBe('/economie/nador-west-med/');
  });
});
