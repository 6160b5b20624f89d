/**
 * A municipality's news label over its date and time (issue 10, session 37,
 * blind round 37h: a Dutch municipality's news item, all three renders).
 * `Nieuwsbericht | 18-04-2024 | 10:30` gave `Nieuwsbericht` as the author: a
 * single word opening a post's segments, its date right after and more
 * segments after the date, reads as a blog's author
 * (`Paddy · April 19, 2019 · Mac · 7 comments`). A time alone after the date
 * is the date's own stamp, no further segment: such a line gives no author
 * (`header.ts`). The blog's meta line with a category and a comment count
 * after the date still gives its author.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37h/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37h/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37h/${name}`] ?? '';

describe('a news label over its date and time (Chromium)', () => {
  const a = parseArticle(read('label-date-time.chromium.txt'), {
    url: 'https://www.westerhaven.example/nieuws/fietspad-langs-het-kanaal-wordt-verbreed',
  });

  test('the label is no author; the title and the text are read', () => {
    expect(a.authors).toEqual([]);
    expect(a.title).toBe('Fietspad langs het kanaal wordt verbreed');
    expect(a.paragraphs[0]?.text).toMatch(/^Het fietspad langs het Westerkanaal/);
  });
});

describe('guard: a blog’s one-word author over its date, category and comments (Chromium)', () => {
  const a = parseArticle(read('name-date-segments.chromium.txt'), {
    url: 'https://tinkerbench.example/2024/03/03/sticky-keyboard-switch/',
  });

  test('the name is the author', () => {
    expect(a.authors).toEqual(['Robin']);
  });
});
