/**
 * The author's box under the article opened by a heading over the byline's
 * name (issue 10, session 35, blind round 35b): `About Rosalind Achebe`,
 * `Über Katharina Neumeyer`, then a biography that opens with the first name
 * only (`Rosalind has grown…`), which no biography test reads. The heading
 * repeats a name the byline gave: the body ends there. A heading over another
 * person's name (an obituary's `About Margaret Holm`) stays in the article.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body35/, laid
 * out as Chromium's `innerText` and `w3m -dump` print them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body35/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body35/${name}`] ?? '';

describe("a heading over the byline's name closes the article", () => {
  test('Chromium: `About <author>` and the biography under it leave the body', () => {
    const a = parseArticle(read('about-author.chromium.txt'));
    expect(a.authors).toEqual(['Rosalind Achebe']);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(5);
    expect(texts[0]).toMatch(/^Dahlias are not hardy/);
    expect(texts[4]).toBe(
      'In April, pot them up in fresh compost and keep them under cover until the last frost has passed.',
    );
    expect(a.text).not.toMatch(/About Rosalind|Shropshire/);
  });

  test('w3m: `Über <author>` (German) and the biography under it leave the body', () => {
    const a = parseArticle(read('ueber-autor.w3m.txt'));
    expect(a.authors).toEqual(['Katharina Neumeyer']);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(4);
    expect(texts[3]).toBe(
      'Unser Tipp: Ein Platz in Fahrtrichtung links bietet am Morgen den schönsten Blick auf die Donau.',
    );
    expect(a.text).not.toMatch(/Über Katharina|Rucksack/);
  });

  test("guard: a heading over another name (the obituary's subject) stays in the article", () => {
    const a = parseArticle(read('about-subject.chromium.txt'));
    expect(a.authors).toEqual(['Daniel Okafor']);
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain('About Margaret Holm');
    expect(texts.at(-1)).toBe(
      "She is survived by her two daughters and five grandchildren. A memorial concert will be held at St Luke's Church in June.",
    );
  });
});
