/**
 * A pull quote repeats a quoted sentence the article prints with a comma
 * before its speaker (`“…the river decides,” he says.`), set apart with a
 * full stop (`“…the river decides.”`): it is the article's sentence twice and
 * leaves the body (round 42e). Guard: a quotation of the article's own,
 * printed once, stays.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { ferryPage } from './helpers/ferry-page.js';

const PAGE = (middle: string) =>
  ferryPage(
    [
      'Four families have run the crossing since 1890. “We never say no to the timetable, the river decides,” says Alan Pengelly, who has skippered the Mary Ellen since 1988.',
      'The boats have changed three times in that time, the timetable almost never, and the fare only when the council insisted on it in 2009.',
    ],
    middle,
  );

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('a pull quote that closes with a stop where the article has a comma', () => {
  test('the display copy leaves the body, the quoted sentence stays', () => {
    const body = squash(
      parseArticle(PAGE('“We never say no to the timetable, the river decides.”')).text,
    );
    expect(body).toContain(
      '“We never say no to the timetable, the river decides,” says Alan Pengelly',
    );
    expect(body).not.toContain('“We never say no to the timetable, the river decides.”');
    expect(body).toContain('Passengers are fewer than they were');
  });

  test('guard: a quotation printed once stays', () => {
    const quote = '“Nobody crosses for the view any more, they cross to get to work.”';
    const body = squash(parseArticle(PAGE(quote)).text);
    expect(body).toContain(quote);
  });
});
