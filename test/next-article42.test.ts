/**
 * Round 42d's probe (not blind): the next article a scrolling site prints
 * under the page's own, its headline right over a dated byline as the page's
 * own header was signed: the body ends above that headline.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const first = [
  "La Bourse de Casablanca a clôturé la semaine en hausse de 2,1 %, portée par les valeurs bancaires et par l'annonce d'une baisse du taux directeur, a indiqué vendredi le gestionnaire de la place.",
  'Les volumes échangés ont atteint 1,8 milliard de dirhams, leur plus haut niveau depuis le mois de juin, avec une forte présence des investisseurs institutionnels.',
];
const next = [
  "Rabat : le tramway prolongé jusqu'à Témara en 2028",
  'Par Nadia Berrada le 05/12/2026 à 09h40',
  "La seconde ligne du tramway de Rabat-Salé sera prolongée de neuf kilomètres jusqu'au centre de Témara, selon la société chargée du réseau, qui a lancé jeudi l'appel d'offres des travaux. Les premières rames",
];
const page = (byline: string, between: string[]) =>
  [
    'Le Quotidien de l’Atlantique',
    '',
    'Économie',
    '',
    'Bourse : la semaine se termine dans le vert',
    '',
    byline,
    '',
    ...first.flatMap((p) => [p, '']),
    ...between,
    ...next.flatMap((p) => [p, '']),
  ].join('\n');

describe('the next article printed under the page’s own', () => {
  test('its headline over a dated byline ends the body, the page signed alike', () => {
    const a = parseArticle(page('Par Karim Tazi le 05/12/2026 à 18h15', []), {});
    expect(a.title).toBe('Bourse : la semaine se termine dans le vert');
    expect(a.authors).toEqual(['Karim Tazi']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(first);
  });

  test('with its rubric over it too', () => {
    const a = parseArticle(page('Par Karim Tazi le 05/12/2026 à 18h15', ['Régions', '']), {});
    expect(a.paragraphs.map((p) => p.text)).toEqual(first);
  });

  test('guard: a page with no dated byline of its own is not cut', () => {
    const a = parseArticle(page('Rédaction', []), {});
    expect(a.paragraphs.at(-1)?.text.startsWith('La seconde ligne du tramway')).toBe(true);
  });

  test('guard: a live entry’s heading under its clock time stays in the text', () => {
    const a = parseArticle(page('Par Karim Tazi le 05/12/2026 à 18h15', ['09h40', '']), {});
    expect(a.paragraphs.at(-1)?.text.startsWith('La seconde ligne du tramway')).toBe(true);
  });
});
