/**
 * The publication day of a text dump (session 24): a date line under a byline
 * that names its weekday first (`Jueves, 21 de abril de 2022`), and a date
 * line a few short lines above the headline (a category, a kicker between).
 * Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

/** The deck under the headline: a paragraph of its own, before the byline. */
const DECK =
  'The figures for the first half of the year show the busiest season the port has known since its terminal was opened to the large container carriers.';

/** A site's notice over the article, a sentence long: the header's search for date lines ends at the deck under it. */
const NOTICE =
  'We use cookies to measure how our pages are read and to show you the stories that matter most to you, and you can change your choice at any time.';

/** Menu, a notice, headline, deck, byline, `line` under the byline, the paragraphs, footer; blocks a blank line apart. */
function pageWithDeck(line: string): string {
  return [
    ...MENU,
    '',
    NOTICE,
    '',
    TITLE,
    '',
    DECK,
    '',
    'By Karim Benali',
    '',
    line,
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

describe("a date line under a deck's byline, its weekday first", () => {
  test.each([
    ['Jueves, 21 de abril de 2022 | Tiempo de lectura: 4 min', '2022-04-21', '21 de abril de 2022'],
    ['Donnerstag, 21. April 2022 | Lesezeit: 4 Minuten', '2022-04-21', '21. April 2022'],
    ['quinta-feira, 21 de abril de 2022 | Leitura: 4 min', '2022-04-21', '21 de abril de 2022'],
    ['Thursday 21 April 2022 | Reading time: 4 minutes', '2022-04-21', '21 April 2022'],
  ])('%s dates the article, its span on the date', (line, day, written) => {
    const input = pageWithDeck(line);
    const a = parseArticle(input);
    expect(a.authors).toEqual(['Karim Benali']);
    expect(a.publishedAt?.slice(0, 10)).toBe(day);
    const span = a.spans.publishedAt;
    expect(span && input.slice(span.start, span.end)).toBe(written);
  });

  test("control: other words before the date (an event's) leave the article undated", () => {
    const a = parseArticle(pageWithDeck('Port open day, 21 April 2022 | Reading time: 4 minutes'));
    expect(a.publishedAt).toBeUndefined();
  });
});

/** Menu, `above` (the lines over the headline), headline, the paragraphs, footer; blocks a blank line apart. */
function pageUnder(above: string[]): string {
  return [
    ...MENU,
    '',
    ...above.flatMap((l) => [l, '']),
    TITLE,
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

describe('a date line a few short lines above the headline', () => {
  test('a category and a kicker between: the date line dates the article', () => {
    const input = pageUnder(['21 September 2020', 'Shipping', 'Ports and trade']);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-09-21');
    const span = a.spans.publishedAt;
    expect(span && input.slice(span.start, span.end)).toBe('21 September 2020');
  });

  test("control: a date line five short lines up (a menu's) leaves the article undated", () => {
    const a = parseArticle(
      pageUnder(['21 September 2020', 'Shipping', 'Ports', 'Trade', 'Africa', 'Maps']),
    );
    expect(a.title).toBe(TITLE);
    expect(a.publishedAt).toBeUndefined();
  });
});

/** Menu, `above` over the headline, headline, the first paragraph, `after` under it, the other paragraphs (`body` added last), footer; blocks a blank line apart. */
function pageWithStamp(above: string[], after: string[] = [], body: string[] = []): string {
  const [first = '', ...rest] = PARAGRAPHS;
  return [...MENU, ...above, TITLE, first, ...after, ...rest, ...body, ...FOOTER].join('\n\n');
}

describe('a publication label inside a line, after other words', () => {
  test.each([
    ['Von Karim Benali publiziert am 30. Juli 2018', '2018-07-30', '30. Juli 2018'],
    ['Port desk · Published on: June 25, 2024 · 5 min read', '2024-06-25', 'June 25, 2024'],
    ['Rédaction économie · publié le 25 juin 2024', '2024-06-25', '25 juin 2024'],
    ['Redacción · Publicado el 25 de junio de 2024', '2024-06-25', '25 de junio de 2024'],
  ])('%s over the headline dates the article, its span on the date', (line, day, written) => {
    const input = pageWithStamp([line]);
    const a = parseArticle(input);
    expect(a.title).toBe(TITLE);
    expect(a.publishedAt?.slice(0, 10)).toBe(day);
    const span = a.spans.publishedAt;
    expect(span && input.slice(span.start, span.end)).toBe(written);
  });

  test('under the first paragraph, joined to the author and a caption (`von X, Online-Redaktion Veröffentlicht: …`)', () => {
    const line =
      'von Karim Benali, Online-Redaktion Veröffentlicht: 26.12.2022 Containerschiffe warten vor der Einfahrt des Hafens von Tanger auf einen freien Liegeplatz am neuen Terminal';
    const input = pageWithStamp([], ['[hafen.jpg]', line]);
    const a = parseArticle(input);
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-12-26');
    const span = a.spans.publishedAt;
    expect(span && input.slice(span.start, span.end)).toBe('26.12.2022');
  });

  test('control: a label that ends another word (`unpublished on`) is no publication stamp', () => {
    const a = parseArticle(
      pageWithStamp(['Port desk · unpublished on: June 25, 2024 · 5 min read']),
    );
    expect(a.publishedAt).toBeUndefined();
  });

  test('control: a paragraph of the body that says when a report was published dates nothing', () => {
    const a = parseArticle(
      pageWithStamp(
        [],
        [],
        [
          'The authority said the full report on waiting times, which was published on June 25, 2024, would be updated every quarter from now on.',
        ],
      ),
    );
    expect(a.publishedAt).toBeUndefined();
  });
});
