/**
 * A name set as a list item over the date line (`  * Ronja Beck` ⏎ `/ 16.11.2018, 03:00 Uhr`,
 * as w3m and lynx print an author's name marked up as a list) is the author, not a paragraph.
 * Synthetic w3m-shaped dump written for this test.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectOneAuthor } from './helpers/checks.js';
import { HAFENAMT_BODY } from './helpers/hafenamt.js';

const DUMP = [
  '[                    ] Suche',
  '',
  'Der letzte Tag im alten Hafenamt',
  '',
  'Wie fühlt es sich an, wenn ein Amt nach hundert Jahren schliesst? Ein Besuch in den letzten Stunden.',
  '',
  '  * Lena Brunner',
  '',
  '/ 16.11.2018, 03:00 Uhr',
  '',
  ...HAFENAMT_BODY,
].join('\n');

test('a bulleted name over the date line is the author, without its bullet', () => {
  const a = parseArticle(DUMP);
  expectOneAuthor(DUMP, a, 'Lena Brunner');
  expect(a.paragraphs.map((p) => p.text)).not.toContain('Lena Brunner');
  expect(a.publishedAt?.slice(0, 10)).toBe('2018-11-16');
});
