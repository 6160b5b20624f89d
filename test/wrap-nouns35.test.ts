/**
 * A hard-wrapped German page whose wraps fall before nouns (issue 10,
 * session 35, blind round 35b). lynx wraps prose where a word does not fit,
 * and a wrap shows by the next line going on in small letters; German writes
 * its nouns in capitals, and on a page where nine wraps in ten fall before a
 * noun (`… für ein ganzes` ⏎ `Jahr geschlossen.`) the text was not read as
 * wrapped: each line a block, the paragraphs cut in two and read as a
 * listing's teasers. A line that stops on a function word in small letters
 * (`für die`, `der`, `eine`) runs on whatever the case of the word under it;
 * no headline ends so. A box of headlines one a line is still no wrap.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body35/, as
 * `lynx -dump` prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const files = import.meta.glob('./fixtures/body35/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body35/${name}`] ?? '';

describe('a wrap before a noun (German, lynx)', () => {
  test('the page reads as wrapped: one article, its paragraphs whole', () => {
    const a = parseArticle(read('nouns-wrap.lynx.txt'));
    expect(a.kind).toBe('article');
    expect(a.authors).toEqual(['Sabine Hartwig']);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(5);
    expect(texts[0]).toBe(
      'Das Hallenbad in Oberkirchen wird ab dem ersten April für ein ganzes Jahr geschlossen. Der Gemeinderat stimmte am Montagabend für die Sanierung des Gebäudes aus dem Jahr 1981.',
    );
    expect(texts[4]).toBe(
      'Vereine und Badegäste müssen sich dagegen auf ein Jahr ohne eigenes Hallenbad einstellen. Die Wiedereröffnung plant die Gemeinde für das Frühjahr 2027.',
    );
  });

  test('guard: headlines of like length one a line stay one headline a line', () => {
    const items = parseTicker(read('headlines-list.lynx.txt')).map((i) => i.text);
    expect(items).toContain(
      'Neue Buslinie verbindet die Dörfer im Tal mit dem Kreiskrankenhaus in Lindau',
    );
    expect(items).toContain(
      'Musikverein feiert sein Jubiläum mit einem großen Konzert in der Stadthalle',
    );
  });
});
