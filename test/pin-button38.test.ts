/**
 * A picture's `Pin it` button between a blog post's paragraphs (issue 10,
 * session 38, blind round 38: an English travel blog post, Chromium). The
 * button's label alone on its line stayed as a paragraph; it is now interface
 * text, as `Menu` and `Search` alone are (`furniture/interface.ts`). A
 * sentence saying `pin it` stays.
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

describe('a `Pin it` button between a craft blog post’s paragraphs (Chromium)', () => {
  const a = parseArticle(read('pin-button.chromium.txt'), {
    url: 'https://threadbare.example/2025/02/02/how-to-hang-a-quilt/',
  });

  test('the button leaves the body', () => {
    expect(a.title).toBe('How to Hang a Quilt Without Damaging It');
    expect(a.paragraphs.map((p) => p.text)).not.toContain('Pin it');
  });

  test('guard: the sentence telling to pin it stays', () => {
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'A finished quilt deserves bett',
      'The simplest method is a sleev',
      'If the quilt is small, pin it ',
      'Whatever you choose, keep the ',
    ]);
  });
});
