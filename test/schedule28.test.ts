/**
 * A programme grid (a TV or radio channel's day: a time of day alone on its
 * line, the show's name, maybe one line describing it, the times rising) is
 * no article: a page that holds only the grid and its furniture has no title,
 * no body and no publication date (the day the grid shows dates nothing). A
 * live page's timed entries (newest first, a byline or a paragraph under each
 * time) and an article's prose stay read as before.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const EN_GRID = [
  'Coastline FM',
  'Listen live',
  'Podcasts',
  'Programmes',
  'Contact',
  'Programme guide',
  'Saturday 5 July 2025',
  '05:30',
  'First Light',
  'Gentle music and the shipping forecast for the coast.',
  '07:00',
  'The Early Edition',
  'News, sport and the papers, with a guest from the business world each morning.',
  '09:00',
  'Headlines',
  '09:10',
  'Garden Hour',
  'Listeners’ questions on vegetables, fruit trees and balcony pots.',
  '11:00',
  'The Quiz',
  '12:00',
  'Midday Report',
  'Download our app',
  '© 2025 Coastline FM',
].join('\n');

const FR_GRID = [
  'Radio Atlas',
  'Accueil',
  'Grille des programmes',
  'Lundi 7 juillet 2025',
  '06h00',
  'Le réveil de l’Atlas',
  'Musique, météo et circulation pour bien commencer la journée.',
  '08h00',
  'Le journal',
  '08h15',
  'La revue de presse',
  '09h00',
  'Les experts de l’économie',
  'Deux invités débattent de l’actualité économique de la semaine.',
  '10h30',
  'Chansons d’hier',
  'Mentions légales',
].join('\n');

describe('a page that is a programme grid', () => {
  test('an English radio grid: no title, no body, no date', () => {
    const a = parseArticle(EN_GRID);
    expect(a.kind).toBe('unknown');
    expect(a.title).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
    expect(a.publishedAt).toBeUndefined();
    expect(a.lang).toBe('en');
  });

  test('a French grid with `06h00` times: no title, no body, no date', () => {
    const a = parseArticle(FR_GRID);
    expect(a.kind).toBe('unknown');
    expect(a.title).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
    expect(a.publishedAt).toBeUndefined();
  });
});

describe('guards', () => {
  const entries = [
    'La direction régionale annonce la réouverture de la route côtière entre les deux villes, sur une seule voie pour le moment.',
    'Les pompiers ont évacué une vingtaine de familles installées près de la rivière, dont le niveau a monté tout l’après-midi.',
    'La préfecture maintient l’alerte orange jusqu’à dimanche midi et demande aux habitants de limiter leurs déplacements.',
  ];

  test('a live page (times falling, a byline and a paragraph under each) stays an article', () => {
    const input = [
      'Le Courrier du Port',
      'EN DIRECT',
      'Crues dans le Nord : suivez la situation heure par heure',
      'Publié le 14 mars 2025 à 06h30',
      '19h05',
      'Par Salma Idrissi',
      entries[0],
      '18h20',
      'Par Youssef Amrani',
      entries[1],
      '16h45',
      'Par Salma Idrissi',
      entries[2],
    ].join('\n');
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Crues dans le Nord : suivez la situation heure par heure');
    expect(a.paragraphs.map((p) => p.text)).toEqual(entries);
  });

  test('an article with a timetable inside is still the article: title, date, lede', () => {
    const lead =
      'Le festival des musiques du désert ouvre ses portes vendredi à Zagora avec une soirée gratuite sur la place principale de la ville.';
    const input = [
      'Le festival des musiques du désert ouvre vendredi',
      'Par Karim Ouchen',
      'Publié le 3 avril 2025',
      lead,
      'Le programme de vendredi',
      '18:00',
      'Ouverture des portes',
      '20:00',
      'Concert d’ouverture',
      '22:30',
      'Soirée sous les étoiles',
      '23:45',
      'Clôture de la soirée',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Le festival des musiques du désert ouvre vendredi');
    expect(a.authors).toEqual(['Karim Ouchen']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-04-03');
    expect(a.paragraphs[0]?.text).toBe(lead);
  });
});
