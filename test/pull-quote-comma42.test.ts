/**
 * A pull quote repeats a quoted sentence the article prints with a comma
 * before its speaker (`“…the river decides,” he says.`), set apart with a
 * full stop (`“…the river decides.”`): it is the article's sentence twice and
 * leaves the body (round 42e). Guard: a quotation of the article's own,
 * printed once, stays.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const PAGE = (middle: string) =>
  [
    'Lowland & Coast',
    'Features Food Places Shop Subscribe',
    'Features',
    'The ferrymen of the upper estuary',
    '',
    'Words by Owen Marsh · 3 October 2026',
    '',
    'Every morning at half past six the first ferry leaves the slipway at Tregaron Quay, and every evening at seven the last one ties up there again, whatever the tide.',
    '',
    'Four families have run the crossing since 1890. “We never say no to the timetable, the river decides,” says Alan Pengelly, who has skippered the Mary Ellen since 1988.',
    '',
    'The boats have changed three times in that time, the timetable almost never, and the fare only when the council insisted on it in 2009.',
    '',
    middle,
    '',
    'Passengers are fewer than they were, mostly walkers in summer and schoolchildren in winter, but the crossing saves a drive of eleven miles around the head of the estuary.',
    '',
    'The council has promised to keep paying the subsidy until at least 2030, and the families say they will keep the boats running for as long as it does.',
    '',
    'You might also like',
    'A sourdough starter that has lived for a century',
  ].join('\n');

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
