/**
 * A listing's meta line naming its item's author beside the date with no
 * label, parted by a mark (`12 novembre 2026 · Youssef Alami`, `Leïla Tazi |
 * 10/11/2026`): the name signs the item, as `Par X | date` does (blind round
 * 39d's month archive). A name whose first word is no known first name (a
 * rubric: `Afrique Monde`, `Grand Casablanca`) signs nothing.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const units = [
  {
    title: 'Meknès : le marché de gros des fruits déménage à la sortie de la ville',
    excerpt:
      'Les commerçants disposeront à partir de janvier de quatre fois plus de surface, loin du centre saturé…',
    day: '2026-10-21',
    date: '21 octobre 2026',
  },
  {
    title: 'Tétouan : la corniche de Martil rénovée avant la saison estivale',
    excerpt:
      'Les travaux portent sur trois kilomètres de promenade, un éclairage neuf et des parkings souterrains…',
    day: '2026-10-19',
    date: '19 octobre 2026',
  },
  {
    title: 'Oujda : la technopole accueille ses premières entreprises de logiciels',
    excerpt:
      'Une dizaine de jeunes pousses se sont installées dans le bâtiment inauguré au printemps dernier…',
    day: '2026-10-16',
    date: '16 octobre 2026',
  },
];
const names = ['Hamid Berrada', 'Salma Idrissi', 'Hamid Berrada'];

/** An October archive as innerText, each unit's meta line written by `meta`. */
function archive(meta: (date: string, name: string) => string): string {
  return [
    'Le Courrier du Nord',
    'Accueil  Régions  Économie  Sport',
    'Archives : octobre 2026',
    ...units.flatMap((u, i) => [u.title, meta(u.date, names[i] ?? ''), u.excerpt]),
    'Page suivante',
    '© 2026 Le Courrier du Nord',
  ].join('\n\n');
}

const url = 'https://www.courrierdunord.example/2026/10/';

describe('a meta line signing its item with no label', () => {
  for (const [shape, meta] of [
    ['date · name', (d: string, n: string) => `${d} · ${n}`],
    ['date | name', (d: string, n: string) => `${d} | ${n}`],
    ['name · date', (d: string, n: string) => `${n} · ${d}`],
    ['name — date', (d: string, n: string) => `${n} — ${d}`],
  ] as const)
    test(shape, () => {
      const a = parseArticle(archive(meta), { url });
      expect(a.kind).toBe('listing');
      expect(a.title).toBeUndefined();
      expect(a.items?.map((it) => it.title)).toEqual(units.map((u) => u.title));
      expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(units.map((u) => u.day));
      expect(a.items?.map((it) => it.author)).toEqual(names);
    });
});

describe('guards', () => {
  test('a rubric after the date signs nothing', () => {
    const rubrics = ['Afrique Monde', 'Grand Casablanca', 'Sport National'];
    let i = 0;
    const b = parseArticle(
      archive((d) => `${d} · ${rubrics[i++ % 3]}`),
      { url },
    );
    expect(b.kind).toBe('listing');
    expect(b.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(units.map((u) => u.day));
    expect(b.items?.map((it) => it.author)).toEqual([undefined, undefined, undefined]);
  });
  test('a labelled byline before the date still signs', () => {
    const a = parseArticle(
      archive((d, n) => `Par ${n} | ${d}`),
      { url },
    );
    expect(a.items?.map((it) => it.author)).toEqual(names);
  });
});
