/**
 * Authors of crawler text of a news page (issue 10): bylines and datelines
 * taken into their fields. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { isRelativeTime } from '../src/article/text/header.js';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, pageWith, TITLE } from './helpers/port-page.js';

/** The authors' names and what their spans cover in the input. */
function authorsOf(input: string): { names: string[]; spans: string[] } {
  const a = parseArticle(input);
  return {
    names: a.authors,
    spans: a.spans.authors.map((x) => (x ? input.slice(x.start, x.end) : '')),
  };
}

describe('a labelled name after the date, a category after it', () => {
  test.each([
    ['Am 13. November 2019 Von Amina In Häfen', ['Amina']],
    ['13 novembre 2019 Par Karim Alaoui', ['Karim Alaoui']],
    ['November 13, 2019 by Karim Alaoui in Ports', ['Karim Alaoui']],
  ])('%s names %j', (line, names) => {
    const got = authorsOf(pageWith([TITLE, line]));
    expect(got.names).toEqual(names);
    expect(got.spans).toEqual(names);
  });
  test.each([
    'Am 13. November 2019 Von Casablanca In Häfen',
    '13 novembre 2019 Par ailleurs le port grandit',
  ])('control: %s names nobody', (line) => {
    expect(authorsOf(pageWith([TITLE, line])).names).toEqual([]);
  });
});

describe('two people and their agency after a comma', () => {
  test('Meg and Errin, Associated Press: three authors, each with its span', () => {
    const line = 'Amina Saidi and Karim Alaoui, Associated Press';
    const got = authorsOf(pageWith(['Updated', line, 'Updated 12:24 am EST, November 20, 2019']));
    expect(got.names).toEqual(['Amina Saidi', 'Karim Alaoui', 'Associated Press']);
    expect(got.spans).toEqual(got.names);
  });
  test('control: one name and a desk stays the name', () => {
    const line = 'Amina Saidi, Port Correspondent';
    const got = authorsOf(pageWith(['Updated', line, 'Updated 12:24 am EST, November 20, 2019']));
    expect(got.names).toEqual(['Amina Saidi']);
  });
  test('control: a sentence joined by and is no byline', () => {
    const line = 'Ports and Harbours, Weekly Review';
    const got = authorsOf(pageWith(['Updated', line, 'Updated 12:24 am EST, November 20, 2019']));
    expect(got.names).toEqual([]);
  });
});

describe("one word opening a post's segments, its date after it", () => {
  test('Amina · April 19, 2019 · Ports · 7 comments names Amina', () => {
    const got = authorsOf(pageWith([TITLE, 'Amina · April 19, 2019 · Ports · 7 comments']));
    expect(got.names).toEqual(['Amina']);
    expect(got.spans).toEqual(['Amina']);
  });
  test.each([
    'Bosch | 26.01.2022',
    'Casablanca · April 19, 2019 · Ports · 7 comments',
    'Ports · Updated · 7 comments',
    'Posted on April 19, 2019 by Admin',
  ])('control: %s names nobody', (line) => {
    expect(authorsOf(pageWith([TITLE, line])).names).toEqual([]);
  });
});

describe("the author box's heading the body took in", () => {
  const BIO =
    'Hi! My name is Amina and I have been writing about ports and shipping for ten years now, from Tangier, Casablanca and Agadir, for several newspapers and magazines.';
  test('About the Author - X over the last paragraph names X', () => {
    const input = `${[...MENU, TITLE, ...PARAGRAPHS, 'About the Author - Amina Saidi', BIO, ...FOOTER].join('\n')}\n`;
    const got = authorsOf(input);
    expect(got.names).toEqual(['Amina Saidi']);
    expect(got.spans).toEqual(['Amina Saidi']);
  });
  test('control: a name alone over the last paragraph names nobody', () => {
    const input = `${[...MENU, TITLE, ...PARAGRAPHS, 'Amina Saidi', BIO, ...FOOTER].join('\n')}\n`;
    expect(authorsOf(input).names).toEqual([]);
  });
});

describe("a link's text glued to the name after a label", () => {
  test.each([
    ['Von Amina SaidiRSS-Newsfeed neuer Artikel von Amina Saidi', 'Amina Saidi'],
    ['By Ronald McDonald', 'Ronald McDonald'],
    ['By DeAndre Jordan', 'DeAndre Jordan'],
  ])('%s names %s', (line, name) => {
    const got = authorsOf(pageWith([TITLE, line]));
    expect(got.names).toEqual([name]);
    expect(got.spans).toEqual([name]);
  });
});

describe('a relative time in Czech, the stamp under a name', () => {
  test.each([
    ['před 2 hodinami', true],
    ['před 5 minutami', true],
    ['před zápasem s Chelsea', false],
  ])('%s is a relative time: %s', (line, is) => {
    expect(isRelativeTime(line)).toBe(is);
  });
});
