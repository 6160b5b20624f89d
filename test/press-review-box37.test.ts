/**
 * A daily press review's box of its earlier editions (`Revues de presse
 * précédentes`, `Autres revues de presse`, `Previous press reviews`): the
 * headlines under it are related links, as a series' other episodes are
 * (blind round 37d's Algerian press review).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const text = [
  'Les journaux parus ce jeudi reviennent largement sur la rentrée universitaire et sur les difficultés de logement des étudiants dans les grandes villes.',
  'Le Quotidien de l’Est consacre sa une aux cités universitaires de Constantine, où plusieurs pavillons restent fermés pour travaux à une semaine des cours.',
  'La Voix de l’Ouest s’intéresse pour sa part au transport des étudiants entre Oran et les communes de la périphérie, jugé insuffisant par les associations.',
];

function page(heading: string): string {
  return [
    'Le Matin du Sahel',
    'Accueil Nation Économie Sport Revue de presse',
    'Revue de presse',
    'Jeudi 3 décembre 2026',
    'La rentrée universitaire à la une des quotidiens',
    'Par Yacine Hamdi',
    ...text,
    'Partager : Facebook Twitter',
    heading,
    'La presse revient sur la hausse des prix des fruits',
    'Les quotidiens saluent la qualification des Verts',
    '© Le Matin du Sahel 2026',
  ].join('\n');
}

describe('a press review box of earlier editions', () => {
  for (const heading of ['Revues de presse précédentes', 'Autres revues de presse']) {
    test(`\`${heading}\` heads related links`, () => {
      const a = parseArticle(page(heading));
      expect(a.title).toBe('La rentrée universitaire à la une des quotidiens');
      expect(a.related.map((r) => r.title)).toEqual([
        'La presse revient sur la hausse des prix des fruits',
        'Les quotidiens saluent la qualification des Verts',
      ]);
      expect(a.paragraphs.at(-1)?.text).toBe(text[2]);
    });
  }

  test('guard: the rubric `Revue de presse` alone heads no box', () => {
    const a = parseArticle(page('Revue de presse'));
    expect(a.related).toEqual([]);
  });
});
