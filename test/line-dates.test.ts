import { describe, expect, test } from 'vitest';
import { findDates } from '../src/dates/find-dates.js';
import { parseArticle } from '../src/index.js';

const days = (line: string): string[] => findDates(line).map((d) => d.iso);

describe('dates in lines of text, months named in the languages pages are written in', () => {
  test.each([
    ['13. Februar 2017', '2017-02-13'],
    ['Veröffentlicht: 24. Oktober 2022', '2022-10-24'],
    ['1. November 2023', '2023-11-01'],
    ['Posted on Oktober 27, 2015 by Admin', '2015-10-27'],
    ['sábado 7 de mayo de 2022', '2022-05-07'],
    ['15 августа 2016, 13:43', '2016-08-15T13:43'],
    ['12 października 2021', '2021-10-12'],
    // The three languages read before stay as they were.
    ['dimanche 6 juillet 2025 à 09h17', '2025-07-06T09:17'],
    ['May 2, 2023', '2023-05-02'],
  ])('%s → %s', (line, iso) => {
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
});
