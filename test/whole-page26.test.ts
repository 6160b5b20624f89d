/**
 * The body of a text page (issue 10, session 26): a short blog post whose
 * footer holds a longer paragraph the body never keeps (a licence notice for
 * the site's content, a sign-up form's consent) is still the page's body. Such
 * a paragraph is left out of any body, so it no longer weighs for the run that
 * holds it either: before, the footer's run outweighed the post and the body
 * came out empty. Pages are synthetic, written here, laid out as a browser's
 * `innerText` prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const POST = [
  'Heute habe ich die ersten Tomaten ausgesät, und die Sonne schien den ganzen Nachmittag über die Beete.',
  'Morgen kommen die Bohnen dran, wenn das Wetter hält.',
];

/** A garden blog's post: its menu, title, date, two lines of prose, a share run and the footer's links, then the footer's `notice`. */
function blogPage(notice: string): string {
  return [
    'Mein Gartenblog',
    'Startseite',
    'Über mich',
    'Kontakt',
    '',
    'Frühling im Schrebergarten',
    '12. März 2024',
    '',
    ...POST,
    '',
    'Teilen mit:',
    'Twitter',
    'Facebook',
    'Gefällt mir:',
    'Ähnliche Beiträge',
    'Schlagwörter Garten, Frühling',
    'Kategorien Gemüse',
    'Archiv',
    'Impressum',
    'Datenschutz',
    '',
    notice,
    '',
  ].join('\n');
}

const LICENCE =
  'Alle Inhalte dieses Blogs stehen, sofern nicht anders angegeben, unter der Lizenz Creative Commons Namensnennung 4.0 International und dürfen unter ihren Bedingungen von allen geteilt, bearbeitet und weiterverbreitet werden.';
const CONSENT =
  'Mit Absenden meiner E-Mail-Adresse willige ich ein, dass mir der Gartenblog jede Woche einen Newsletter mit neuen Beiträgen, Tipps für die Aussaat und Hinweisen auf Veranstaltungen zusendet. Die Einwilligung kann ich jederzeit mit Wirkung für die Zukunft widerrufen.';

describe('a short post over a footer paragraph the body leaves out', () => {
  test.each([
    ['a licence notice for the site content', LICENCE],
    ['a newsletter form consent', CONSENT],
  ])('%s does not take the body', (_, notice) => {
    const input = blogPage(notice);
    const a = parseArticle(input);
    expect(a.kind).toBe('article');
    expect(a.title).toBe('Frühling im Schrebergarten');
    expect(a.paragraphs.map((p) => p.text)).toEqual(POST);
    for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
    expect(a.text).not.toContain(notice.slice(0, 30));
  });

  test('the same post with a plain footer line keeps its body (unchanged)', () => {
    const a = parseArticle(blogPage('Mein Gartenblog, seit 2011'));
    expect(a.paragraphs.map((p) => p.text)).toEqual(POST);
  });
});
