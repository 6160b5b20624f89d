/**
 * The text path's authors (session 20): blog meta lines where the name, the
 * date and the categories run together. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { pageWith, TITLE } from './helpers/port-page.js';

describe('a blog meta line: the name, then its date printed twice', () => {
  test('`Name DATE DATECategory` names the author, a one-word name too', () => {
    const two = parseArticle(pageWith([TITLE, 'Amina Saidi 2. Februar 2020 2. Februar 2020Häfen']));
    expect(two.authors).toEqual(['Amina Saidi']);
    const one = parseArticle(
      pageWith([TITLE, 'Jessie 2. Februar 2020 2. Februar 2020Häfen Hamburg']),
    );
    expect(one.authors).toEqual(['Jessie']);
    expect(one.title).toBe(TITLE);
  });

  test('a kicker over one date, or two different dates, names nobody', () => {
    expect(parseArticle(pageWith([TITLE, 'Hafen 2. Februar 2020Häfen'])).authors).toEqual([]);
    expect(
      parseArticle(pageWith([TITLE, 'Hafen 2. Februar 2020 3. Februar 2020'])).authors,
    ).toEqual([]);
  });
});

describe('a byline whose line ends with a link to the same name', () => {
  test('`Von X <link> von X` names X', () => {
    const a = parseArticle(
      pageWith([TITLE, 'Von Amina Saidi Alle Beiträge im Newsfeed von Amina Saidi']),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    const b = parseArticle(pageWith([TITLE, 'By Amina Saidi More stories by Amina Saidi']));
    expect(b.authors).toEqual(['Amina Saidi']);
  });

  test('a headline opening with `Von` and another name at its end names nobody', () => {
    const a = parseArticle(
      pageWith([TITLE, 'Von Berlin nach Paris mit dem Zug von Amina Saidi', '31.03.2020']),
    );
    expect(a.authors).toEqual([]);
  });
});

describe('a name alone under the headline', () => {
  test("a name over a row of bare counters (share buttons' counts) names the author", () => {
    const a = parseArticle(pageWith([TITLE, 'Amina Saidi', '0 0 0']));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.title).toBe(TITLE);
  });

  test('a name over a single number, or over a row with words, names nobody', () => {
    expect(parseArticle(pageWith([TITLE, 'Amina Saidi', '12'])).authors).toEqual([]);
    expect(parseArticle(pageWith([TITLE, 'Amina Saidi', '3 Bilder 2 Videos'])).authors).toEqual([]);
  });
});

describe("a first name followed by the site's name", () => {
  const url = 'https://hafenblog.example/2019/10/port-traffic/';
  test('`Jessie hafenblog` over a relative time names Jessie on hafenblog.example', () => {
    const a = parseArticle(pageWith([TITLE, 'Jessie hafenblog', 'vor 4 Monaten']), { url });
    expect(a.authors).toEqual(['Jessie']);
  });

  test("another site's name, or no relative time under it, names nobody", () => {
    const other = 'https://portnews.example/2019/10/port-traffic/';
    expect(
      parseArticle(pageWith([TITLE, 'Jessie hafenblog', 'vor 4 Monaten']), { url: other }).authors,
    ).toEqual([]);
    expect(parseArticle(pageWith([TITLE, 'Jessie hafenblog', 'Teilen']), { url }).authors).toEqual(
      [],
    );
  });
});

describe('interface words shaped like a name', () => {
  test('a line opening with next, previous or follow (`Nächste Sitzung`, `Seguir Tanger`) names nobody', () => {
    for (const line of [
      'Nächste Vorstandssitzung',
      'Seguir Tanger',
      'Follow Amina Saidi',
      'Previous Story',
    ])
      expect(parseArticle(pageWith([TITLE, line, '26.12.2019'])).authors).toEqual([]);
  });

  test('a name under the headline still signs', () => {
    expect(parseArticle(pageWith([TITLE, 'Amina Saidi', '26.12.2019'])).authors).toEqual([
      'Amina Saidi',
    ]);
  });
});
