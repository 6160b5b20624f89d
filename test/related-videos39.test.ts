/**
 * A video page's box of similar videos under its text (`Vidéos similaires`,
 * `Similar videos`, `Related videos`, `فيديوهات مشابهة`) heads related links,
 * as `Autres vidéos` and `فيديوهات ذات صلة` did (blind round 39d's video
 * page). Whole lines only: a sentence opening with the words is the body's.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const related = [
  'Mahdia : les pêcheurs fêtent la fin de la saison du thon rouge',
  'Gafsa : une exposition de photographies sur la vie des mineurs',
];

/** A video page as innerText, its box under `heading`, the text's paragraphs `text`. */
function page(heading: string, text: string[]): string {
  return [
    'Sahel TV',
    'Accueil',
    'Vidéos',
    'Vidéos',
    'Monastir : le ribat accueille une nuit des contes pour les enfants',
    '03:05',
    'Publié le 12/11/2026 à 20:10',
    ...text,
    'Partager',
    'Facebook',
    heading,
    ...related,
    '© 2026 Sahel TV. Tous droits réservés.',
  ].join('\n\n');
}

const text = [
  'Plusieurs centaines de familles ont assisté vendredi soir à une nuit des contes organisée dans la cour du ribat de Monastir, avec des conteurs venus de toutes les régions du pays.',
];
const url = 'https://www.saheltv.example/video/monastir-nuit-des-contes/';

describe('a box of similar videos heads related links', () => {
  for (const heading of [
    'Vidéos similaires',
    'Similar videos',
    'Related Videos',
    'فيديوهات مشابهة',
  ])
    test(heading, () => {
      const a = parseArticle(page(heading, text), { url });
      expect(a.kind).toBe('article');
      expect(a.title).toBe('Monastir : le ribat accueille une nuit des contes pour les enfants');
      expect(a.related.map((r) => r.title)).toEqual(related);
      expect(a.paragraphs.map((p) => p.text)).toEqual(text);
    });
});

describe('guard', () => {
  test('a sentence opening with the words stays body', () => {
    const more = [
      ...text,
      'Vidéos similaires ou non, les enregistrements des soirées précédentes ont été vus des milliers de fois sur les réseaux sociaux.',
    ];
    const a = parseArticle(page('Autres vidéos', more), { url });
    expect(a.paragraphs.map((p) => p.text)).toEqual(more);
    expect(a.related.map((r) => r.title)).toEqual(related);
  });
});
