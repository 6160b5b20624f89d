/**
 * lynx prints a box of related links inside the text one link a line, each
 * behind its number, with no blank line between (`À lire aussi :` ⏎
 * `[13]<headline>` ⏎ `[14]<headline>`): on a hard-wrapped dump each line is
 * a link of its own, not the wrapped halves of one paragraph. Found by a
 * variant of blind round 34's lynx dump.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (box: string[]) =>
  [
    '   [1]L’Écho de Meknès',
    '',
    '   [2]Accueil [3]Régions [4]Culture',
    '',
    'Meknès : le festival des arts équestres revient en avril',
    '',
    '   Par [5]Hind Berrada | 03 décembre 2026 à 09h10',
    '',
    '   Le festival des arts équestres de Meknès reviendra en avril après une',
    '   année d’absence, ont annoncé mercredi ses organisateurs, qui attendent',
    '   plus de quarante troupes venues de tout le pays.',
    '',
    ...box,
    '',
    '   La manifestation se tiendra sur l’esplanade de Bab Mansour, rénovée',
    '   l’an dernier, et accueillera aussi un marché de l’artisanat.',
    '',
    'References',
    '',
    '   1. https://www.echo-meknes.ma/',
    '   2. https://www.echo-meknes.ma/',
    '   3. https://www.echo-meknes.ma/regions/',
    '   4. https://www.echo-meknes.ma/culture/',
    '   5. https://www.echo-meknes.ma/auteur/hind-berrada/',
    '   6. https://www.echo-meknes.ma/regions/ifrane-neige-8812',
    '   7. https://www.echo-meknes.ma/culture/moussem-moulay-idriss-8790',
  ].join('\n');

describe('a box of links one a line inside a lynx dump', () => {
  test('gives each headline as a related link, the text going on under it', () => {
    const a = parseArticle(
      page([
        '   À lire aussi :',
        '   [6]Ifrane : les premières neiges attirent les visiteurs du week-end',
        '   [7]Moulay Idriss : le moussem attire des milliers de pèlerins',
      ]),
    );
    expect(a.related.map((r) => r.title)).toEqual([
      'Ifrane : les premières neiges attirent les visiteurs du week-end',
      'Moulay Idriss : le moussem attire des milliers de pèlerins',
    ]);
    expect(a.paragraphs).toHaveLength(2);
    expect(a.paragraphs.at(-1)?.text.endsWith('un marché de l’artisanat.')).toBe(true);
  });

  test('guard: a wrapped paragraph whose second line opens with a link stays one paragraph', () => {
    const a = parseArticle(
      page([
        '   Les organisateurs ont remercié la commune et le conseil régional,',
        '   [6]partenaires de la manifestation depuis sa création en 2008.',
      ]),
    );
    expect(a.paragraphs).toHaveLength(3);
    expect(a.paragraphs[1]?.text).toBe(
      'Les organisateurs ont remercié la commune et le conseil régional, partenaires de la manifestation depuis sa création en 2008.',
    );
  });
});
