/**
 * A prayer-times page whose rows name each prayer in Latin letters (`Fajr
 * 06:21`, `Dohr 12:53`), one a line: the rows are a widget's, and the day and
 * heading over them too, so no title and no date are read from the widget's
 * heading (a variant of blind round 36d's Arabic prayer-times page).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const rows = [
  'Fajr 06:21',
  'Chourouk 07:51',
  'Dohr 12:53',
  'Asr 15:25',
  'Maghreb 17:45',
  'Icha 19:11',
];

describe('a prayer-times page', () => {
  test('the heading over the day and the rows is no title, the day no date', () => {
    const a = parseArticle(
      [
        'L’Écho de l’Ouest',
        'Accueil',
        'Actualité',
        'Sports',
        'Horaires de prière à Mostaganem',
        'Lundi 7 décembre 2026',
        ...rows,
        'Autres villes',
        'Oran',
        'Relizane',
        '© 2026 L’Écho de l’Ouest',
      ].join('\n'),
    );
    expect(a.title).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
    expect(a.paragraphs).toEqual([]);
  });

  test('guard: an article beside the widget keeps its title, date and text', () => {
    const text = [
      'L’Écho de l’Ouest',
      'Accueil',
      'Actualité',
      'Mostaganem : la corniche rouverte après trois mois de travaux',
      'Par Nadia Hamdi',
      'Publié le 06/12/2026 à 16:40',
      'La corniche de Mostaganem a rouvert samedi aux piétons après trois mois de travaux de confortement de la falaise, a indiqué la direction des travaux publics de la wilaya.',
      'Les commerçants du front de mer, qui réclamaient cette réouverture depuis l’été, espèrent un regain d’activité pendant les vacances d’hiver.',
      'Horaires de prière',
      'Lundi 7 décembre 2026',
      ...rows,
      '© 2026 L’Écho de l’Ouest',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.title).toBe('Mostaganem : la corniche rouverte après trois mois de travaux');
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-06');
    expect(a.paragraphs).toHaveLength(2);
  });
});
