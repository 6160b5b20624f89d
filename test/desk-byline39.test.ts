/**
 * A desk's name before the stamp on one line, with no label (`Rédaction | Mis
 * à jour le 03/12/2026 à 11:05`, `La Rédaction | Publié le …`): a desk
 * byline, kept as the project keeps desk bylines (`Par La Rédaction`, round
 * 31b). A rubric's name there (`Économie | 03/12/2026`) signs nothing (blind
 * round 39d's WET record).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const title = 'Annaba : le port minéralier rouvre après trois mois de travaux';
const text = [
  'Le port minéralier d’Annaba a rouvert lundi aux navires après trois mois de travaux de dragage et de renforcement des quais, a annoncé l’entreprise portuaire dans un communiqué.',
  'Les travaux permettent désormais l’accueil de navires de plus de 60 000 tonnes, contre 35 000 auparavant, ce qui doit réduire le coût du transport des minerais de fer et de phosphate.',
];

/** The article, `stamp` under its headline. */
function page(stamp: string): string {
  return [
    'Est Info',
    'Accueil',
    'Régions',
    'Économie',
    'Régions',
    title,
    stamp,
    ...text,
    '© 2026 Est Info. Tous droits réservés.',
  ].join('\n');
}

describe('a desk named before the stamp signs the article', () => {
  for (const [stamp, desk] of [
    ['Rédaction | Mis à jour le 03/12/2026 à 11:05', 'Rédaction'],
    ['La Rédaction | Publié le 3 décembre 2026', 'La Rédaction'],
    ['Rédaction · 03/12/2026', 'Rédaction'],
  ] as const)
    test(stamp, () => {
      const a = parseArticle(page(stamp));
      expect(a.title).toBe(title);
      expect(a.authors).toEqual([desk]);
      expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-03');
      expect(a.paragraphs.map((p) => p.text)).toEqual(text);
    });
});

describe('guard', () => {
  test('a rubric before the stamp signs nothing', () => {
    const a = parseArticle(page('Économie | Mis à jour le 03/12/2026 à 11:05'));
    expect(a.title).toBe(title);
    expect(a.authors).toEqual([]);
    expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-03');
  });
});
