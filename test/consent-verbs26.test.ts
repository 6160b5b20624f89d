/**
 * German cookie notices that give consent with a separable verb (`… stimmen
 * Sie der Verwendung von Cookies zu`, `… stimmst du dem zu`) are cookie
 * notices like those that write `zustimmen` or `akzeptieren` (issue 10,
 * session 26): left out of the body, and weighing for no run, so such a
 * notice in a blog's footer no longer takes the body from a short post. Pages
 * are synthetic, written here, laid out as a browser's `innerText` prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const POST =
  'Heute blühen die ersten Krokusse am Teich, und die Amsel singt schon vor sieben Uhr im Holunder.';

/** A garden blog's post of one line, its share run, a footer line and the footer's cookie `notice`. */
function blogPage(notice: string): string {
  return [
    'Gartentagebuch',
    'Frühling am Teich',
    '3. März 2024',
    '',
    POST,
    '',
    'Teilen mit:',
    'Twitter',
    'Facebook',
    'Gefällt mir:',
    'Ähnliche Beiträge',
    'Kategorien Teich',
    'Ein Gartentagebuch seit 2011.',
    'Nach oben',
    notice,
    '',
  ].join('\n');
}

describe('a German cookie notice with a separable consent verb', () => {
  test.each([
    [
      'formal address',
      'Diese Seite setzt Cookies ein, um Besuche zu zählen. Wenn Sie hier weiterlesen, stimmen Sie ihrer Verwendung zu.',
    ],
    [
      'familiar address',
      'Cookies & Datenschutz: Dieser Blog nutzt Cookies. Wenn du hier weiterliest, stimmst du ihrer Verwendung zu.',
    ],
  ])('in the footer (%s) leaves the body to the post', (_, notice) => {
    const input = blogPage(notice);
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.paragraphs.map((p) => p.text)).toEqual([POST]);
    expect(a.text).not.toContain('Cookies');
  });

  test('a sentence with the verb and no cookies stays in the body (unchanged)', () => {
    const vote =
      'Am Sonntag stimmen Sie über den neuen Spielplatz ab, und die Gemeinde zählt die Stimmen noch am Abend im Rathaus aus.';
    const a = parseArticle(
      ['Abstimmung im Dorf', '3. März 2024', '', POST, '', vote, ''].join('\n'),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([POST, vote]);
  });
});
