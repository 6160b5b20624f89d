/**
 * A photo gallery printed inside an article as slides (a counter line `N/8`,
 * `N / 8` or `Photo N of 8`, its caption, its credit) and the link to the
 * whole gallery (`Voir les 8 photos`, `See all 8 photos`, `شاهد جميع الصور`)
 * are no part of the article's text; the article's paragraphs around them
 * are. A lone fraction, a fraction in a sentence, an article's own numbered
 * points and a slideshow told in its captions stay.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEAD = [
  'Le Courrier du Lac',
  'Accueil',
  'Culture',
  'Sports',
  'Culture',
  'Une fête des lanternes rassemble le quartier du port au bord du lac',
  'Par Claire Fontanet',
  'Publié le 14 mars 2025 à 09:15',
];
const LEAD = [
  "La fête des lanternes a réuni samedi soir plusieurs milliers d'habitants sur les quais du vieux port, où les associations du quartier avaient installé une centaine de stands décorés.",
  'Les enfants des écoles voisines ont défilé en fin de journée avec des lanternes fabriquées en classe pendant tout le mois de février, sous le regard de leurs familles.',
];
const TAIL = [
  "Selon les organisateurs, la fréquentation a doublé par rapport à l'an dernier, et la mairie envisage déjà d'allonger la fête sur deux jours lors de la prochaine édition.",
  "Les lanternes resteront exposées dans le hall de la médiathèque jusqu'à la fin du mois. L'entrée est libre.",
];
const FOOT = [
  'Partager',
  'Facebook',
  'Commentaires (0)',
  'Mentions légales',
  '© 2025 Le Courrier du Lac',
];

const CAPTIONS = [
  'Le cortège des enfants longe le quai principal.',
  'Une lanterne en forme de poisson fabriquée par une classe de CE2.',
  'Les stands des associations à la tombée de la nuit.',
  'Un musicien joue devant la capitainerie.',
];

function page(counter: (i: number) => string, seeAll: string): string {
  const slides = CAPTIONS.flatMap((c, i) => [counter(i + 1), c, '© Photo Marc Lebrun']);
  return [...HEAD, ...LEAD, ...slides, seeAll, ...TAIL, ...FOOT].join('\n');
}

describe('a gallery of slides inside the article', () => {
  for (const [label, counter, seeAll] of [
    ['`N/8`', (i: number) => `${i}/8`, 'Voir les 8 photos'],
    ['`N / 8`', (i: number) => `${i} / 8`, 'See all 8 photos'],
    ['`Photo N sur 8`', (i: number) => `Photo ${i} sur 8`, 'شاهد جميع الصور (8)'],
  ] as const) {
    test(`${label} slides: captions, credits and the gallery's link leave the text, the body runs on`, () => {
      const a = parseArticle(page(counter, seeAll));
      expect(a.paragraphs.map((p) => p.text)).toEqual([...LEAD, ...TAIL]);
      for (const c of CAPTIONS) expect(a.text).not.toContain(c);
      expect(a.text).not.toContain(seeAll);
    });
  }
});

describe('fractions that are no slides stay', () => {
  test("an article's own numbered points (`1/3` over long paragraphs) stay", () => {
    const points = [
      "Premier point : la ville doit rénover les quais avant l'été, car les pontons en bois sont abîmés depuis la tempête de l'hiver dernier et plusieurs associations de pêcheurs ont déjà alerté le conseil municipal sur les risques pour les promeneurs qui les empruntent chaque jour.",
      "Deuxième point : le budget voté en décembre ne prévoit qu'une partie des travaux, et l'adjoint chargé des finances reconnaît qu'il faudra chercher des subventions auprès de la région et du département pour achever le chantier avant la saison touristique qui commence en juin.",
      'Troisième point : les riverains demandent à être consultés sur le choix des matériaux, et une réunion publique est prévue le mois prochain dans la salle des fêtes du quartier, où les architectes présenteront les trois projets retenus par le jury au terme du concours.',
    ];
    const text = [
      ...HEAD,
      ...LEAD,
      '1/3',
      points[0],
      '2/3',
      points[1],
      '3/3',
      points[2],
      ...FOOT,
    ].join('\n');
    const a = parseArticle(text);
    for (const p of points) expect(a.text).toContain(p);
  });

  test('a fraction inside a sentence, and a score alone, leave the sentences around them', () => {
    const sentence =
      "L'équipe locale n'a réussi que 3/12 de ses tirs à trois points samedi, et l'entraîneur a reconnu après le match que ses joueurs avaient manqué de lucidité en fin de rencontre.";
    const text = [...HEAD, ...LEAD, sentence, '3/12', ...TAIL, ...FOOT].join('\n');
    const a = parseArticle(text);
    expect(a.text).toContain(sentence);
    expect(a.paragraphs.at(-1)?.text).toBe(TAIL[1]);
  });

  test('a slideshow told in its captions keeps them as its text', () => {
    const long = CAPTIONS.map(
      (c) =>
        `${c} Les bénévoles avaient préparé les décors pendant plusieurs semaines dans un atelier prêté par la mairie, et beaucoup de familles sont restées jusqu'à la fin du défilé.`,
    );
    const slides = long.flatMap((c, i) => [`${i + 1}/4`, c, '© Photo Marc Lebrun']);
    const a = parseArticle([...HEAD, ...slides, ...FOOT].join('\n'));
    for (const c of long) expect(a.text).toContain(c);
  });
});
