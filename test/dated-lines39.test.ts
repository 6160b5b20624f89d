/**
 * A year's archive printing one item a line, its date first (`12/12/2025 -
 * <headline>`): each line is an item dated by its opening date (the headline
 * after the separator its title), and w3m's copy, the lines of like length
 * one under the other, is no hard-wrapped paragraph (blind round 39d's probe
 * of a year archive read no item, and as an article under no address).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const items = [
  ['14/12/2025', 'Béjaïa : le port pétrolier modernise ses quais de chargement', '2025-12-14'],
  [
    '02/12/2025',
    'Sétif : la foire de l’agriculture attire des exposants de dix wilayas',
    '2025-12-02',
  ],
  ['19/11/2025', 'Jijel : la saison de la pêche au corail rouvre après dix ans', '2025-11-19'],
  [
    '07/11/2025',
    'Bordj Bou Arréridj : une usine d’électroménager double sa production',
    '2025-11-07',
  ],
];

/** The archive, its blocks parted by `sep`. */
function page(sep: string, lines: string[]): string {
  return [
    'Est Quotidien',
    'Accueil Actualité Régions Sport',
    'Archives de l’année 2025',
    ...lines,
    'Page 2 »',
    '© 2025 Est Quotidien',
  ].join(sep);
}

describe('dated lines, the date first', () => {
  for (const [copy, sep] of [
    ['w3m', '\n'],
    ['innerText', '\n\n'],
  ] as const)
    test(copy, () => {
      const input = page(
        sep,
        items.map(([d, h]) => `${d} - ${h}`),
      );
      for (const url of [undefined, 'https://www.estquotidien.example/2025/']) {
        const a = parseArticle(input, url ? { url } : {});
        expect(a.kind).toBe('listing');
        expect(a.title).toBeUndefined();
        expect(a.items?.map((it) => it.title)).toEqual(items.map(([, h]) => h));
        expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(
          items.map(([, , d]) => d),
        );
      }
    });
});

describe('guards', () => {
  test('a headline opening with a figure that is no date keeps it', () => {
    const heads = [
      '100 jours - le bilan du nouveau wali de Béjaïa',
      '3 000 logements - la wilaya de Sétif dépasse son objectif',
      '48 heures - la grève des transporteurs suspendue à Jijel',
    ];
    const input = [
      'Est Quotidien',
      'Tag : Bilans',
      ...heads.flatMap((h, i) => [h, items[i]?.[0] ?? '']),
      '© 2025 Est Quotidien',
    ].join('\n\n');
    expect(parseArticle(input).items?.map((it) => it.title)).toEqual(heads);
  });
  test('a hard-wrapped paragraph with a date opening one of its lines is still joined', () => {
    const paragraph = [
      'La commission de wilaya chargée du suivi des projets a tenu sa dernière réunion le',
      '12/12/2025 au siège de la wilaya, en présence des directeurs de l’exécutif et des élus',
      'de l’assemblée populaire, qui ont examiné l’état d’avancement des chantiers en cours',
      'dans les communes du sud de la wilaya et les retards accumulés depuis le printemps.',
    ];
    const input = [
      'Est Quotidien',
      '',
      'Sétif : les chantiers du sud de la wilaya passés en revue',
      '',
      'Par Nassim Hamdi',
      '',
      ...paragraph,
      '',
      ...paragraph.map((l) => l.replace('12/12/2025', 'mardi matin')),
      '',
      '© 2025 Est Quotidien',
    ].join('\n');
    const a = parseArticle(input);
    expect(a.paragraphs[0]?.text).toBe(paragraph.join(' '));
  });
});
