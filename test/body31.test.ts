/**
 * The text body's shapes of session 31 (issue 10, the trafilatura body), on
 * synthetic pages each printed as Chromium and w3m print them
 * (test/fixtures/body31): a shop box whose price carries the shop's name on
 * its line (`24,95 € bei Spielwelt`, `$29.99 at Kitchenly`), with the warning
 * that the price may have changed under it, leaves the body as one unit; a
 * gallery printing one short caption over and over leaves it in the body
 * once, the paragraphs on both sides of the gallery kept.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body31/*', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The fixture `name` as read from the folder. */
const fixture = (name: string): string => {
  const text = files[`./fixtures/body31/${name}`];
  if (text === undefined) throw new Error(`missing fixture ${name}`);
  return text;
};

const gold = (page: string): string[] =>
  (JSON.parse(fixture(`${page}.gold.json`)) as { paragraphs: string[] }).paragraphs;

describe.each(['chromium', 'w3m'])('as %s prints it', (renderer) => {
  test.each(['shop-line-de', 'shop-line-en'])(
    '%s: a price with its shop on the line takes the box out whole',
    (page) => {
      const a = parseArticle(fixture(`${page}.${renderer}.txt`));
      expect(a.kind).toBe('article');
      expect(a.paragraphs.map((p) => p.text)).toEqual(gold(page));
    },
  );
});

/** Blocks a blank line apart: menu, headline, byline, two paragraphs, `lines` (one block), two paragraphs, footer. */
const page = (lines: string[]): string =>
  `${[
    'Accueil\nCulture\nLivres',
    'Cinq romans à emporter cet été',
    'Par Claire Moreau',
    'Chaque été, les mêmes questions reviennent : que lire sur la plage, dans le train ou au fond du jardin ? Nous avons demandé à dix libraires de nous confier le livre qu’ils glissent dans toutes les valises.',
    'Le premier de la liste raconte la traversée d’une famille de l’Atlantique à la voile, avec ses tempêtes, ses disputes et ses longues soirées calmes sous les étoiles.',
    lines.join('\n'),
    'Pour les plus jeunes, les libraires conseillent une bande dessinée pleine d’humour, qui suit deux enfants partis chercher un trésor dans le grenier de leur grand-mère.',
    'Enfin, n’oubliez pas que les bibliothèques prêtent aussi des livres pour l’été : il suffit souvent d’une carte gratuite pour repartir avec une pile de romans.',
    'Mentions légales\nContact\n© 2024 Exemple Culture',
  ].join('\n\n')}\n`;

describe('a price with its shop on the line', () => {
  test.each([
    ['29,90 € chez Librairie du Port', 'Le prix peut avoir changé depuis.'],
    ['€ 29.90 bij Boekhandel Noord', 'Prices may vary.'],
    ['29,90 EUR su Libreria Centro', 'Il prezzo può essere cambiato.'],
  ])('%s takes the product’s name and the warning %s with it', (price, note) => {
    const a = parseArticle(page(['La Mer entre nous', price, note]));
    expect(a.paragraphs).toHaveLength(4);
    expect(a.text).not.toContain('La Mer entre nous');
    expect(a.text).not.toContain(price);
    expect(a.text).not.toContain(note);
  });

  test('with no warning under it, the name and the price go', () => {
    const a = parseArticle(page(['La Mer entre nous', '29,90 € chez Librairie du Port']));
    expect(a.paragraphs).toHaveLength(4);
    expect(a.text).not.toContain('La Mer entre nous');
  });

  test('a price followed by other words than a shop’s stays', () => {
    const a = parseArticle(page(['La Mer entre nous', '29,90 € pour 420 pages']));
    expect(a.text).toContain('29,90 € pour 420 pages');
  });

  test('a sentence naming a price and a shop stays', () => {
    const line =
      'Le roman coûte 29,90 € chez la plupart des libraires, et son édition de poche sortira à la rentrée.';
    const a = parseArticle(page([line]));
    expect(a.text).toContain(line);
  });
});

describe.each(['chromium', 'w3m'])(
  'a gallery repeating one caption, as %s prints it',
  (renderer) => {
    test('gallery-de: the caption is printed once at most, the paragraphs on both sides of it kept', () => {
      const a = parseArticle(fixture(`gallery-de.${renderer}.txt`));
      expect(a.kind).toBe('article');
      const texts = a.paragraphs.map((p) => p.text);
      expect(texts.filter((t) => t !== 'Kamera Z5')).toEqual(gold('gallery-de'));
      expect(texts.filter((t) => t === 'Kamera Z5').length).toBeLessThanOrEqual(1);
    });
  },
);

describe('what is no gallery caption', () => {
  test('a short line printed twice in a row (an alt text over its caption) stays', () => {
    const a = parseArticle(page(['Le phare du Port', 'Le phare du Port']));
    expect(a.text).toContain('Le phare du Port');
  });

  test('a short sentence printed three times in a row (a refrain) stays as printed', () => {
    const line = 'Allez, allez !';
    const a = parseArticle(page([line, line, line]));
    expect(a.text.split(line)).toHaveLength(4);
  });
});
