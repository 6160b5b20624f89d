/**
 * A photo gallery's box of the site's other galleries (`Autres albums`,
 * `ألبومات أخرى`, `Other galleries`) under its captions: the headlines under
 * it are related links, like `More videos` under a video (blind round 36d).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const slides = [
  'La foule a envahi le port de pêche dès les premières heures du jour pour la fête de la sardine.',
  'Les barques décorées ont défilé devant la digue sous les applaudissements des familles.',
  'Des cuisiniers ont grillé plusieurs tonnes de poisson offertes aux visiteurs sur la corniche.',
  'La soirée s’est achevée par un concert de musique gnaoua sur la place du marché.',
];

function gallery(heading: string): string {
  return [
    'Le Petit Rivage',
    'Accueil',
    'Région',
    'Photos',
    'Galerie',
    'En images : la fête de la sardine anime le vieux port',
    '04/12/2026 à 17:45',
    ...slides.flatMap((s, i) => [`${i + 1}/4`, s]),
    'Partager',
    heading,
    'En images : les premières neiges sur le col du Zad',
    'En images : la récolte du safran à Taliouine',
    '© 2026 Le Petit Rivage',
  ].join('\n');
}

describe('a gallery’s box of other galleries', () => {
  test('`Autres albums` heads the related links; the captions stay the body', () => {
    const a = parseArticle(gallery('Autres albums'));
    expect(a.title).toBe('En images : la fête de la sardine anime le vieux port');
    expect(a.related.map((r) => r.title)).toEqual([
      'En images : les premières neiges sur le col du Zad',
      'En images : la récolte du safran à Taliouine',
    ]);
    expect(a.paragraphs[0]?.text).toBe(slides[0]);
    expect(a.paragraphs.at(-1)?.text).toBe(slides[3]);
  });

  test('the Arabic heading `ألبومات أخرى` too', () => {
    const a = parseArticle(gallery('ألبومات أخرى'));
    expect(a.related).toHaveLength(2);
  });

  test('guard: a menu entry `Albums` over headlines heads no related box', () => {
    const a = parseArticle(gallery('Albums'));
    expect(a.related).toEqual([]);
  });
});
