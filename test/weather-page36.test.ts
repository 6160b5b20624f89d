/**
 * A weather page (a variant of blind round 36d's service pages): its heading
 * and day over the sky's condition and the reading (`Météo à Casablanca` ⏎
 * `Lundi 7 décembre 2026` ⏎ `Nuageux` ⏎ `18°C`) are the widget's, no title
 * and no date.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

describe('a weather page', () => {
  test('the heading and the day over the sky and the reading give no title and no date', () => {
    const a = parseArticle(
      [
        'La Vigie du Sud',
        'Accueil',
        'Météo',
        'Météo à Agadir',
        'Lundi 7 décembre 2026',
        'Ensoleillé',
        '23°C',
        'Min 14°C / Max 24°C',
        'Vent 15 km/h',
        'Prévisions sur 3 jours',
        'Mar. 22°C',
        'Mer. 21°C',
        'Jeu. 23°C',
        '© 2026 La Vigie du Sud',
      ].join('\n'),
    );
    expect(a.title).toBeUndefined();
    expect(a.publishedAt).toBeUndefined();
  });

  test('guard: a masthead’s day, city and reading leave the article’s header alone', () => {
    const a = parseArticle(
      [
        'La Vigie du Sud',
        'Lundi 7 décembre 2026',
        'Agadir',
        '23°C',
        'Accueil',
        'Région',
        'Agadir : le port de pêche modernisé d’ici 2028',
        'Par Youssef Idrissi',
        'Publié le 06/12/2026 à 12:05',
        'Le port de pêche d’Agadir sera entièrement modernisé d’ici 2028, avec de nouveaux quais et une halle aux poissons réfrigérée, a annoncé samedi l’office chargé des ports.',
        'Les travaux, d’un coût de 900 millions de dirhams, commenceront au printemps et se dérouleront par tranches pour ne pas interrompre l’activité.',
        '© 2026 La Vigie du Sud',
      ].join('\n'),
    );
    expect(a.title).toBe('Agadir : le port de pêche modernisé d’ici 2028');
    expect(a.publishedAt?.slice(0, 16)).toBe('2026-12-06T12:05');
    expect(a.paragraphs).toHaveLength(2);
  });
});
