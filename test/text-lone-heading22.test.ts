/**
 * A one-word subheading inside a text dump's article (`Summary`, `Fazit`),
 * which the body reader first takes for a menu's entry, is kept in place as a
 * heading when it stands a blank line apart between two paragraphs of prose.
 * Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { PARAGRAPHS, pageWithLine } from './helpers/port-page.js';

describe('a one-word subheading between paragraphs', () => {
  test.each(['Summary', 'Fazit', 'Ausblick'])('%s is kept in place, as a heading', (word) => {
    const input = pageWithLine(word);
    const a = parseArticle(input);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      ...PARAGRAPHS.slice(0, 2),
      word,
      ...PARAGRAPHS.slice(2),
    ]);
    const h = a.paragraphs[2];
    expect(h?.kind).toBe('heading');
    expect(h && input.slice(h.start, h.end)).toBe(word);
  });

  test.each([
    ['a credit in capitals', 'GETTY'],
    ['a furniture word', 'Advertisement'],
    ['a two-word line', 'Read more'],
  ])('%s is not kept', (_, line) => {
    const a = parseArticle(pageWithLine(line));
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});
