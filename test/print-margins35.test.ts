/**
 * A text taken from a browser's print (PDF) holds the page margins again at
 * every page break, inside the article: the stamp and `<headline> - <site>`
 * at the top of each sheet, `<address> 1/2` at its foot. They are no
 * paragraphs. Found by a variant of blind round 35's print version.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const TITLE = 'Kairouan : les tapissières relancent le point noué avec une marque collective';
const URL = 'https://www.carthage-matin.tn/regions/kairouan-tapis-marque-collective';
const P1 =
  'Une quarantaine de tapissières de Kairouan ont lancé cette semaine une marque collective destinée à vendre leurs tapis noués à la main sans passer par les bazars de la médina.';
const P2 =
  'La coopérative, créée avec l’appui de l’office régional de l’artisanat, fixe un prix au mètre carré affiché sur chaque pièce, avec le nom de la tisserande et le temps passé.';
const P3 =
  'Les premières commandes sont venues de boutiques de Tunis et de deux revendeurs installés en France, selon la présidente de la coopérative, qui vise cent tapis vendus d’ici l’été.';

/** The print's text: the margins (`top` at each sheet's head, `foot` at its foot) around two sheets. */
const printed = (top: readonly string[], foot: readonly string[]) =>
  [
    ...top,
    'Carthage Matin',
    'Régions',
    TITLE,
    'Publié le 01/12/2026 à 09:10',
    'Par Amira Ben Ammar',
    P1,
    P2,
    ...foot.map((l) => l.replace('#', '1')),
    ...top,
    P3,
    '© 2026 Carthage Matin',
    ...foot.map((l) => l.replace('#', '2')),
  ].join('\n');

describe('a print’s page margins inside the text', () => {
  test('are left out of the body (Chrome’s and Firefox’s margins, on separate lines or on one)', () => {
    for (const [top, foot] of [
      [['07/12/2026 10:22', `${TITLE} - Carthage Matin`], [`${URL} #/2`]],
      [[`07/12/2026 10:22          ${TITLE} - Carthage Matin`], [`${URL}          #/2`]],
      [
        [`${TITLE} | Carthage Matin`, URL],
        ['# of 2', '07/12/2026, 10:22'],
      ],
      [[`${TITLE} | Carthage Matin          ${URL}`], ['# of 2          07/12/2026, 10:22']],
    ] as const) {
      const a = parseArticle(printed(top, foot));
      expect(a.title).toBe(TITLE);
      expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    }
  });

  test('a subtitle after the headline, and a link, each printed once, stay in the text', () => {
    const subtitle = `${TITLE} - Tapis de Kairouan`;
    const link = 'https://www.carthage-matin.tn/dossiers/artisanat';
    const a = parseArticle(printed([], []).replace(P2, `${P2}\n${subtitle}\n${link}`));
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, subtitle, link, P3]);
  });
});
