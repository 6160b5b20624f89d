/**
 * A ticker printed above the masthead (`Flash info` ⏎ headlines ⏎ `Le
 * Courrier de Djerba` ⏎ `جربة مساء` ⏎ menu): the site's name, as the page's
 * rights line prints it (`© 2026 Le Courrier de Djerba. Tous droits
 * réservés.`), is no headline of the run, at either end (blind round 39d).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const ticker = [
  'Tataouine : le festival des ksour reporté au printemps',
  'Le prix de la sardine recule sur les marchés du Sud',
  'Ligue 2 : le Stade gabésien reprend la tête du classement',
  'Médenine : ouverture d’un centre de formation aux métiers du BTP',
];
const title = 'Houmt Souk : la restauration du fort Ghazi Mustapha touche à sa fin';
const text = [
  'Les travaux de restauration du fort Ghazi Mustapha, à Houmt Souk, doivent s’achever avant la fin de l’année, a indiqué mardi l’Institut national du patrimoine lors d’une visite de presse.',
  'Le chantier a porté sur les remparts, la porte principale et la salle d’exposition, qui accueillera une collection d’objets découverts lors des fouilles menées sur l’île depuis 2019.',
];

/** The page in w3m style: `top` above the menu, then the article and `foot`. */
function page(top: string[], foot: string[]): string {
  return [
    ...top,
    'Accueil | Régions | Économie | Sport | Culture',
    'Régions',
    title,
    'Par Sonia Chaabane',
    'Publié le 2 décembre 2026 à 10:20',
    ...text,
    ...foot,
  ].join('\n');
}

const rights = '© 2026 Le Courrier de Djerba. Tous droits réservés.';

describe('the masthead under or over a ticker is no headline', () => {
  test('under a labelled ticker, its Arabic name under it', () => {
    const input = page(['Flash info', ...ticker, 'Le Courrier de Djerba', 'جربة مساء'], [rights]);
    expect(parseTicker(input).map((t) => t.text)).toEqual(ticker);
    const a = parseArticle(input);
    expect(a.title).toBe(title);
    expect(a.paragraphs.map((p) => p.text)).toEqual(text);
  });
  test('over an unlabelled run', () => {
    const input = page(
      ['Le Courrier de Djerba', ...ticker],
      [`Le Courrier de Djerba — Tous droits réservés 2026`],
    );
    expect(parseTicker(input).map((t) => t.text)).toEqual(ticker);
    expect(parseArticle(input).title).toBe(title);
  });
});

describe('guards', () => {
  test('a headline naming the site in a longer line stays one', () => {
    const named = [
      ...ticker.slice(0, 3),
      'Le Courrier de Djerba lance son édition en langue arabe',
    ];
    const input = page(['Flash info', ...named, 'جربة مساء'], [rights]);
    expect(parseTicker(input).map((t) => t.text)).toEqual(named);
  });
  test('a headline that a rights line quotes in part stays one', () => {
    const input = page(['Flash info', ...ticker, 'جربة مساء'], ['© 2026 Le prix de la sardine']);
    expect(parseTicker(input).map((t) => t.text)).toEqual(ticker);
  });
});
