/**
 * The title of crawler text of a news page (issue 10, point 4): the headline
 * among the lines above the body, found where the body's run took it in,
 * never a menu item or a link to another post. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { bylineNear } from '../src/article/text/header.js';
import { dropHeadlineHeader, notTitle, titleAbove } from '../src/article/text/page-title.js';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS } from './helpers/port-page.js';
import { docOf } from './helpers/text-doc.js';

/** A page: the given lines, the paragraphs, the footer. */
function page(lines: string[]): string {
  return `${[...lines, ...PARAGRAPHS, ...FOOTER].join('\n\n')}\n`;
}

/** The title parseArticle reads, and what its span covers in the input. */
function titleOf(input: string): { title: string | undefined; spanned: string | undefined } {
  const a = parseArticle(input);
  const span = a.spans.title;
  return { title: a.title, spanned: span ? input.slice(span.start, span.end) : undefined };
}

describe('a headline the body took in', () => {
  const TITLE = 'Harbour fees to rise as Tangier expands its container terminal';
  const NOTICE =
    'We are glad you are reading Example News. Unfortunately your browser blocks our advertising, and advertising pays for our journalism, so please consider switching the blocker off for this site.';

  test('a notice paragraph above the headline, a deck and a byline under it: the headline', () => {
    const input = page([
      ...MENU,
      'Independent news from the straits since 1921',
      NOTICE,
      'Share this article:',
      TITLE,
      'The port wants carriers to pay for the new cranes and the rail link.',
      'By Amina Saidi',
      '12 March 2025',
    ]);
    expect(titleOf(input)).toEqual({ title: TITLE, spanned: TITLE });
    const text = parseArticle(input).text;
    expect(text).not.toContain('Share this article');
    expect(text).not.toContain(TITLE);
    expect(text).toContain(PARAGRAPHS[0]);
  });

  test('a notice, then share buttons the body run holds as furniture, then the headline: the buttons do not use up the search', () => {
    const lines = [
      ...MENU,
      NOTICE,
      '* Share this article:',
      ...Array.from({ length: 6 }, () => '*'),
      '* Like',
      TITLE,
      'By Amina Saidi',
      ...PARAGRAPHS,
    ];
    const doc = docOf(lines);
    const first = MENU.length;
    // The body's run as the region reads it: the notice, the buttons as furniture, the headline, the paragraphs.
    for (let k = first; k < lines.length; k++) doc.roles.set(k, 'body');
    for (let k = first + 1; k <= first + 7; k++) doc.roles.set(k, 'boilerplate');
    doc.roles.set(first + 10, 'byline');
    const found = titleAbove(doc, first, undefined);
    expect(found?.text).toBe(TITLE);
    expect(found && doc.input.slice(found.start, found.end)).toBe(TITLE);
  });

  test('the headline opening the body, ending with a stop, a deck and a date under it: the headline', () => {
    const headline = 'Goats ruled this island for a century. Now it is green again.';
    const input = page([
      ...MENU,
      'PHOTO OF THE DAY',
      'TV SCHEDULE',
      'ENVIRONMENT',
      headline,
      'The rocky island, once stripped by goats and rats, makes a quick comeback after a rescue that took only three years and a handful of rangers.',
      'Monday, 6 January 2020',
      'By Michael Hale',
    ]);
    expect(titleOf(input)).toEqual({ title: headline, spanned: headline });
  });

  test('the headline opening the body, a byline under it: the byline leaves the body for the header readers', () => {
    const headline = 'How the harbour turns night shifts into daylight work';
    const lines = [...MENU, 'Sign in', headline, 'By Ana Sandoval', ...PARAGRAPHS];
    const doc = docOf(lines);
    const at = MENU.length + 1;
    const owners = Array.from({ length: lines.length - MENU.length }, (_, i) => MENU.length + i);
    for (const k of owners) doc.roles.set(k, 'body');
    const body = {
      owners,
      paragraphs: owners.map((k) => {
        const b = doc.blocks[k];
        return { text: b?.text ?? '', start: b?.start ?? 0, end: b?.end ?? 0 };
      }),
    };
    dropHeadlineHeader(doc, body, at);
    expect(body.paragraphs.map((p) => p.text)).toEqual([headline, ...PARAGRAPHS]);
    expect(bylineNear(doc, at, at + 2)?.text).toBe('Ana Sandoval');
  });

  test('a name alone over the date line is the byline, not the headline', () => {
    const input = page([...MENU, TITLE, 'Rebeca Montes Vidal', 'Thursday, 21 April 2022']);
    expect(titleOf(input).title).toBe(TITLE);
  });
});

describe('a headline over its byline and desk', () => {
  test('names and an agency after a comma, then the date line: a byline, not a photo credit under a caption', () => {
    const title = 'Harbour fees to rise as Tangier expands its container terminal';
    const caption =
      'Cranes at the new container terminal of Tangier Med, seen from the harbour office on Monday morning.';
    const gallery = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? caption : i % 3 === 1 ? 'Photo: Karim Alaoui, AP' : `Image ${i} of 12`,
    );
    const input = page([
      ...MENU,
      title,
      'Amina Saidi and Karim Alaoui, Associated Press',
      'Updated 12:24 am EST, Wednesday, November 20, 2019',
      ...gallery,
    ]);
    expect(titleOf(input)).toEqual({ title, spanned: title });
  });
});

describe('lines that are never a headline', () => {
  test('an image alt text and the page address on one line, a gallery between the headline and the body', () => {
    const url =
      'https://www.example.com/news/article/Harbour-fees-to-rise-as-Tangier-expands-14847854.php';
    const title = 'Harbour fees to rise as Tangier expands its container terminal';
    const caption =
      'Cranes at the new container terminal of Tangier Med, seen from the harbour office on Monday morning.';
    const gallery = Array.from({ length: 12 }, (_, i) =>
      i % 3 === 0 ? caption : i % 3 === 1 ? 'Photo: Karim Alaoui' : `Image ${i} of 12`,
    );
    const input = page([
      ...MENU,
      `print header logo ${url}`,
      title,
      'Amina Saidi and Karim Alaoui, Example News',
      'Updated 12:24 am, Wednesday, November 20, 2019',
      ...gallery,
    ]);
    const a = parseArticle(input, { url });
    expect(a.title).toBe(title);
    expect(a.spans.title && input.slice(a.spans.title.start, a.spans.title.end)).toBe(title);
  });

  test('a link to the previous post, its arrow before it', () => {
    const title = 'Three years of the new harbour law';
    const input = page([
      'Harbour notes » Feed Harbour notes » Comments feed Harbour notes » The fee question, part two Harbour notes » Three years of the new harbour law Comments feed',
      'Harbour notes',
      'Post navigation',
      '← The fee question, part two',
      title,
      'Posted on 3 March 2025 by Hans Greve',
    ]);
    expect(titleOf(input)).toEqual({ title, spanned: title });
  });
});

describe('a breadcrumb is no headline', () => {
  test('its separators between no-break spaces', () => {
    const doc = docOf([
      'Home \u00a0>\u00a0Business \u00a0>\u00a0People \u00a0>\u00a0Difficult talks at the harbour office',
      '14.06.2019',
    ]);
    const [trail] = doc.blocks;
    expect(trail && notTitle(doc, trail)).toBe(true);
  });
});

describe('a breadcrumb over the date line', () => {
  test('ends with the headline: the headline, its span inside the breadcrumb', () => {
    const title = 'Harbour fees to rise as Tangier expands its container terminal';
    const input = page(['Example News', ...MENU, `Home > Business > ${title}`, '14.06.2019']);
    expect(titleOf(input)).toEqual({ title, spanned: title });
  });
});

describe('a line printed twice is the headline only when it could be one', () => {
  test.each([
    ['a list item', '* Harbour news and shipping'],
    ['a form field', '________________________________________'],
  ])('%s printed twice above a breadcrumb ending with the headline: the headline', (_, twice) => {
    const title = 'Harbour fees to rise as Tangier expands its container terminal';
    const input = page([
      'Example News',
      twice,
      'Search',
      twice,
      ...MENU,
      `Home > Business > ${title}`,
      '14.06.2019',
    ]);
    expect(titleOf(input)).toEqual({ title, spanned: title });
  });
});

describe('a date line under a headline far above the body', () => {
  test('outweighs a short heading right above the body', () => {
    const title = 'Harbour fish stew with saffron and fennel, the old way';
    const input = page([
      ...MENU,
      title,
      '* January 28, 2018',
      '* Bebs',
      '* Fish recipes',
      '* Pin It!',
      '* Share It!',
      '* Send It!',
      'Harbour fish stew',
    ]);
    expect(titleOf(input)).toEqual({ title, spanned: title });
  });

  test('a desk of three words over the date line is no headline', () => {
    const title = 'Harbour fees to rise as Tangier expands its container terminal';
    const input = page([...MENU, title, 'Our Foreign Staff', '16 November 2017 • 2:15pm']);
    expect(titleOf(input).title).toBe(title);
  });
});
