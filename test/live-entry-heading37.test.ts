/**
 * A live blog's first entry heading (issue 10, session 37, blind round 37's
 * `en-liveblog`, Chromium and w3m): each entry is its time alone, a heading,
 * then its paragraphs (`14:52` ⏎ `<heading>` ⏎ `<paragraph>`). The body's run
 * opens at its first prose, so the first entry's heading was lost while the
 * headings of the entries under it were kept. When the run holds another time
 * alone (the next entries), the heading right under the first entry's time
 * opens the body (`article/text/entry-heading.ts`).
 *
 * Pages are synthetic, written for these tests in test/fixtures/known37/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/known37/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/known37/${name}`] ?? '';

describe('the first entry of a live page', () => {
  test('the heading under the first entry’s time opens the body', () => {
    const a = parseArticle(read('live-entry-heading.chromium.txt'), {
      url: 'https://www.valleygazette.example/news/live/2025/nov/12/flood-warning-live',
    });
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts[0]).toBe('Evacuation centre opens its doors to the first families');
    expect(texts).toContain('Schools will stay closed tomorrow');
    expect(texts).not.toContain('16:10');
  });

  test('guard: a line under a time alone over an article with no entries stays out', () => {
    const a = parseArticle(read('live-entry-heading-guard.chromium.txt'), {
      url: 'https://www.valleygazette.example/news/2025/nov/12/river-peak-tonight',
    });
    expect(a.title).toBe('River expected to peak tonight as villages prepare sandbags');
    expect(a.paragraphs[0]?.text).toMatch(/^The river gauge at Millbridge now reads/u);
    expect(a.paragraphs.map((p) => p.text)).not.toContain(
      'Watch the river at Millbridge this morning',
    );
  });
});
