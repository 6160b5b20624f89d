/**
 * w3m prints a share bar's linked icons as list items holding only the
 * icon's alt text, cut short in brackets (`* [facebook_3]`). Such items are
 * pictures, not text: a row of them between the lede and the rest of the
 * article is no gap, and the lede still opens the text (the header here is
 * read late: a date line over the headline, none under it).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const MENU = ['  * Home', '  * News', '  * Health', '  * Travel', '  * [                    ]'];
const TITLE = 'Study: two common foods may ease stage fright';
const LEDE =
  'It has long been known that the gut affects the mind. Researchers have now found that two common foods may even ease the fear of speaking in public, and they say which ones in a paper that came out this week after a year of work with students.';
const BYLINE = 'by Clara Moss, Online Desk Published: 12.11.2022';
const CAPTION = 'several small bowls holding pickled vegetables, yoghurt and soup';
const ICONS = [
  '  * [facebook_3]',
  '  * [pinterest_]',
  '  * [twitter_31]',
  '  * [mail_31]',
  '  * [print_31]',
  '  * [comment_31]',
];
const BODY = [
  'People who fear crowds often feel uneasy in large groups. After two years with few meetings, many of them found it harder than before to go back to offices, lecture halls and concerts.',
  'The signs differ from one person to the next and reach from sweating to sudden stomach aches and panic. Doctors have long looked for simple habits that might soften them.',
  'The researchers asked seven hundred students how much of the two foods they ate each week and how anxious they felt in company. Those who ate more of them reported fewer fears.',
];

function page(bar: readonly string[]): string {
  return [
    ...MENU,
    '',
    '[site_print_]',
    'HEALTH WEEKLY —  02.01.23 09:51',
    'https://www.example.org/news/two-common-foods-stage-fright-531',
    '( )( )( )( )( )',
    TITLE,
    '',
    LEDE,
    '',
    '[conten]',
    BYLINE,
    '',
    CAPTION,
    '',
    'PhotoAgency',
    '',
    ...bar,
    '',
    BODY.join('\n\n'),
    '',
    '  * Contact',
    '  * Imprint',
  ].join('\n');
}

describe('a share bar of icon placeholders under the lede', () => {
  test('the lede over the bar opens the text', () => {
    const a = parseArticle(page(ICONS));
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs[0]?.text).toBe(LEDE);
    expect(a.paragraphs.map((p) => p.text)).toContain(BODY[2]);
  });
});
