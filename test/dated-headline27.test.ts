/**
 * The title of a text page (issue 10, item 4, session 27): a page that prints
 * its lede first, then a picture's credit, the section's name and the date
 * line, and only then the headline over the article's text. The headline is
 * the line right under the date line, not the site's slogan above the lede.
 * Pages are synthetic, written here, laid out as w3m prints them (blank lines
 * between blocks).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const HEADLINE = 'City council wants a new ferry timetable for the harbour district';
const LEDE =
  'The council wants every ferry operator in the harbour to publish its timetable a month ahead, and it will pay for the new signs at the piers itself.';
const BODY = [
  'The harbour’s four ferry operators met the council’s transport committee on Monday afternoon to discuss the plan, which would take effect in the spring if the full council approves it next month.',
  'Commuters have complained for years that the crossings change without notice, and a survey by the residents’ association found that one passenger in three had missed a connection since the summer.',
  'The operators said they would study the proposal but warned that the weather on the bay makes some crossings impossible to promise weeks ahead, especially in the winter months.',
  'The committee will hear the operators again before the vote, its chair said after the meeting, and the plan may still change on the points they raised.',
];

/** A w3m dump: the site's menu and slogan, the lede, a credit, the section, the date line, then `headline` and the text. */
function page(dateLine: string, headline: string): string {
  return [
    'Skip to content',
    '',
    'Home   News   Opinion   Contact',
    '',
    'Independent, critical and always on the side of our readers',
    '',
    LEDE,
    '',
    'Photo: Jane Roe / Harbour Agency',
    '',
    'Transport',
    '',
    dateLine,
    '',
    headline,
    '',
    ...BODY.flatMap((p) => [p, '']),
  ].join('\n');
}

describe('the headline under its date line, the lede printed above them', () => {
  test('the line under the date line is the title, not the slogan above the lede', () => {
    const a = parseArticle(page('6. November 2023 / 09:18 Uhr', HEADLINE));
    expect(a.title).toBe(HEADLINE);
  });

  test('an English date line', () => {
    const a = parseArticle(page('November 6, 2023', HEADLINE));
    expect(a.title).toBe(HEADLINE);
  });

  test('a sentence under the date line (a caption, ending with its stop) is not taken for the headline', () => {
    const caption = 'Ferries wait at the northern pier of the harbour on a winter morning.';
    const a = parseArticle(page('November 6, 2023', caption));
    expect(a.title).not.toBe(caption);
  });

  test('under a header’s meta lines (a byline, two date lines) the line is a caption: the headline above them stays', () => {
    const text = [
      'Coast Daily',
      '',
      'Transport',
      HEADLINE,
      '',
      LEDE,
      '',
      'By Ana Ribeiro',
      'Updated 06/11/2023 09:18',
      '',
      'Created 06/11/2023 09:00',
      '',
      'One of the ferries at the northern pier of the harbour.Harbour Agency',
      '',
      ...BODY.flatMap((p) => [p, '']),
    ].join('\n');
    expect(parseArticle(text).title).toBe(HEADLINE);
  });
});
