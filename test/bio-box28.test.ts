/**
 * A columnist's box over the text (the name alone under the headline, a
 * biography opening with that name, the author's handle or an invitation to
 * follow, then the header's date line) is the author's: the name is the
 * article's author, the biography and the handle are no part of its text.
 * A name over a paragraph about that person inside the text, or over a lede
 * with no date line under it, is left as it was.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const MENU = ['The Harbour Review', 'Home', 'News', 'Opinion', 'Business', 'Opinion'];
const TITLE = 'Fishing quotas should be set by the ports that live from them';
const BIO =
  'Nadia Ferhat is a lecturer in marine economics at the University of Oran and a former adviser to the fisheries ministry. She writes a monthly column on coastal towns.';
const BODY = [
  'Every spring the same argument returns to the harbour: the quotas arrive from the capital, and the crews learn them from the radio. Few of the people who set them have ever stood on a trawler deck.',
  'The result is a rule that nobody trusts. Catches are declared late or not at all, and the figures on which the next quotas rest grow less reliable each year.',
  'Ports that have been given a say, as two towns on the eastern coast were in a pilot scheme, report fewer disputes and better records. That lesson deserves a wider hearing.',
];

function column(lines: readonly string[]): string {
  return [
    ...MENU,
    TITLE,
    ...lines,
    ...BODY,
    'Share this article',
    '© 2025 The Harbour Review',
  ].join('\n');
}

describe("a columnist's box over the text", () => {
  test('name, biography, `Follow @handle`, date, reading time: the name signs, the box leaves the text', () => {
    const a = parseArticle(
      column(['Nadia Ferhat', BIO, 'Follow @nadiaferhat', 'April 3, 2025', '4 min read']),
    );
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Nadia Ferhat']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2025-04-03');
    expect(a.paragraphs.map((p) => p.text)).toEqual(BODY);
  });

  test('a handle alone under the biography, in French', () => {
    const bio =
      'Karim Belhaj est professeur de droit public à l’université de Sousse et ancien membre de l’instance électorale. Il tient une chronique mensuelle sur les institutions.';
    const a = parseArticle(column(['Karim Belhaj', bio, '@karimbelhaj', '3 avril 2025']));
    expect(a.authors).toEqual(['Karim Belhaj']);
    expect(a.text).not.toContain('professeur de droit public');
    expect(a.text).not.toContain('@karimbelhaj');
    expect(a.paragraphs[0]?.text).toBe(BODY[0]);
  });
});

describe('guards: a name over a paragraph that is the text', () => {
  test("a photo's name over a lede opening with it, under the date line, stays the text", () => {
    const lede =
      'Nadia Ferhat is a lecturer who has spent twenty years on the docks of Oran, and on Tuesday she told the regional council that the quota system had failed the town.';
    const a = parseArticle(
      [...MENU, TITLE, 'By Samir Kaci', 'April 3, 2025', 'Nadia Ferhat', lede, ...BODY].join('\n'),
    );
    expect(a.paragraphs[0]?.text).toBe(lede);
    expect(a.authors).toEqual(['Samir Kaci']);
  });

  test('a portrait inside the text (the name, then a paragraph about that person) stays the text', () => {
    const portrait =
      'Nadia Ferhat is a trawler captain who took over her father’s boat at twenty-six. She says the quotas change too often for anyone to plan a season.';
    const a = parseArticle(
      [
        ...MENU,
        TITLE,
        'By Samir Kaci',
        'April 3, 2025',
        BODY[0],
        'Nadia Ferhat',
        portrait,
        BODY[1],
      ].join('\n'),
    );
    expect(a.text).toContain(portrait);
  });
});
