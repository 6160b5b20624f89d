/**
 * Session 42 (tsilver42): the headline a byline signs, against lines nearer the body. Synthetic pages in
 * test/fixtures/tsilver42/ in the layouts two silver-title misses showed (Readability's yahoo-1 on w3m, wapo-1):
 * - w3m prints the headline's picture by its file's name in brackets (`[c81f5e2a-9]`) between the headline and its
 *   byline: the byline still stands right under the headline, which wins over a picture's caption nearer the body;
 * - the site's buttons (`Share on Facebook` … `Print Article`, `Comments`) between the headline and its byline put no
 *   distance between them: a headline so signed stays the title, however far below the body starts (a gallery's
 *   title over the body is no headline).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (name: string): string =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'tsilver42', `${name}.txt`), 'utf8');

describe("a picture's bracketed name between the headline and its byline", () => {
  test.each([
    [
      'en-picture-mark.w3m',
      'Six quiet electric cars worth a test drive this winter',
      'Laura Benn',
      'Electric cars have finally stopped being',
    ],
    [
      'fr-picture-mark.w3m',
      'Six voitures électriques silencieuses à essayer cet hiver',
      'Laure Bennani',
      "La voiture électrique n'est plus une",
    ],
  ])('%s', (name, title, author, opening) => {
    const a = parseArticle(page(name));
    expect([a.title, a.authors, a.publishedAt]).toEqual([title, [author], '2026-11-03']);
    expect(a.paragraphs[0]?.text.startsWith(opening)).toBe(true);
  });
});

describe("the site's buttons between the headline and its byline", () => {
  test.each([
    [
      'en-share-buttons.chromium',
      'Harbour strike halts ferry traffic for a third day',
      'Jane Holloway',
    ],
    [
      'fr-share-buttons.chromium',
      'La grève des dockers paralyse les ferries pour le troisième jour',
      'Jeanne Hollande',
    ],
  ])('%s', (name, title, author) => {
    const a = parseArticle(page(name));
    expect([a.title, a.authors]).toEqual([title, [author]]);
    expect(a.paragraphs.length).toBeGreaterThanOrEqual(3);
  });
});

describe("a list of the site's channels over the date line is no headline's deck", () => {
  test.each([
    ['de-channel-list.chromium', 'Drei stille Orte in Hamburg', 'In Hamburg wohne ich'],
    ['fr-channel-list.chromium', 'Trois coins tranquilles à Marseille', "J'habite à Marseille"],
    ['en-channel-list.chromium', 'Three quiet corners of Bristol', 'I have lived in Bristol'],
  ])('%s', (name, title, opening) => {
    const a = parseArticle(page(name));
    expect([a.title, a.publishedAt]).toEqual([title, '2026-03-03']);
    expect(a.paragraphs[0]?.text.startsWith(opening)).toBe(true);
  });

  test('a breadcrumb parted by slashes still ends with the headline', () => {
    const a = parseArticle(
      page('en-channel-list.chromium').replace(
        'My channels: Hiking & Cycling / City Breaks / Kitchen Vlog\n3 March 2026 / 09:15\nThree quiet corners of Bristol\n',
        'Home / Travel / Three quiet corners of Bristol\n3 March 2026 / 09:15\n',
      ),
    );
    expect(a.title).toBe('Three quiet corners of Bristol');
  });
});
