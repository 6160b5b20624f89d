/**
 * A drop cap printed on a line of its own (issue 10, session 36, blind round
 * 36: a magazine's long read). A magazine floats an article's first letter,
 * printed large, beside its first paragraph, and Chromium's `innerText`
 * prints the floated letter on a line of its own: `O` ⏎ `n a grey morning…`.
 * The paragraph was read from `n a grey morning`, its first word cut in two.
 * A capital letter alone on its line over a long line opening in small letters
 * is now read joined to it (`input/drop-caps.ts`); the paragraph's span still
 * covers the input's letter and line break. A glossary's letter headings over
 * short entries in small letters (`A` ⏎ `abeam – at right angles…`) stay apart.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body36b/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body36b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body36b/${name}`] ?? '';

describe('a drop cap on a line of its own (Chromium)', () => {
  test('the first paragraph opens with its whole first word, its span over the input’s letter', () => {
    const text = read('drop-cap.chromium.txt');
    const a = parseArticle(text);
    expect(a.title).toBe('The boatbuilders who still work in wood');
    const first = a.paragraphs[0];
    expect(first?.text).toBe(
      'On a grey morning in February, the only sound in the long shed at Carrick Point is the scrape of a plane on larch. Duncan Fyfe has been building boats here for forty-one years, and he does not intend to stop.',
    );
    expect(text.slice(first?.start, first?.end)).toBe(`O\n${first?.text.slice(1)}`);
    expect(a.paragraphs).toHaveLength(3);
  });

  test('guard: a glossary’s letter headings over short entries are not joined to them', () => {
    const a = parseArticle(read('letter-index.chromium.txt'));
    expect(a.text).not.toMatch(/Aabeam|Bbilge/);
  });
});
