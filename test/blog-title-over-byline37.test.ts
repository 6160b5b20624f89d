/**
 * A blog post's headline right under its site's name, tagline and menu row,
 * over its `Posted on … by …` line (issue 10, session 37, blind round 37h: a
 * WordPress post, all three renders). The five short lines in a row (`Skip
 * to content`, the blog's name, its tagline, the menu row, the headline) were
 * read as a run of latest news, the headline with them: the run's last line
 * is taken out as the title only when the run is longer than a run's least
 * length, and this one had just that length, so the page had no title at
 * all. Where no title was found, a line of such a run spelling the page's
 * address (its slug) is now the headline, as a free line spelling it was
 * (`slugTitle` in `article/text/slug-title.ts`). At an address that spells
 * nothing (`?p=412`) the run gives no title, as before: no line of it (the
 * tagline, the menu row) is taken on its shape alone.
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

describe('a blog post’s headline under its blog’s name, tagline and menu (w3m)', () => {
  const a = parseArticle(read('blog-title-over-byline.w3m.txt'), {
    url: 'https://crookedworkbench.example/2024/02/09/restoring-a-rusted-block-plane/',
  });

  test('the headline is the title; the author is read', () => {
    expect(a.title).toBe('Restoring a rusted block plane with vinegar and patience');
    expect(a.authors).toEqual(['Owen Marsh']);
    expect(a.paragraphs[0]?.text).toMatch(/^I found this plane at a car boot sale/);
  });
});

describe('guard: the same post at an address spelling nothing (w3m)', () => {
  const a = parseArticle(read('blog-title-over-byline.w3m.txt'), {
    url: 'https://crookedworkbench.example/?p=412',
  });

  test('no line of the run is taken for the title without the address’s word', () => {
    expect(a.title).toBeUndefined();
    expect(a.paragraphs[0]?.text).toMatch(/^I found this plane at a car boot sale/);
  });
});
