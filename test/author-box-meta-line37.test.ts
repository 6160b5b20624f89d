/**
 * A company blog's author box under the post, after its share bar (issue
 * 10, session 37, blind round 37h: a software company's engineering post,
 * all three renders): the author's name alone, then a biography opening with
 * the first name only (`Lena is a product designer on …`), which the
 * biography reader does not take for one. A name alone that the header
 * printed opens the author's box and ends the body; the header's line was
 * the post's meta line opening with the name (`Lena Okoro Product Designer
 * June 5, 2024 5 min read`, or the photo's alt text and the name before it),
 * which held the name neither alone nor at its end. A name the header prints
 * whole among the line's words now counts (`nameFromHeader` in
 * `article/text/body-edges.ts`). Another name alone in the text (a colleague
 * quoted) stays.
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

describe('an author box named by the post’s meta line (Chromium)', () => {
  const a = parseArticle(read('author-box-meta-line.chromium.txt'), {
    url: 'https://www.fernhill.example/blog/design/forty-people-set-up-our-app',
  });

  test('the box’s name and biography leave the body', () => {
    expect(a.title).toBe('What we learned from watching forty people set up our app');
    expect(a.text).not.toContain('Lena is a product designer');
    expect(a.paragraphs.at(-1)?.text).toBe(
      'The next round of sessions is planned for the autumn, and we will share what we find.',
    );
  });

  test('guard: a colleague’s name alone in the text stays', () => {
    expect(a.paragraphs.map((p) => p.text)).toContain('Marco Silva');
    expect(a.text).toContain('Marco, one of our support engineers');
  });
});
