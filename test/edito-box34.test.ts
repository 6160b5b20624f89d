/**
 * A side box holding the day's editorial (`Édito`, `Editorial`, `افتتاحية`)
 * printed under an article's related box is another article's text: its
 * heading is a teaser heading, so the prose under it does not bring the body
 * back after the box. An editorial's own page, its kicker `Édito` over its
 * headline, keeps its title and its text.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const PARAGRAPHS = [
  "L'autorité portuaire de Tanger a annoncé mardi l'extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port et attirer de nouvelles lignes maritimes.",
  "Les travaux commenceront à l'automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers selon la direction du port, qui promet des retombées pour toute la région.",
  "Le coût du projet est estimé à quatre milliards de dirhams, financés pour moitié par l'État et pour moitié par un consortium d'opérateurs privés qui exploiteront le terminal pendant vingt-cinq ans.",
];

/** Teasers of a related box: headline, excerpt cut short. */
const RELATED = [
  [
    'Safi : la station de dessalement alimentera aussi la ville',
    'Le groupe a confirmé que sa nouvelle unité fournira de l’eau potable à plus de 300 000 habitants d’ici la fin…',
  ],
  [
    'Les nappes phréatiques au plus bas dans le Saïss',
    'Les agriculteurs de la région doivent désormais forer à plus de 200 mètres pour atteindre l’eau, selon…',
  ],
  [
    'Tanger Med mise sur l’eau recyclée',
    'Le port a inauguré une unité de traitement des eaux usées destinée à l’arrosage de ses quais, une…',
  ],
] as const;

/** An article, its related box, then a side box holding the editorial's first lines under `heading`. */
function articleWithBox(heading: string, editorial: string): string {
  return [
    'Le Détroit',
    'Accueil',
    'Économie',
    '',
    'Le port de Tanger étend son terminal à conteneurs',
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    'Sur le même sujet',
    '',
    ...RELATED.flatMap(([h, e]) => [h, '', e, '']),
    heading,
    '',
    editorial,
    '',
    '© 2025 Le Détroit. Tous droits réservés.',
  ].join('\n');
}

describe("an editorial's side box under the article's related box", () => {
  test.each([
    [
      'Édito',
      'Enfin une bonne nouvelle pour la région, il était temps que les travaux commencent après tant d’annonces restées sans suite.',
    ],
    [
      'EDITORIAL',
      'At last some good news for the region: it was time the work began after so many announcements that came to nothing.',
    ],
    [
      'افتتاحية',
      'أخيرا خبر سار للمنطقة، فقد حان الوقت لانطلاق الأشغال بعد سنوات من الإعلانات التي بقيت دون متابعة.',
    ],
  ] as const)('under %s stays out of the body', (heading, editorial) => {
    const a = parseArticle(articleWithBox(heading, editorial));
    expect(a.title).toBe('Le port de Tanger étend son terminal à conteneurs');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});

describe("an editorial's own page", () => {
  test('its kicker over the headline changes nothing', () => {
    const input = [
      'Le Détroit',
      'Accueil',
      '',
      'Édito',
      '',
      'Le port, enfin',
      '',
      'Par Amina Saidi',
      '12 mars 2025',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe('Le port, enfin');
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});
