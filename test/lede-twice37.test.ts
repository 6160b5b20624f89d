/**
 * A deck printed over the body and again as its first paragraph (a page's `<h2>` standfirst, then the same
 * sentence as the lede): the copy over the body is the body's, no headline. Found by the invariance probe's
 * straight double quotes: where the two copies differed only by their quotes they were two lines, where they
 * matched the copy over the body won the title.
 */
import { describe, expect, test } from 'vitest';
import { titleAbove } from '../src/article/text/page-title.js';
import { docOf } from './helpers/text-doc.js';

const HEADLINE = 'Harbour Town Votes To Close Its Old Ferry Pier "Before It Falls Apart"';
const LEDE =
  'The council of a small harbour town voted on Tuesday to close its old ferry pier, saying engineers had warned that the structure was "close to giving way" after a winter of storms.';
const MORE = [
  'The pier, built more than a century ago, carried foot passengers to the islands until the new terminal opened in the north of the bay. Fishermen still moor their boats along its western side every morning.',
  '"We cannot ask people to walk on it any longer," the mayor told the meeting, adding that a study of its repair would be ordered before the summer.',
];

/** Menu, headline, deck, a few header lines, then the lede printed twice and the body; roles as the region leaves them. */
function page(second: string): { doc: ReturnType<typeof docOf>; first: number } {
  const lines = [
    'News',
    'Sport',
    'Culture',
    HEADLINE,
    'A report found the structure unsafe after the storms.',
    'Share',
    'Tweet',
    'Save it',
    'Tweet',
    'Email',
    'Print',
    'Share',
    LEDE,
    second,
    ...MORE,
  ];
  const doc = docOf(lines);
  const first = 13;
  for (let k = 5; k <= 12; k++) doc.roles.set(k, 'boilerplate');
  for (let k = first; k < lines.length; k++) doc.roles.set(k, 'body');
  return { doc, first };
}

describe('a lede printed twice over the body', () => {
  test('the copy right over the body is no headline: the headline above it is', () => {
    const { doc, first } = page(LEDE);
    expect(titleAbove(doc, first, undefined)?.text).toBe(HEADLINE);
  });

  test('the copy differs only in its spacing (a wrapped paragraph): still the body', () => {
    const { doc, first } = page(LEDE.replace('pier, saying', 'pier,   saying'));
    expect(titleAbove(doc, first, undefined)?.text).toBe(HEADLINE);
  });

  test("(guard) the headline printed again as the body's first line (no prose) is still found over it", () => {
    const lines = ['News', 'Sport', 'Culture', HEADLINE, 'Share', 'Tweet', HEADLINE, LEDE, ...MORE];
    const doc = docOf(lines);
    for (let k = 4; k <= 5; k++) doc.roles.set(k, 'boilerplate');
    for (let k = 6; k < lines.length; k++) doc.roles.set(k, 'body');
    const found = titleAbove(doc, 6, undefined);
    expect(found?.text).toBe(HEADLINE);
    expect(found?.block.index).toBe(3);
  });
});
