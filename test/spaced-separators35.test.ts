/**
 * A header line's separator printed with more than one space around it, or
 * with no-break spaces (`Karim Alaoui  •  02.02.2022`, `Karim
 * Alaoui&nbsp;•&nbsp;02.02.2022`): a browser's copy keeps the page's
 * `&nbsp;`, w3m and lynx print it as a space. The line reads as it does with
 * one space each side: a name and its date, not the page's title.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const HEADLINE = 'Le port de Tanger Med étend son terminal à conteneurs vers le sud';
const PARAGRAPHS = [
  "L'autorité portuaire a annoncé mardi l'extension de son terminal à conteneurs, un chantier de trois ans qui doit doubler la capacité du port.",
  'Les travaux commenceront à l’automne, une fois les derniers permis obtenus, et mobiliseront près de deux mille ouvriers selon la direction.',
  'Le coût du projet est estimé à quatre milliards de dirhams, financés pour moitié par l’État et pour moitié par des opérateurs privés.',
];

/** A page whose meta line under the headline is `meta`. */
const page = (meta: string): string =>
  ['Accueil', 'Économie', '', HEADLINE, '', meta, '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join(
    '\n',
  );

const NBSP = '\u00a0';

describe('a name and its date around a widely spaced separator', () => {
  const shapes: Record<string, string> = {
    'two spaces each side': 'Karim Alaoui  •  02.02.2022',
    'no-break spaces': `Karim Alaoui${NBSP}•${NBSP}02.02.2022`,
    'no-break spaces and a space': `Karim Alaoui${NBSP}${NBSP}|${NBSP}${NBSP} 02.02.2022`,
    'a dash after a no-break space': `Karim Alaoui${NBSP}— 02.02.2022`,
  };
  for (const [name, meta] of Object.entries(shapes)) {
    test(`${name}: the headline is the title, the line gives the author and the day`, () => {
      const a = parseArticle(page(meta));
      expect(a.title).toBe(HEADLINE);
      expect(a.authors).toEqual(['Karim Alaoui']);
      expect(a.publishedAt?.slice(0, 10)).toBe('2022-02-02');
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    });
  }

  test('one space each side reads the same (guard)', () => {
    const a = parseArticle(page('Karim Alaoui • 02.02.2022'));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Karim Alaoui']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-02-02');
  });

  test('a menu row of widely spaced links names nobody (guard)', () => {
    const text = page('Karim Alaoui • 02.02.2022').replace(
      'Accueil\n',
      `Accueil${NBSP} | ${NBSP}Contact${NBSP} | ${NBSP}Mentions légales\n`,
    );
    const a = parseArticle(text);
    expect(a.authors).toEqual(['Karim Alaoui']);
    expect(a.title).toBe(HEADLINE);
  });
});

describe('a mark padded with no-break spaces is a separator, not a headline', () => {
  const SEP = NBSP.repeat(2);
  test('a meta line padded with no-break spaces is no ticker', () => {
    expect(parseTicker(`Karim Alaoui${SEP}•${SEP}02.02.2022`)).toEqual([]);
    const a = parseArticle(page(`Karim Alaoui${SEP}•${SEP} 02.02.2022`));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Karim Alaoui']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-02-02');
  });

  test('a ticker whose separators hold a bullet gives its headlines, not the bullets', () => {
    const heads = [
      'Le dirham se stabilise face à l’euro en fin de semaine',
      'Tanger Med dépasse huit millions de conteneurs',
      'Rabat accueille le salon africain de l’agriculture',
    ];
    const sep = `${SEP}•${SEP}`;
    expect(parseTicker(heads.join(sep)).map((i) => i.text)).toEqual(heads);
  });

  test('a ticker of plain no-break-space runs reads as before (guard)', () => {
    const heads = [
      'Premier titre du fil de la journée',
      'Deuxième titre du fil',
      'Troisième titre',
    ];
    expect(parseTicker(heads.join(NBSP.repeat(4))).map((i) => i.text)).toEqual(heads);
  });
});

describe('more spaces than one around the separators of a meta line', () => {
  test('the time after the date and the name closing the line', () => {
    const a = parseArticle(page('04.02.2022  |  15:33 Uhr  |  Karim Alaoui'));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Karim Alaoui']);
    expect(a.publishedAt).toBe('2022-02-04T15:33');
  });

  test('a labelled byline among padded segments', () => {
    const a = parseArticle(page('Le Détroit  |  04.05.2015 à 13h36  |  Par Karim Alaoui'));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Karim Alaoui']);
    expect(a.publishedAt).toBe('2015-05-04T13:36');
  });

  test('a date and its time in two columns', () => {
    const a = parseArticle(page('04.02.2022    15:33   Le Détroit'));
    expect(a.publishedAt).toBe('2022-02-04T15:33');
  });

  test("a handle after the byline's label, its date after a padded separator, is no title", () => {
    const a = parseArticle(page('von Limespacer  ·  22. Oktober 2019'));
    expect(a.title).toBe(HEADLINE);
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-10-22');
  });

  test('a lower-case handle after the label reads its date (guard: read so before too)', () => {
    const a = parseArticle(page('Verfasst von: mitundvoneinander  |  31. Dezember 2008'));
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual([]);
    expect(a.publishedAt?.slice(0, 10)).toBe('2008-12-31');
  });
});
