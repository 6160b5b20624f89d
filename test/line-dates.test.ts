import { describe, expect, test } from 'vitest';
import { dateAboveTitle } from '../src/article/text/date.js';
import { findDates } from '../src/dates/find-dates.js';
import { readReferenceDay } from '../src/dates/reference.js';
import { parseArticle } from '../src/index.js';
import { docOf } from './helpers/text-doc.js';

const days = (line: string): string[] => findDates(line).map((d) => d.iso);

describe('yesterday and the day before, against a reference day', () => {
  const reference = readReferenceDay('2024-03-12');
  const relativeDays = (line: string): string[] => findDates(line, reference).map((d) => d.iso);
  test.each([
    ['hier à 18h30', '2024-03-11'],
    ['avant-hier', '2024-03-10'],
    ['Publié avant hier à 10h05', '2024-03-10'],
    ['the day before yesterday', '2024-03-10'],
    ['أول أمس', '2024-03-10'],
    ['أول من أمس', '2024-03-10'],
    ['أمس', '2024-03-11'],
  ])('%s → %s (one date: the longer expression holds the shorter)', (line, iso) => {
    expect(relativeDays(line)).toEqual([iso]);
  });
});

describe('dates in lines of text, months named in the languages pages are written in', () => {
  test.each([
    ['13. Februar 2017', '2017-02-13'],
    ['Veröffentlicht: 24. Oktober 2022', '2022-10-24'],
    ['1. November 2023', '2023-11-01'],
    ['Posted on Oktober 27, 2015 by Admin', '2015-10-27'],
    ['sábado 7 de mayo de 2022', '2022-05-07'],
    // `del` before the year, as Spanish pages of Latin America write it.
    ['sábado 07 de mayo del 2022', '2022-05-07'],
    ['15 августа 2016, 13:43', '2016-08-15T13:43'],
    ['12 października 2021', '2021-10-12'],
    // The three languages read before stay as they were.
    ['dimanche 6 juillet 2025 à 09h17', '2025-07-06T09:17'],
    ['May 2, 2023', '2023-05-02'],
  ])('%s → %s', (line, iso) => {
    expect(days(line)).toEqual([iso]);
  });

  test.each([
    ['نشر في 14 جويلية 2025 - 09:40 منية الطرابلسي', '2025-07-14T09:40'],
    ['14 juillet 2025 - 09:40 Amina Tazi', '2025-07-14T09:40'],
  ])(
    'a name after the time (%s) is no am/pm mark: its first letter does not shift the hour',
    (line, iso) => {
      expect(days(line)).toEqual([iso]);
    },
  );

  test.each([
    ['14 جويلية 2025 - 09:40 م', '2025-07-14T21:40'],
    ['May 2, 2023 09:40 pm', '2023-05-02T21:40'],
  ])('control: an am/pm mark standing alone (%s) shifts the hour', (line, iso) => {
    expect(days(line)).toEqual([iso]);
  });

  test.each(['13. Kapitel 2017', 'Seite 3 de 2022', '24 Stunden 2018 im Test'])(
    'control: a word that names no month (%s) makes no date',
    (line) => {
      expect(days(line)).toEqual([]);
    },
  );

  test('a German page dated under its headline gets its date', () => {
    const paragraphs = [
      'Der Hafen von Tanger hat im ersten Halbjahr neun Prozent mehr Container umgeschlagen als im Vorjahr, wie die Hafenbehörde am Dienstag mitteilte.',
      'Die Behörde erwartet, dass das Wachstum im Herbst anhält, wenn zwei weitere Kräne in Betrieb gehen und die Bahnstrecke ins Industriegebiet fertig ist.',
      'Die Reedereien begrüßten die Zahlen, warnten aber, dass die Staus an den Toren sie noch immer jeden Tag Stunden kosteten.',
    ];
    const text = `${['Startseite', 'Wirtschaft', 'Häfen', 'Containerumschlag in Tanger steigt um neun Prozent', 'Veröffentlicht am 1. November 2023 09:35', '', ...paragraphs, 'Impressum', 'Datenschutz'].join('\n')}\n`;
    const a = parseArticle(text);
    expect(a.publishedAt).toBe('2023-11-01T09:35');
    expect(a.paragraphs.map((p) => p.text)).toEqual(paragraphs);
  });

  describe('a publication stamp the body left out dates the article when the header did not', () => {
    const paragraphs = [
      'The port authority of Tangier said on Tuesday that container traffic rose by nine percent in the first half of the year, driven by new shipping lines to West Africa.',
      'Officials expect the growth to continue through the autumn, when two more cranes are due to enter service and the rail link to the industrial zone is finally completed.',
      'Shipping companies have welcomed the figures, although several of them warned that congestion at the gates was still costing them hours every day.',
    ];
    const frame = (between: string[], after: string[]): string =>
      `${['Home', 'World', 'Business', 'Port traffic at Tangier up nine percent', ...between, ...paragraphs, ...after, 'About us', 'Contact', 'Privacy Policy'].join('\n')}\n`;

    test('under the last paragraph', () => {
      expect(parseArticle(frame([], ['Erstellt am: 01.11.2023'])).publishedAt).toBe('2023-11-01');
    });

    test('an update stamp first, the publication stamp after it: the publication', () => {
      const text = frame([], ['Updated: 12 March 2024', 'Published: 10 March 2024']);
      expect(parseArticle(text).publishedAt).toBe('2024-03-10');
    });

    test('under the headline, an update line first and the publication line after it: the publication', () => {
      const text = `${['Home', 'World', 'Business', 'Port traffic at Tangier up nine percent', 'Aktualisiert: 12.04.2020, 10:27', 'Veröffentlicht: 11.04.2020, 08:05', ...paragraphs, 'About us', 'Contact'].join('\n')}\n`;
      expect(parseArticle(text).publishedAt).toBe('2020-04-11T08:05');
    });

    test('control: an update line alone still dates the article', () => {
      const text = `${['Home', 'World', 'Business', 'Port traffic at Tangier up nine percent', 'Aktualisiert: 12.04.2020, 10:27', ...paragraphs, 'About us', 'Contact'].join('\n')}\n`;
      expect(parseArticle(text).publishedAt).toBe('2020-04-12T10:27');
    });

    // The page's only publication stamp dates it wherever it stands (see text-header.test.ts).
    test('a stamp past the footer, far from the body, dates the article when it is the only one', () => {
      const far = ['Newsletter', 'Careers', 'Advertise', 'Terms', 'Published: 10 March 2024'];
      expect(parseArticle(frame([], far)).publishedAt).toBe('2024-03-10');
    });

    test('control: two stamps past the footer that disagree date nothing', () => {
      const far = ['Newsletter', 'Careers', 'Advertise', 'Terms', 'Published: 10 March 2024'];
      const text = frame([], [...far, 'Archives', 'Published: 2 March 2024']);
      expect(parseArticle(text).publishedAt).toBeUndefined();
    });
  });

  describe('a date line right above the title (a kicker over the headline)', () => {
    test('one or two blocks up, a short line that is mostly a date dates the title', () => {
      const doc = docOf([
        'Home',
        '15. Mai 2019, 05:28 Uhr',
        'Wirtschaft',
        'Port traffic at Tangier up nine percent',
      ]);
      const d = dateAboveTitle(doc, 3);
      expect(d?.iso).toBe('2019-05-15T05:28');
      expect(doc.input.slice(d?.start, d?.end)).toBe('15. Mai 2019, 05:28');
    });

    test('control: three blocks up, or a sentence naming a date, dates nothing', () => {
      expect(
        dateAboveTitle(docOf(['15. Mai 2019', 'Home', 'Wirtschaft', 'Port traffic up']), 3),
      ).toBeUndefined();
      expect(
        dateAboveTitle(
          docOf(['The port reopened on 15 May 2019 after repairs', 'Port traffic up']),
          1,
        ),
      ).toBeUndefined();
    });
  });

  describe('a date opening the first paragraph', () => {
    const rest =
      'the port authority said that container traffic rose by nine percent in the first half of the year, driven by new shipping lines to West Africa.';
    const more = [
      'Officials expect the growth to continue through the autumn, when two more cranes are due to enter service and the rail link to the industrial zone is finally completed.',
      'Shipping companies have welcomed the figures, although several of them warned that congestion at the gates was still costing them hours every day.',
    ];
    const pageOf = (lead: string): string =>
      `${['Home', 'World', 'Business', 'Port traffic at Tangier up nine percent', lead, ...more, 'About us', 'Contact'].join('\n')}\n`;

    test.each([
      ['TANGER, 12 mars 2024 — ', '2024-03-12'],
      ['Rabat, le 12 mars 2024 (MAP) - ', '2024-03-12'],
    ])('a dateline (%s) dates the article', (dateline, iso) => {
      expect(parseArticle(pageOf(dateline + rest)).publishedAt).toBe(iso);
    });

    test.each(['Am 1. Januar 2023 tritt das neue Hafengesetz in Kraft, und ', 'Le 12 mars 2024, '])(
      'a sentence opening with an event’s date (%s) does not date the article',
      (opening) => {
        expect(parseArticle(pageOf(opening + rest)).publishedAt).toBeUndefined();
      },
    );
  });
});
