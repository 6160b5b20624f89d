/**
 * A section front's lead story over its teasers (`À la une` ⏎ headline ⏎ a
 * whole standfirst ⏎ `Par X | date`, then units of headline ⏎ date ⏎ excerpt
 * cut with `…`): the lead is the listing's first item, signed and dated by the
 * meta line under its standfirst, and the next unit keeps its headline (blind
 * round 39d's `/economie/` page lost its lead).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const lead = {
  title: 'Botola Pro : le calendrier de la phase retour dévoilé par la Ligue',
  standfirst:
    'La deuxième moitié du championnat débutera le 10 janvier, avec un derby de Casablanca programmé dès la troisième journée au stade Mohammed V.',
  meta: 'Par Anas Lahlou | 28 novembre 2026',
  author: 'Anas Lahlou',
  day: '2026-11-28',
};
const units = [
  {
    title: 'Athlétisme : le cross de Sidi Slimane attire plus de mille coureurs',
    date: '27 novembre 2026',
    day: '2026-11-27',
    excerpt:
      'Les organisateurs ont ouvert cette année une course réservée aux juniors et une épreuve handisport…',
  },
  {
    title: 'Handball : la sélection nationale en stage à Ifrane avant la CAN',
    date: '26 novembre 2026',
    day: '2026-11-26',
    excerpt:
      'Le sélectionneur a convoqué dix-huit joueurs, dont quatre évoluent dans des clubs européens…',
  },
  {
    title: 'Basket : le FUS de Rabat enchaîne une cinquième victoire de suite',
    date: '25 novembre 2026',
    day: '2026-11-25',
    excerpt: 'Les Rbatis ont dominé l’AS Salé dans un match à sens unique devant leur public…',
  },
];

/** The section front, its blocks parted by `sep` (innerText's blank line or w3m's newline). */
function page(sep: string, top: string[]): string {
  return [
    'Le Sport Marocain',
    'Accueil',
    'Football',
    'Athlétisme',
    'Basket',
    'Sport',
    ...top,
    ...units.flatMap((u) => [u.title, u.date, u.excerpt]),
    'Voir plus d’articles',
    '© 2026 Le Sport Marocain',
  ].join(sep);
}

const url = 'https://www.lesportmarocain.example/sport/';
const leadLines = ['À la une', lead.title, lead.standfirst, lead.meta];

describe('a lead story over the teasers is the first item', () => {
  for (const [copy, sep] of [
    ['innerText', '\n\n'],
    ['w3m', '\n'],
  ] as const)
    test(copy, () => {
      const a = parseArticle(page(sep, leadLines), { url });
      expect(a.kind).toBe('listing');
      expect(a.title).toBeUndefined();
      expect(a.items?.map((it) => it.title)).toEqual([lead.title, ...units.map((u) => u.title)]);
      expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual([
        lead.day,
        ...units.map((u) => u.day),
      ]);
      expect(a.items?.map((it) => it.author)).toEqual([
        lead.author,
        undefined,
        undefined,
        undefined,
      ]);
    });
});

describe('guards', () => {
  test('a section’s description over the units, no meta line, is no item', () => {
    const a = parseArticle(
      page('\n\n', [
        'Toute l’actualité du sport national et international, les résultats et les classements.',
      ]),
      { url },
    );
    expect(a.items?.map((it) => it.title)).toEqual(units.map((u) => u.title));
  });
  test('dates over the headlines head their own units', () => {
    const archive = [
      'Le Sport Marocain',
      'Archives : novembre 2026',
      ...units.map((u) => [u.date, u.title, u.excerpt].join('\n')),
      '© 2026 Le Sport Marocain',
    ].join('\n\n');
    const a = parseArticle(archive, { url: 'https://www.lesportmarocain.example/2026/11/' });
    expect(a.items?.map((it) => it.title)).toEqual(units.map((u) => u.title));
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(units.map((u) => u.day));
  });
});
