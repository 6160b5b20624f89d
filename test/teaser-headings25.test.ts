/**
 * A list of other articles under a `most clicked` heading (session 25):
 * `Meistgeklickte Beiträge` stands beside `Meistgelesen` as a teaser
 * heading, and the headlines under it are no paragraphs of the article.
 * Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

const HEADLINES = [
  '1Neue Kräne für das Containerterminal im Süden des Hafens',
  '2„Ein Tag an der Schleuse“: Die Arbeit eines Hafenlotsen',
  '3Zu wenig Fahrer: Reederei sucht Personal für die Fähren',
];

/** Teasers of the agency's news after the list: a headline and the story's first lines. */
const TEASERS = [
  'Fähre fällt wegen Sturm aus',
  'Tanger (dpa) – Wegen eines Sturms in der Meerenge ist am Montag die Fähre nach Algeciras ausgefallen. Die Reederei kündigte an, die Fahrgäste am Dienstag mit einem zusätzlichen Schiff zu befördern.',
  'Hafenfest lockt Tausende an',
  'Tanger (dpa) – Das Hafenfest hat am Wochenende mehrere tausend Besucher angelockt. Die Veranstalter zeigten sich mit dem Wetter und dem Andrang zufrieden und planen schon die nächste Ausgabe.',
];

/** The page, blocks a blank line apart: menu, headline, date, the paragraphs, `heading` and the headlines, the agency's teasers, footer. */
function page(heading: string): string {
  return [
    ...MENU,
    '',
    TITLE,
    '16.12.2022',
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    heading,
    '',
    ...HEADLINES.map((h) => `  * ${h}`),
    '',
    ...TEASERS.flatMap((t) => [t, '']),
    ...FOOTER,
  ].join('\n');
}

describe('a teaser list under a `most clicked` heading', () => {
  test.each(['MEISTGEKLICKTE BEITRÄGE', 'Meistgeklickte Artikel', 'Meistgeklickt'])(
    '`%s`: the headlines under it are left out',
    (heading) => {
      const a = parseArticle(page(heading));
      expect(a.title).toBe(TITLE);
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
      expect(a.text).not.toContain('Hafenlotsen');
      expect(a.text).not.toContain('Hafenfest');
    },
  );
});
