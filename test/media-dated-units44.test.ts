/**
 * A video or podcast index (blind round 44k) printing each unit as its running
 * time over the headline over a date line (`03:45` ⏎ headline ⏎ `منذ ساعتين`
 * or `5 ديسمبر 2026`), as Chromium prints a card whose duration sits on the
 * picture: the page read as no kind, then its date lines shifted onto the
 * headline over them. Three such units or more, the running times in no order,
 * are the page's items, each dated by its own line where it reads a day.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const UNITS = [
  [
    '41:20',
    'Le grand entretien : la ministre de la Santé répond aux médecins',
    'il y a 3 heures',
    undefined,
  ],
  [
    '18:05',
    "L'économie en questions : pourquoi le prix du mouton flambe",
    '4 décembre 2026',
    '2026-12-04',
  ],
  ['52:47', 'Le débat : le téléphone bientôt interdit au lycée', '2 décembre 2026', '2026-12-02'],
  ['09:58', 'Le billet : la pluie, enfin', '1 décembre 2026', '2026-12-01'],
] as const;

describe('a podcast index of running time, headline and date line units', () => {
  test('each unit is an item dated by its own line', () => {
    const text = [
      'Accueil Actualité Podcasts Vidéos Contact',
      'Podcasts',
      ...UNITS.flatMap((unit) => unit.slice(0, 3)),
      'Charger plus',
      '© 2026 Radio Atlas Plus',
    ].join('\n');
    const a = parseArticle(text);
    expect(a.kind).toBe('listing');
    expect((a.items ?? []).map((i) => [i.title, i.publishedAt])).toEqual(
      UNITS.map(([, title, , day]) => [title, day]),
    );
  });
});
