/**
 * A recipe card's headings and list as Chromium prints them (issue 10,
 * session 35, blind round 35b). Chromium's `innerText` prints a card's
 * heading glued over its list's items, no bullets, no blank lines:
 * `Ingrédients pour 4 personnes` ⏎ `1 chou-fleur` ⏎ `40 g de beurre` ⏎ …
 * Five short lines in a row read as a latest-news run, and the ingredients
 * were lost as a ticker; a heading with its servings (`pour 4 personnes`,
 * `für 4 Personen`) opens the list as the bare word does, and so does the
 * run's own first line. The method heading (`Préparation`, `Method`), a lone
 * word, was left out as a menu's entry; between the card's kept lines it is
 * the card's heading. A latest-news run whose first headline opens with the
 * word (`Ingredients prices soar…`, no servings) is still a ticker, and a
 * lone `Directions` in a footer's menu stays out.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body35/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const files = import.meta.glob('./fixtures/body35/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body35/${name}`] ?? '';

describe('a recipe card as Chromium prints it', () => {
  test('the ingredients glued under a heading with servings are the body, no ticker', () => {
    const a = parseArticle(read('recette-prep.chromium.txt'));
    expect(a.title).toBe('Gratin de chou-fleur au comté');
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts.slice(2, 8)).toEqual([
      'Ingrédients pour 4 personnes',
      '1 chou-fleur',
      '40 g de beurre',
      '40 g de farine',
      '50 cl de lait',
      '120 g de comté râpé',
    ]);
    expect(texts.at(-1)).toMatch(/^Enfournez 25 minutes/);
    expect(parseTicker(read('recette-prep.chromium.txt'))).toEqual([]);
  });

  test('the method heading glued between the last ingredient and the first step is kept as a heading', () => {
    const a = parseArticle(read('recette-prep.chromium.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    const at = texts.indexOf('Préparation');
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 1]).toBe('120 g de comté râpé');
    expect(texts[at + 1]).toMatch(/^Faites cuire les bouquets/);
    expect(a.paragraphs[at]?.kind).toBe('heading');
  });

  test('w3m: a one-word method heading between the list and the steps is kept', () => {
    const a = parseArticle(read('recipe-steps.w3m.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    const at = texts.indexOf('Method');
    expect(at).toBeGreaterThan(0);
    expect(texts[at - 1]).toBe('80 g butter');
    expect(texts[at + 1]).toMatch(/^1\. Heat the oven/);
    expect(a.paragraphs[at]?.kind).toBe('heading');
  });

  test('guard: a latest-news run opening with `Ingredients …` (no servings) stays a ticker', () => {
    const text = read('ticker-ingredients.chromium.txt');
    const a = parseArticle(text);
    expect(a.title).toBe('Bakers warn of dearer bread as wheat costs climb');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toMatch(/harvest fails|Antwerp/);
    expect(parseTicker(text).map((i) => i.text)).toContain(
      'Ingredients prices soar as harvest fails',
    );
  });

  test('guard: a lone `Directions` in the menu under an article stays out', () => {
    const a = parseArticle(read('venue-directions.w3m.txt'));
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toMatch(/Directions|Opening hours/);
  });
});
