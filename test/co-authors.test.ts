/** coAuthors: a byline naming several people gives one author each, with its own span. */
import { describe, expect, test } from 'vitest';
import { coAuthors } from '../src/article/text/co-authors.js';
import { parseArticle } from '../src/index.js';

const span = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('coAuthors', () => {
  test.each([
    ['Stella Kim and Jennifer Jett', ['Stella Kim', 'Jennifer Jett']],
    ['Alexandre Hervaud et Jérémy Piette', ['Alexandre Hervaud', 'Jérémy Piette']],
    ['Ann Lee, Bob Stone and Carla Diaz', ['Ann Lee', 'Bob Stone', 'Carla Diaz']],
    ['Anna Schmidt und Jonas Weber', ['Anna Schmidt', 'Jonas Weber']],
  ])('%s names %j', (text, names) => {
    expect(coAuthors(span(text)).map((p) => p.text)).toEqual(names);
  });

  test.each([
    'Smith & Wesson',
    'Marie Dupont',
    'Our Foreign Staff',
    'Ben Ali et Fils',
    'Ana Paula e Silva',
  ])('%s stays one author', (text) => {
    expect(coAuthors(span(text)).map((p) => p.text)).toEqual([text]);
  });

  test("lynx's link number before the second name (`Nadia El Fassi et [6]Omar Tazi`) is no part of it", () => {
    const input = 'Par [5]Nadia El Fassi et [6]Omar Tazi';
    const parts = coAuthors(span(input.slice(7), 7));
    expect(parts.map((p) => p.text)).toEqual(['Nadia El Fassi', 'Omar Tazi']);
    for (const p of parts) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  test('each name keeps its own span in the input', () => {
    const input = 'By Stella Kim and Jennifer Jett';
    for (const p of coAuthors(span(input.slice(3), 3)))
      expect(input.slice(p.start, p.end)).toBe(p.text);
  });
});

describe('parseArticle on a page signed by two people', () => {
  test('gives two authors, each sliced from the input', () => {
    const body = [
      'The port authority of Tangier said on Tuesday that container traffic rose by nine percent in the first half of the year, driven by new shipping lines to West Africa.',
      'Officials expect the growth to continue through the autumn, when two more cranes are due to enter service and the rail link to the industrial zone is finally completed.',
    ];
    const text = `Home\nWorld\nPort traffic in Tangier up nine percent\nBy Stella Kim and Jennifer Jett\n${body.join('\n')}\nAbout us\n`;
    const a = parseArticle(text);
    expect(a.authors).toEqual(['Stella Kim', 'Jennifer Jett']);
    for (const [k, s] of (a.spans.authors ?? []).entries())
      if (s) expect(text.slice(s.start, s.end)).toBe(a.authors[k]);
  });
});
