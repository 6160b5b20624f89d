/**
 * The text path's authors (session 24): the author's box under the body as
 * w3m prints it, the author's photo as a bracketed placeholder between the
 * name and the biography; a byline whose name is followed by the author's
 * trade and a long desk name. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, pageWith, TITLE } from './helpers/port-page.js';

/** The page as w3m prints it, blocks a blank line apart: menu, headline, date, the paragraphs, `box`, footer. */
function w3mPage(box: string[]): string {
  return [
    ...MENU.map((m) => `  * ${m}`),
    '',
    TITLE,
    '',
    '16.12.2022',
    '',
    ...[...PARAGRAPHS, ...box].flatMap((p) => [p, '']),
    ...FOOTER,
  ].join('\n');
}

const BIO =
  'Redakteurin im Hafenressort. Nach einem Studium der Geographie in Kiel schreibt sie seit mehreren Jahren über Schifffahrt, Logistik und die Häfen des Mittelmeers.';

describe("an author's box under the body, the photo's placeholder between the name and the biography", () => {
  test('`Ein Beitrag von:` ⏎ `* X` ⏎ `[photo]` ⏎ biography names X', () => {
    const a = parseArticle(w3mPage(['Ein Beitrag von:', '  * Amina Saidi', '    [amina-sa]', BIO]));
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('with no placeholder, the same box names X too', () => {
    const a = parseArticle(w3mPage(['Ein Beitrag von:', '  * Amina Saidi', BIO]));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('a placeholder under a paragraph that is no heading names nobody', () => {
    const a = parseArticle(
      w3mPage(['Mehr zum Thema Häfen:', '  * Amina Saidi', '    [amina-sa]', BIO]),
    );
    expect(a.authors).toEqual([]);
  });
});

describe("a byline: the name, then the author's trade and desk in apposition", () => {
  test('`By X, Senior Staff Writer, <a long desk name>` names X', () => {
    const line =
      'By Amina Saidi, Senior Staff Writer, Harbour Chronicle Maritime, Logistics, and Trade Policy Project';
    const a = parseArticle(pageWith([TITLE, line, 'April 5, 2018 | 6:00 PM']));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.title).toBe(TITLE);
    expect(a.publishedAt?.slice(0, 10)).toBe('2018-04-05');
  });

  test('a technologist is a trade too', () => {
    const line =
      'By Amina Saidi, Senior Staff Technologist, Harbour Chronicle Maritime, Logistics, and Trade Policy Project';
    expect(parseArticle(pageWith([TITLE, line, 'April 5, 2018'])).authors).toEqual(['Amina Saidi']);
  });

  test('a capitalised headline after `By` and a comma, no trade before the next comma, names nobody', () => {
    const line =
      'By Tuesday Morning, Shipping Lines Serving Tangier Had Moved Their Calls To The Southern Terminal';
    expect(parseArticle(pageWith([TITLE, line, 'April 5, 2018'])).authors).toEqual([]);
  });
});
