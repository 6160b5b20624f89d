/**
 * The text path's title (session 20): the headline among the lines above the
 * body, never a deck's broken first line, a menu entry over the date line or a
 * picture's caption. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, pageWith, TITLE, wrap } from './helpers/port-page.js';

describe('a deck broken over two lines', () => {
  test('the first half of a deck, continued in lower case on the next line, is not the title', () => {
    const a = parseArticle(
      pageWith([
        `${TITLE}: a record year`,
        'But only the biggest',
        'carriers will profit from it.',
        'By Karim Benali',
        'March 3, 2024',
      ]),
    );
    expect(a.title).toBe(`${TITLE}: a record year`);
    expect(a.authors).toEqual(['Karim Benali']);
  });

  test('a headline over a deck opening with a brand written in lower case stays the title', () => {
    const a = parseArticle(
      pageWith([TITLE, 'eBay and two carriers will profit from it.', 'By Karim Benali']),
    );
    expect(a.title).toBe(TITLE);
  });
});

describe('a headline under its date line', () => {
  /** A page whose header is a section's name, a kicker with the date, then the headline over the lede. */
  const page = (above: string[], headline: string): string =>
    [
      ...MENU,
      ...above,
      'Economy 12.12.2022, 08:30',
      headline,
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ].join('\n');

  test('the headline between the date line and the lede is the title, not the menu entry above the date', () => {
    const a = parseArticle(page(['Ports and shipping'], `${TITLE}?`));
    expect(a.title).toBe(`${TITLE}?`);
    expect(a.paragraphs[0]?.text).toBe(PARAGRAPHS[0]);
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-12-12');
  });

  test('with only a menu above the date line, the headline under it is the title', () => {
    expect(parseArticle(page([], TITLE)).title).toBe(TITLE);
  });

  test('a headline over the date line keeps the title; a deck under the date is no headline', () => {
    const deck = 'Two new shipping lines to West Africa and a reopened terminal';
    const a = parseArticle(page([TITLE], deck));
    expect(a.title).toBe(TITLE);
  });
});

describe("a picture's caption closed by its credit", () => {
  const caption =
    'A pilot boat leaves the quay at dawn. Photograph: Amina Saidi for the Example Post';

  test('a caption under the headline, its credit labelled after its last sentence, is not the title', () => {
    expect(parseArticle(pageWith([TITLE, caption])).title).toBe(TITLE);
  });

  test('a caption between the headline and its deck is walked over: the headline is the title', () => {
    const a = parseArticle(
      pageWith([
        TITLE,
        caption,
        'Container traffic rose again as two new shipping lines to West Africa opened this spring',
        'by Karim Benali and Amina Saidi',
      ]),
    );
    expect(a.title).toBe(TITLE);
  });

  test('a long deck under the caption is not the title: the headline over the caption is', () => {
    const deck =
      'Container traffic rose again as two new shipping lines to West Africa opened this spring and a terminal reopened';
    const page = [
      ...MENU,
      '',
      'Harbours: the state of our ports',
      '',
      TITLE,
      '',
      caption,
      '',
      deck,
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ].join('\n');
    expect(parseArticle(page).title).toBe(TITLE);
  });

  test('a caption whose credit label is glued to its stop and to the name (`….CreditX`) is not the title', () => {
    const glued =
      'Two new cranes are due to enter service in the autumn.CreditAmina Saidi/Example Post';
    const a = parseArticle(
      pageWith([
        TITLE,
        'Officials expect the growth to continue through the autumn.',
        'Image',
        glued,
        'By Karim Benali',
      ]),
    );
    expect(a.title).toBe(TITLE);
  });

  test.each([
    'Source: Supplied',
    'Fuente: Archivo',
    'Imagen: Amina Saidi',
    'Bildquelle: Anna Berg',
  ])(
    'a caption closed by `%s` under the date line (a credit label the furniture knows, in any language) is not the title',
    (credit) => {
      const a = parseArticle(
        pageWith([
          TITLE,
          'From: Example Post',
          'March 13, 2015 9:00PM',
          '',
          `Two new lines opened in March. ${credit}`,
        ]),
      );
      expect(a.title).toBe(TITLE);
    },
  );

  test('a headline holding a colon stays the title', () => {
    const headline = 'Port traffic: Tangier up nine percent';
    expect(parseArticle(pageWith(['Harbours', headline])).title).toBe(headline);
  });
});

describe("the site's name, known from its rights line", () => {
  test('a masthead printed twice is not the title when the rights line names the site’s address', () => {
    const page = [
      ...MENU,
      'The Example Post',
      'The Example Post',
      TITLE,
      'Sign in',
      'Economy',
      TITLE,
      'By Karim Benali',
      ...PARAGRAPHS,
      'examplepost.com © 1996-2025 The Example Post',
      ...FOOTER,
    ].join('\n');
    const a = parseArticle(page);
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Karim Benali']);
  });

  test('with its address given, the page reads the site from the address as before', () => {
    const page = [
      ...MENU,
      'The Example Post',
      'The Example Post',
      TITLE,
      ...PARAGRAPHS,
      ...FOOTER,
    ].join('\n');
    expect(parseArticle(page, { url: 'https://www.examplepost.com/2025/ports' }).title).toBe(TITLE);
  });
});

describe("lynx's list of the page's links", () => {
  /** A lynx dump: its links' list first, the given header lines, the paragraphs wrapped at 76 columns. */
  const lynxPage = (header: string[]): string =>
    [
      '   #Example Post - Atom Example Post - RSS Example Post - Atom',
      '',
      ...header.flatMap((h) => [h, '']),
      ...PARAGRAPHS.flatMap((p) => [...wrap(p, 76, '   '), '']),
      ...FOOTER.map((f) => `   ${f}`),
    ].join('\n');

  test('the first line, `#` glued to the links it lists, is never the title', () => {
    expect(parseArticle(lynxPage([])).title).toBeUndefined();
  });

  test('the headline under it is the title', () => {
    expect(parseArticle(lynxPage(['Example Post', TITLE])).title).toBe(TITLE);
  });

  test('a Markdown heading opening a page (`#` and a space) still gives the title', () => {
    expect(parseArticle(`# ${TITLE}\n\n${PARAGRAPHS.join('\n\n')}\n`).title).toContain(TITLE);
  });
});

describe('teasers printed twice over the headline', () => {
  test('a run of teasers, each printed twice, is not a repeated title: the dated headline under it is', () => {
    const teasers = [
      'Rail link to the industrial zone opens in May',
      'Two new cranes enter service at the container terminal',
      'Carriers meet the port authority over waiting times',
    ];
    const a = parseArticle(
      pageWith([...teasers.flatMap((t) => [t, t]), TITLE, 'Karim Benali', 'March 3, 2024']),
    );
    expect(a.title).toBe(TITLE);
  });

  test('a headline printed twice in a row, alone, is still the title', () => {
    expect(parseArticle(pageWith(['Economy', TITLE, TITLE])).title).toBe(TITLE);
  });
});

describe('a web address line over the header', () => {
  test("a tracking pixel's markup at the page's top is no article text: the byline under the headline anchors it", () => {
    const pixel =
      '<div><img src="https://stats.example.net/b?c1=2&c2=7241469&c7=examplepost.com%2Fport-traffic-at-tangier-175203890.html&c5=1197056126&c14=-1" /></div>';
    const teaser = 'Two new cranes enter service at the container terminal';
    const page = [
      pixel,
      ...MENU,
      'Example Post',
      TITLE,
      'By Karim Benali March 3, 2024 3:46 PM Example Post',
      'Share',
      'Tweet',
      'Email',
      'Video Not Available',
      teaser,
      'Now watching',
      'Next video starts in : 7 Play',
      teaser,
      ...PARAGRAPHS,
      ...FOOTER,
    ].join('\n\n');
    const a = parseArticle(page);
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Karim Benali']);
  });
});

describe("a search field's placeholder", () => {
  test('a placeholder printed again beside its empty field (w3m) is not a repeated title', () => {
    const placeholder = 'Type a port or a shipping line here';
    const field = `[                    ] ${placeholder}`;
    const page = [
      ' ',
      field,
      'finder',
      '',
      ...MENU.map((m) => `  * ${m}`),
      '',
      'finder',
      ' ',
      '',
      placeholder,
      '',
      '[                    ]',
      'More filters',
      '',
      placeholder,
      '',
      '[                    ]',
      'More filters',
      ' ',
      field,
      '',
      TITLE,
      '',
      'Karim Benali',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      ...FOOTER,
    ].join('\n');
    expect(parseArticle(page).title).toBe(TITLE);
  });
});
