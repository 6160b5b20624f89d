/**
 * A photo's caption closed by a two-word credit label (`… digue. Crédit
 * photo : DR`, `… harbour. Photo credit: X`) is the picture's, never the
 * headline: found by blind round 34 (a dump that shows no headline).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (caption: string) =>
  [
    'Le Phare du Sud',
    '',
    'Accueil',
    'Nation',
    'Économie',
    'Régions',
    'Sport',
    '',
    caption,
    '',
    'Par Nadia Alaoui - 02 décembre 2026 à 10:20',
    '',
    'Les ventes de dattes sur le marché de gros d’Errachidia ont progressé de 14 % depuis septembre, portées par une récolte plus abondante que l’an dernier et des prix restés stables.',
    '',
    'Les coopératives de la région espèrent écouler le reste de leur production avant le ramadan, période où la demande atteint son sommet.',
    '',
    'Partager cet article',
  ].join('\n');

describe('a caption closed by a two-word credit label, where no headline is printed', () => {
  test('is no title, in French and in English', () => {
    for (const caption of [
      'Le marché de gros d’Errachidia, un matin de récolte. Crédit photo : DR',
      'Le marché de gros d’Errachidia, un matin de récolte. Crédits photo : Karim Idrissi',
      'Dates on sale at the Errachidia wholesale market. Photo credit: Karim Idrissi',
    ]) {
      const a = parseArticle(page(caption));
      expect(a.title).toBeUndefined();
      expect(a.authors).toEqual(['Nadia Alaoui']);
      expect(a.paragraphs[0]?.text.startsWith('Les ventes de dattes')).toBe(true);
    }
  });

  test('guard: a headline with the label inside a sentence (no stop before it) is still the title', () => {
    const a = parseArticle(
      page('Agencies must print the photo credit: court rules for freelancers'),
    );
    expect(a.title).toBe('Agencies must print the photo credit: court rules for freelancers');
  });

  test('guard: a headline over the caption stays the title', () => {
    const a = parseArticle(
      page(
        'Errachidia : les ventes de dattes en hausse de 14 %\n\nLe marché de gros d’Errachidia, un matin de récolte. Crédit photo : DR',
      ),
    );
    expect(a.title).toBe('Errachidia : les ventes de dattes en hausse de 14 %');
  });
});
