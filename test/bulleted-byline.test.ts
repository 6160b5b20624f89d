/**
 * A name set as a list item over the date line (`  * Ronja Beck` ⏎ `/ 16.11.2018, 03:00 Uhr`,
 * as w3m and lynx print an author's name marked up as a list) is the author, not a paragraph.
 * Synthetic w3m-shaped dump written for this test.
 */
import { expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectOneAuthor } from './helpers/checks.js';

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
  'Die Uhr im Treppenhaus läuft noch, obwohl die meisten Büros schon leer sind. In den Gängen stehen Kisten, beschriftet mit Jahreszahlen und den Namen von Schiffen, die längst nicht mehr fahren.',
  '',
  'Hafenmeister Peter erzählt von den Wintern, in denen das Eis den Hafen für Wochen schloss, und von den Sommern, in denen die Schiffe bis auf die Strasse hinaus Schlange standen.',
  '',
  'Am Abend wird das Licht gelöscht. Die Akten gehen ins Staatsarchiv, die Möbel an eine Schule im Nachbarort, und das Schild an der Tür nimmt Peter mit nach Hause.',
  '',
].join('\n');

test('a bulleted name over the date line is the author, without its bullet', () => {
  const a = parseArticle(DUMP);
  expectOneAuthor(DUMP, a, 'Lena Brunner');
  expect(a.paragraphs.map((p) => p.text)).not.toContain('Lena Brunner');
  expect(a.publishedAt?.slice(0, 10)).toBe('2018-11-16');
});
