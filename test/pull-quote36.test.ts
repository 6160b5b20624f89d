/**
 * A pull quote joining two quoted sentences (issue 10, session 36, blind
 * round 36: a magazine's long read). A pull quote sets the article's words
 * again, large, between two paragraphs; `pull-quotes.ts` dropped it when
 * another paragraph holds its words as written. Magazines often join the two
 * halves of a quotation the article splits around its speech tag (`"Nobody
 * gets left on the pier," she told me … "If the bus …"`, set as `"Nobody gets
 * left on the pier. If the bus …"`): the copy is now dropped when one
 * paragraph holds each of its sentences (three words or more each), in order.
 * A quotation whose first sentence the article printed before but whose
 * second it did not is the article's own, and stays.
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

describe('a pull quote joining two quoted sentences of a paragraph', () => {
  test('the copy leaves the body; the paragraph quoting them stays', () => {
    const a = parseArticle(read('pull-quote-joined.w3m.txt'));
    expect(a.title).toBe('The ferry that waits for everyone');
    expect(a.paragraphs.map((p) => p.text.slice(0, 40))).toEqual([
      'The last ferry to Inchmore leaves the pi',
      '"Nobody gets left on the pier," she told',
      'The crossing takes twenty minutes on a c',
      'The council has twice tried to cut the l',
      'When we tied up at Inchmore, a single ca',
    ]);
  });

  test('guard: a quotation only half printed before is the article’s own', () => {
    const a = parseArticle(read('quote-half-repeated.w3m.txt'));
    expect(a.paragraphs.map((p) => p.text)).toContain(
      '"Nobody gets left on the pier. Not the late workers, not the students coming home, not the tourists who missed the earlier boat."',
    );
    expect(a.paragraphs).toHaveLength(6);
  });
});
