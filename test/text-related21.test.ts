/**
 * Related links set in parentheses inside the body (`(Lire aussi : X)`), as
 * French and Italian sites print them between paragraphs. Pages are synthetic,
 * written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { PARAGRAPHS, pageWithLine } from './helpers/port-page.js';

const RELATED = 'Casablanca modernise les quais de son vieux port';

describe('a related line in parentheses', () => {
  test.each([
    `(Lire aussi : ${RELATED})`,
    `(Lire aussi: ${RELATED}).`,
    `(Leggi anche: ${RELATED})`,
  ])('%s is a related link, its title inside the parentheses, and no paragraph', (line) => {
    const input = pageWithLine(line);
    const a = parseArticle(input);
    expect(a.related.map((r) => r.title)).toContain(RELATED);
    const r = a.related.find((x) => x.title === RELATED);
    expect(r && input.slice(r.start, r.end)).toBe(RELATED);
    expect(a.text).not.toContain('Lire aussi');
    expect(a.text).not.toContain('Leggi anche');
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('control: a paragraph opening with a parenthesis and no related label stays', () => {
    const aside =
      '(Two of the new cranes were built in Shanghai and shipped in pieces last winter.)';
    const a = parseArticle(pageWithLine(aside));
    expect(a.paragraphs.map((p) => p.text)).toContain(aside);
  });
});
