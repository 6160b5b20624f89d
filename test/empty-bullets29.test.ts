/**
 * Empty list items (a share bar's icons with no alt text, printed by w3m and
 * lynx as a bullet alone on its line) between a short lede right under the
 * headline's header and the body's prose: no text, so no gap that parts the
 * lede from the body. A deck printed again under the byline stays out.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const MENU = [
  'Harbour Trust',
  'Menu',
  '',
  '  * Our work',
  '  * Projects',
  '  * News',
  '  * About',
  '',
];
const HEADLINE = 'Old lighthouse reopens to visitors after two years of repairs';
const BYLINE = 'By Harbour Trust•15 January 2020';
const CHEER = 'Open again at last!';
const LEDE = 'You can read this statement in Welsh here.';
const BODY = [
  'Today the harbour trust reopened the old lighthouse on the northern pier to visitors, after two years of repairs to its lantern room, its staircase and the keeper’s cottage beside it, which had been closed since a storm damaged the roof.',
  'The trust thanked the volunteers who raised the money for the works, and said that guided tours would run every weekend from the spring, with school visits on weekdays during term time and a small exhibition about the keepers who lived there.',
  'Visitors can book their places on the trust’s website or at the harbour office, and the cottage will host a café run by the local sailing club during the summer months, the trust said in a statement on Monday.',
];

const page = (lede: string[], bullets: string[]): string =>
  [
    ...MENU,
    'News',
    '',
    HEADLINE,
    '',
    BYLINE,
    CHEER,
    ...lede,
    '',
    ...bullets,
    '',
    ...BODY.flatMap((p) => [p, '']),
    'Share',
    '',
  ].join('\n');

describe('empty list items between the lede and the body', () => {
  test('a short lede over two empty bullets opens the body (w3m)', () => {
    const a = parseArticle(page(['', LEDE], ['  *  ', '  *  ']));
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs[0]?.text).toBe(LEDE);
    expect(a.paragraphs[1]?.text).toBe(BODY[0]);
  });

  test('a short lede over empty bullets opens the body (lynx)', () => {
    const a = parseArticle(page(['', LEDE], ['     *', '     *', '     *']));
    expect(a.paragraphs[0]?.text).toBe(LEDE);
  });

  test('guard: the deck printed again under the byline is no lede', () => {
    const deck =
      'The trust’s pick of outings for families and walkers around the harbour this month.';
    const text = [
      ...MENU,
      'News',
      '',
      HEADLINE,
      '',
      HEADLINE,
      '',
      deck,
      '',
      'Author:',
      '    Harbour Trust Staff',
      'Publish date:',
      '    Jan 15, 2020',
      '',
      'Jane Roe/Harbour Photos',
      '',
      deck,
      '',
      '  *  ',
      '  *  ',
      '  *  ',
      '',
      ...BODY.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(text);
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs.map((p) => p.text)).not.toContain(deck);
    expect(a.paragraphs[0]?.text).toBe(BODY[0]);
  });
});
