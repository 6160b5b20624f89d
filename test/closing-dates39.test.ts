/**
 * A search page printed with no blank line (w3m), each result headline ⏎ a
 * whole-sentence excerpt ⏎ `Publié le <date>`: a date line under every unit,
 * the last one's too, and none over the first, closes its unit (blind round
 * 39d's probe lost every date). Dates over every headline still head theirs.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const units = [
  {
    title: 'Kasserine : la cimenterie reprend sa production après six mois',
    excerpt:
      'Les fours de l’usine ont été rallumés lundi, après des travaux de mise aux normes environnementales.',
    date: '24 novembre 2026',
    day: '2026-11-24',
  },
  {
    title: 'Ciment : les exportations tunisiennes vers l’Afrique de l’Ouest progressent',
    excerpt:
      'Les cimentiers ont expédié plus d’un million de tonnes vers la Côte d’Ivoire et le Sénégal depuis janvier.',
    date: '16 novembre 2026',
    day: '2026-11-16',
  },
  {
    title: 'Bâtiment : le prix du rond à béton se stabilise',
    excerpt:
      'Après deux hausses successives au printemps, les prix publiés par le ministère n’ont pas bougé en octobre.',
    date: '5 novembre 2026',
    day: '2026-11-05',
  },
];

/** The results page, one line a block, each unit's lines written by `unit`. */
function page(unit: (u: (typeof units)[number]) => string[]): string {
  return [
    'Le Temps de Tunis',
    'Accueil | Nationale | Monde | Sport',
    'Résultats de recherche pour : ciment',
    ...units.flatMap(unit),
    '« Précédent 1 2 Suivant »',
  ].join('\n');
}

describe('a date line under every unit closes it', () => {
  test('headline ⏎ excerpt ⏎ `Publié le …`', () => {
    const a = parseArticle(page((u) => [u.title, u.excerpt, `Publié le ${u.date}`]));
    expect(a.kind).toBe('listing');
    expect(a.items?.map((it) => it.title)).toEqual(units.map((u) => u.title));
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(units.map((u) => u.day));
  });
});

describe('guard', () => {
  test('dates over every headline head their units', () => {
    const a = parseArticle(page((u) => [u.date, u.title, u.excerpt]));
    expect(a.items?.map((it) => it.title)).toEqual(units.map((u) => u.title));
    expect(a.items?.map((it) => it.publishedAt?.slice(0, 10))).toEqual(units.map((u) => u.day));
  });
});
