/**
 * A shop's customer reviews under its product description (issue 10, session
 * 38, blind round 38: a German shop's product page, all three renders). The
 * heading `Kundenbewertungen` / `Customer reviews` was no comment thread's
 * heading, so the first review (its title, stars and author line, its text)
 * stayed in the body. A shop's reviews heading now opens a thread as
 * `Comments` does (`furniture/comments.ts`). The description's own mention
 * of customer reviews in a sentence stays.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body38/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body38/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body38/${name}`] ?? '';

describe('a product page’s reviews under its description (w3m)', () => {
  const a = parseArticle(read('shop-reviews.w3m.txt'), {
    url: 'https://www.hearthandfield.example/kitchen/teapots/stoneware-teapot-orchard-sage',
  });

  test('the reviews leave the body', () => {
    expect(a.text).not.toContain('Customer reviews');
    expect(a.text).not.toContain('Lovely colour, pours perfectly');
    expect(a.text).not.toContain('Bought this as a gift for my mum');
  });

  test('guard: the description stays whole, its mention of customer reviews too', () => {
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'This teapot is thrown by hand ',
      'The built-in stainless steel i',
      'The teapot holds about five cu',
    ]);
    expect(a.text).toContain('Many of our customer reviews mention the clean pour');
  });
});
