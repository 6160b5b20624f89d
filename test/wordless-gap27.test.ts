/**
 * The title of a text page (issue 10, item 4, session 27): a headline over
 * its byline and date line, then a run of empty list items (a gallery's
 * placeholders, as w3m prints them: a bullet and nothing else) before the
 * article's text. Lines that hold no word put no distance between the
 * headline and the body. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINE = 'Harbour council approves a new winter ferry timetable';
const BODY = [
  'The harbour’s four ferry operators met the council’s transport committee on Monday afternoon to discuss the plan, which would take effect in the spring if the full council approves it next month.',
  'Commuters have complained for years that the crossings change without notice, and a survey by the residents’ association found that one passenger in three had missed a connection since the summer.',
  'The operators said they would study the proposal but warned that the weather on the bay makes some crossings impossible to promise weeks ahead, especially in the winter months.',
];

/** A w3m dump: a menu, a newsletter pitch, the headline, `header` lines, 25 empty list items, the text. */
function page(header: readonly string[]): string {
  return [
    '  * Home',
    '  * News',
    '  * Sports',
    '',
    'Sign up for our newsletter and get the morning briefing from the harbour desk in your inbox every weekday at seven.',
    '',
    HEADLINE,
    '',
    ...header.flatMap((line) => [line, '']),
    ...Array.from({ length: 25 }, () => '  *  '),
    '',
    ...BODY.flatMap((p) => [p, '']),
  ].join('\n');
}

describe('empty list items between the header and the text', () => {
  test('the headline over its byline and date line is the title, the byline its author', () => {
    const a = parseArticle(
      page(['Ana Ribeiro, Harbour Desk Writer', 'Updated 5:27 am, Wednesday, November 20, 2019']),
    );
    expect(a.title).toBe(HEADLINE);
    expect(a.authors).toEqual(['Ana Ribeiro']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(BODY);
  });

  test('a line with no byline or date line under it is not brought nearer: no title', () => {
    expect(parseArticle(page([])).title).toBeUndefined();
  });
});
