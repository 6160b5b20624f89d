/**
 * A forum thread's posts past the second one (issue 10, session 35, blind
 * round 35b). Each post closes with the same action row (`Quote Reply
 * Report`, `Like Quote Reply`); the body's run crossed it between the first
 * and the second post, then stopped at the second post's signature: the
 * posts under it, a sentence or two each, weighed too little to carry the
 * run and were lost. Where the row the run crossed stands again under it,
 * twice or more, right under each post's text, the thread goes on through
 * its last post (`article/text/thread-posts.ts`, and the tail trim in
 * `body-edges.ts`). A news article with a comment thread under it, each
 * comment closed by `Like Reply`, keeps its comments out: no such row stands
 * between the article's own paragraphs.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body35/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body35/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body35/${name}`] ?? '';

describe("a forum thread's posts, each closed by its action row", () => {
  test('Chromium: the third and fourth posts are read with the first two', () => {
    const a = parseArticle(read('forum-posts.chromium.txt'), {
      url: 'https://forum.trailriders.example/threads/rear-brake-squeals-only-in-wet-weather.5521/',
    });
    expect(a.title).toBe('Rear brake squeals only in wet weather');
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts[0]).toMatch(/^Since the autumn my rear disc brake squeals/);
    expect(texts).toContain(
      'Check that the caliper is aligned and the pads are not glazed. If they are shiny, sand them lightly on flat paper.',
    );
    expect(texts).toContain(
      'Sintered pads fixed it for me. They are louder when dry but quiet in rain.',
    );
    expect(texts.at(-1)).toBe('Sanded the pads and realigned the caliper. Quiet again, thanks!');
    expect(a.text).not.toMatch(/Quote Reply Report|Log in to post|Similar topics|Threadly/);
  });

  test("guard: a news article's comments, each closed by `Like Reply`, stay out", () => {
    const a = parseArticle(read('news-comments.chromium.txt'));
    expect(a.title).toBe('Library extends opening hours on weekday evenings');
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toHaveLength(3);
    expect(texts[2]).toMatch(/^The reading room on the first floor/);
    expect(a.text).not.toMatch(/About time|Great news for students|cafe stay open|Like Reply/);
  });
});
