/**
 * A booking box between a travel post's paragraphs under a heading that reads
 * like a teaser list's (issue 10, session 38, blind round 38: an English
 * travel blog post, all three renders). `Recommended tour` ⏎ one sentence of
 * pitch ⏎ `Check prices and availability`: the heading opens like
 * `Recommended` over other articles, such a heading weighs heavily against
 * the body, and the post's last three sections were lost under it. A heading
 * with one paragraph closing a sentence right under it and a call to action
 * under that is a promotion box's, no list of other articles
 * (`isTeaserHeadingBlock`, `article/text/body-region.ts`); the box then
 * leaves as other inline promotion boxes do (`article/text/promo-boxes.ts`),
 * and a travel blog's booking buttons are calls to action
 * (`furniture/calls-to-action.ts`). A `Recommended reading` box whose
 * excerpts read on with `Read more` is still a box of other articles.
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

describe('a hotel box under `Recommended hotel` between a travel post’s paragraphs (w3m)', () => {
  const a = parseArticle(read('promo-under-teaser.w3m.txt'), {
    url: 'https://www.roamslowly.example/austria/two-days-in-graz-without-a-car/',
  });

  test('the post goes on under the box, to its last section', () => {
    expect(a.title).toBe('Two Days in Graz Without a Car');
    expect(a.text).toContain('In the afternoon, wander along the river to the floating island');
    expect(a.text).toContain('Day 2: Markets and the Kunsthaus');
    expect(a.paragraphs.at(-1)?.text).toMatch(/^Start at the farmers' market/);
  });

  test('the box leaves whole: heading, pitch and button', () => {
    expect(a.text).not.toContain('Recommended hotel');
    expect(a.text).not.toContain('This family-run guesthouse');
    expect(a.text).not.toContain('Check availability');
  });
});

describe('guard: a `Recommended reading` box of excerpts with `Read more` (w3m)', () => {
  const a = parseArticle(read('teaser-read-more.w3m.txt'), {
    url: 'https://www.roamslowly.example/austria/a-rainy-day-in-salzburg/',
  });

  test('the body ends above it', () => {
    expect(a.title).toBe('A Rainy Day in Salzburg');
    expect(a.paragraphs).toHaveLength(3);
    expect(a.text).not.toContain('Recommended reading');
    expect(a.text).not.toContain('Three days in Vienna on a budget');
  });
});
