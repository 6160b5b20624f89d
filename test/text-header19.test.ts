/**
 * The text path's header (session 19): bylines printed with a label and a
 * colon, as Chromium, w3m and lynx print them. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { pageWith, TITLE } from './helpers/port-page.js';

describe('labelled bylines under the headline', () => {
  test('`Interview: X` under the headline names the interviewer', () => {
    const a = parseArticle(pageWith([TITLE, 'Interview: Amina Saidi', '31.03.2020']));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.title).toBe(TITLE);
  });

  test('`Artikel von: X` names the author, one name too', () => {
    expect(parseArticle(pageWith([TITLE, 'Artikel von: Amina Saidi'])).authors).toEqual([
      'Amina Saidi',
    ]);
    expect(parseArticle(pageWith([TITLE, '16.12.2022', 'Artikel von: Jessie'])).authors).toEqual([
      'Jessie',
    ]);
  });

  test("a columnist's label (`Kolumnist*in: X`, `Kolumnistin: X`) names the author", () => {
    for (const label of ['Kolumnist*in', 'Kolumnistin', 'Kolumnist'])
      expect(
        parseArticle(pageWith([TITLE, '30.10.2023', `${label}: Amina Saidi`])).authors,
      ).toEqual(['Amina Saidi']);
  });

  test('`Ein Beitrag von:` over a listed name names the author', () => {
    const a = parseArticle(pageWith([TITLE, '16.12.2022', 'Ein Beitrag von:', '* Amina Saidi']));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('`Interview: X on …` is a headline, not a byline', () => {
    const headline = "Interview: Amina Saidi on the port's future";
    const a = parseArticle(pageWith([headline, '31.03.2020']));
    expect(a.authors).toEqual([]);
    expect(a.title).toBe(headline);
  });
});

describe('a weather reading over the header', () => {
  test('the headline under a weather reading and its city is the title, the name under it the author', () => {
    const a = parseArticle(
      pageWith(['14°C', 'Warsaw', TITLE, 'Amina Saidi', 'today, 08:07 A one-minute read']),
    );
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('the weather reading keeps its city, its sky and its day', () => {
    const a = parseArticle(
      pageWith(['14°C', 'Warsaw', 'Light rain', 'Sunday 6 July 2025', TITLE, '06.07.2025']),
    );
    expect(a.title).toBe(TITLE);
    expect(a.text).not.toContain('Warsaw');
    expect(a.text).not.toContain('Light rain');
  });
});

describe('the headline over a teaser box', () => {
  /** A related-stories box between the article's header and its body: each teaser under its own heading. */
  const BOX = [
    'Related',
    'Fishing fleet returns to Larache after the storm',
    'Related',
    'New ferry line links Tangier and Algeciras',
    'Related',
    'Customs officers seize counterfeit spare parts',
  ];
  /** A promotion's paragraph over the header: the title is searched for upwards from the body. */
  const PROMO =
    'Our reporters cover the ports of the north every day, from the container terminals of Tangier Med to the fishing harbours of the Atlantic coast, with photos and figures.';

  test('a headline its date and byline anchor, a kicker between, wins over the box items under it', () => {
    const a = parseArticle(
      pageWith([PROMO, TITLE, 'Ports', '06.07.2025', 'Written by: Amina Saidi', ...BOX]),
    );
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('with no anchored headline above the box, the box does not change the choice', () => {
    const a = parseArticle(pageWith([PROMO, 'Harbour news', ...BOX]));
    expect(a.title).toBe('Customs officers seize counterfeit spare parts');
  });
});

describe('a dated byline with the publication after the name', () => {
  const url = 'https://www.hafenrevue.de/hafen/port-traffic-up-12842649.html';
  const BYLINE = 'Veröffentlicht am 03.02.2022 von Amina Saidi Hafenrevue International';

  test("`… von X Y <the site's name> …` names the person, not the publication", () => {
    expect(parseArticle(pageWith([TITLE, BYLINE]), { url }).authors).toEqual(['Amina Saidi']);
  });

  test('a longer name before it is kept whole', () => {
    const line = 'Veröffentlicht am 03.02.2022 von Amina Saidi El Khatib Hafenrevue International';
    expect(parseArticle(pageWith([TITLE, line]), { url }).authors).toEqual([
      'Amina Saidi El Khatib',
    ]);
  });

  test('a short question under a teaser link, over its byline, is the headline', () => {
    const question = 'Will the port keep growing?';
    const a = parseArticle(pageWith(['Sample issue: the summer timetable', question, BYLINE]), {
      url,
    });
    expect(a.title).toBe(question);
    expect(a.authors).toEqual(['Amina Saidi']);
  });
});
