/**
 * The header of crawler text (issue 10, point 4): the headline over its
 * photo's credit and the date line. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS } from './helpers/port-page.js';

const page = (header: string[]): string =>
  `${[...MENU, ...header, ...PARAGRAPHS, ...FOOTER].join('\n\n')}\n`;

describe('a headline over its photo’s credit, the date under the credit', () => {
  const HEADLINE = 'Hafenbehörde erhöht die Gebühren für Containerschiffe';

  test('the headline is the title, the credit lines are not', () => {
    const a = parseArticle(
      page([
        'Hafenpolitik',
        HEADLINE,
        'Bild: AdobeStock/Hafenfoto',
        'Bild: AdobeStock/Hafenfoto',
        '20.12.2022',
      ]),
    );
    expect(a.title).toBe(HEADLINE);
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-12-20');
  });

  test('a photo’s caption between the headline and the credit is still no title', () => {
    const a = parseArticle(
      page([
        HEADLINE,
        'Containerkräne im Hafen von Tanger am Morgen',
        '© Foto: Getty Images',
        '20.12.2022',
      ]),
    );
    expect(a.title).toBe(HEADLINE);
  });
});
