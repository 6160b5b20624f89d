/**
 * HTML listing pages (a tag, section, archive, search or author page) known
 * from their address: no invented title, date or body, and their teaser units
 * as items — the headline and its link, the excerpt, the date. Pages written
 * for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const UNITS = [
  [
    '/a/1',
    'Tanger Med : le trafic de conteneurs bondit de 9 % au premier semestre',
    '16/07/2025',
    "Le port a traité plus de 4,5 millions de conteneurs entre janvier et juin, porté par les nouvelles lignes vers l'Afrique de l'Ouest…",
  ],
  [
    '/a/2',
    'Port de Nador West Med : les premiers navires attendus en 2026',
    '12/07/2025',
    "Le chantier du nouveau port de la Méditerranée orientale entre dans sa dernière phase, a annoncé l'agence chargée du projet…",
  ],
  [
    '/a/3',
    "Logistique : le Maroc mise sur ses ports de l'Atlantique",
    '08/07/2025',
    "Le plan national prévoit d'investir dans les ports de Kénitra, Dakhla et Safi d'ici à 2030, selon le ministère de l'Équipement…",
  ],
] as const;

const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Tanger Med - Le Quotidien du Détroit</title></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/economie">Économie</a></li></ul></nav>
<main><h1>Étiquette : Tanger Med</h1>
${UNITS.map(([href, title, day, excerpt]) => `<article><h2><a href="${href}">${title}</a></h2><div class="meta">${day}</div><p>${excerpt}</p><a href="${href}">Lire la suite</a></article>`).join('\n')}
<div class="pages"><a href="/tag/tanger-med/page/2">Page suivante »</a></div></main>
<footer><p>© 2025 Le Quotidien du Détroit</p></footer></body></html>`;

describe('an HTML tag page, known from its address', () => {
  const a = parseArticle(page, { format: 'html', url: 'https://www.example.ma/tag/tanger-med' });
  test('a listing with no title, date, authors or body', () => {
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
    expect(a.authors).toEqual([]);
    expect(a.paragraphs).toEqual([]);
  });
  test('its items: headline, link, excerpt and date, with spans on the headline', () => {
    expect(a.items?.map((i) => [i.url, i.title, i.publishedAt, i.teaser])).toEqual(
      UNITS.map(([href, title, day, excerpt]) => [
        href,
        title,
        `${day.slice(6)}-${day.slice(3, 5)}-${day.slice(0, 2)}`,
        excerpt,
      ]),
    );
    for (const item of a.items ?? [])
      expect(page.slice(item.start, item.end)).toContain(item.title);
  });
  test('guard: an article at an address shaped like a numbered page (`/fr/page-3`) stays an article', () => {
    const article = `<html lang="fr"><body><h1>Un marché couvert ouvre à Rabat</h1><p>${UNITS[0][3].repeat(3)}</p><p>${UNITS[1][3].repeat(2)}</p></body></html>`;
    expect(
      parseArticle(article, { format: 'html', url: 'https://www.example.ma/fr/page-3' }).kind,
    ).toBe('article');
  });
  test('control: the same page at an article address is read as before, an article', () => {
    expect(
      parseArticle(page, {
        format: 'html',
        url: 'https://www.example.ma/economie/tanger-med-trafic-record',
      }).kind,
    ).toBe('article');
  });
});

describe('an HTML archive page known from its heading, with no address given', () => {
  test('an `<h1>` archive heading (`Étiquette : Tanger Med`) over teaser units makes a listing', () => {
    const a = parseArticle(page, { format: 'html' });
    expect(a.kind).toBe('listing');
    expect(a.title).toBeUndefined();
    expect(a.items?.map((i) => i.title)).toEqual(UNITS.map(([, title]) => title));
  });
  test('a search page’s heading does too', () => {
    const search = page.replace(
      '<h1>Étiquette : Tanger Med</h1>',
      '<h1>Search results for: port</h1>',
    );
    expect(parseArticle(search, { format: 'html' }).kind).toBe('listing');
  });
  test('control: under a plain `<h1>` with no address, the HTML path does not guess a listing', () => {
    const plain = page.replace('<h1>Étiquette : Tanger Med</h1>', '<h1>Tanger Med</h1>');
    expect(parseArticle(plain, { format: 'html' }).kind).toBe('article');
  });
});
