/**
 * The standfirst (deck) of a text page: the sentence printed between the
 * headline and the byline, which the body leaves out, is returned in its own
 * field with its exact span, and only prose is taken for one. Pages are
 * synthetic, written here.
 */

import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectStandfirst } from './helpers/checks.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE, wrap } from './helpers/port-page.js';

const DECK = 'Container traffic grew faster than at any other Mediterranean port this year.';

/** The port page, blocks a blank line apart: menu, headline, `header` lines, byline, the paragraphs, footer. */
function page(header: string[]): string {
  return [
    ...MENU,
    '',
    TITLE,
    '',
    ...header.flatMap((h) => [h, '']),
    'By Karim Benali',
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

describe('the standfirst of a text page', () => {
  test('a deck between the headline and the byline is the standfirst, not a paragraph', () => {
    const input = page([DECK]);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Karim Benali']);
    expectStandfirst(input, a, DECK);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('a page with no deck has no standfirst', () => {
    const a = parseArticle(page([]));
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
    expect(a.spans.standfirst).toBeUndefined();
    expect('standfirst' in a).toBe(false);
  });

  test.each([
    ['a share label', 'Share this article with your friends on Messenger'],
    [
      'a photo caption closed by its credit',
      'Cranes at the container terminal. Photo: Karim Benali/AFP',
    ],
    ['a line in capitals', 'SIGN UP FOR OUR DAILY NEWSLETTER AND NEVER MISS A STORY'],
    ['a date stamp', 'Posted: Nov 8, 2023 / 04:43 PM CST'],
    [
      'a caption run into its credit',
      'Cranes unloading a container ship in the morning Getty Images',
    ],
    ['a list of channels', 'My channels: Harbour news / Shipping / Cranes and docks'],
    [
      'a picture text printed twice',
      'Cranes over the harbour at dawnCranes over the harbour at dawn',
    ],
    ['a label over what follows', 'And here is more about the harbour and its cranes:'],
    [
      'a line that goes on from another',
      'readers of the harbour report will know the cranes well.',
    ],
  ])('%s between the headline and the byline is no standfirst', (_, line) => {
    const a = parseArticle(page([line]));
    expect(a.title).toBe(TITLE);
    expect(a.standfirst).toBeUndefined();
    expect(a.text).not.toContain(line);
  });

  test('a deck long enough to open the body stays its first paragraph, and is not repeated as the standfirst', () => {
    const long = `${DECK.slice(0, -1)}, and two more cranes are due to enter service in the autumn.`;
    const a = parseArticle(page([long]));
    expect(a.paragraphs[0]?.text).toBe(long);
    expect(a.standfirst).toBeUndefined();
  });

  test('a caption and then the deck: the deck is the standfirst', () => {
    const caption = 'Cranes at the container terminal. Photo: Karim Benali/AFP';
    const a = parseArticle(page([caption, DECK]));
    expect(a.standfirst).toBe(DECK);
  });

  test('an Arabic deck is read as one (no letter case to ask)', () => {
    const title = 'ميناء طنجة يوسع محطة الحاويات لاستقبال خطوط جديدة';
    const deck =
      'ارتفعت حركة الحاويات بأسرع وتيرة بين موانئ المتوسط، وتصل رافعتان جديدتان في الخريف.';
    const body = [
      'أعلنت سلطة ميناء طنجة يوم الثلاثاء عن توسيع محطة الحاويات، في ورش يمتد ثلاث سنوات ويهدف إلى مضاعفة طاقة الميناء واستقطاب خطوط جديدة نحو غرب إفريقيا.',
      'وستنطلق الأشغال في الخريف بعد الحصول على آخر التراخيص، وستشغل قرابة ألفي عامل حسب إدارة الميناء التي تعد بانعكاسات إيجابية على الجهة كلها.',
    ];
    const input = [
      'الرئيسية',
      '',
      title,
      '',
      deck,
      '',
      'بقلم كريم بنعلي',
      '',
      ...body.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(title);
    expect(a.standfirst).toBe(deck);
    expect(a.paragraphs.map((p) => p.text)).toEqual(body);
  });

  test('a hard-wrapped deck (lynx) is one standfirst, its line breaks folded, its span over its lines', () => {
    const wrapped = (t: string) => wrap(t, 78, '   ');
    const input = [
      ...MENU.map((m) => `   ${m}`),
      '',
      `                    ${TITLE}`,
      '',
      ...wrapped(DECK),
      '',
      '   By Karim Benali',
      '',
      ...PARAGRAPHS.flatMap((p) => [...wrapped(p), '']),
      ...FOOTER.map((f) => `   ${f}`),
    ].join('\n');
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expectStandfirst(input, a, DECK, true);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});
