/**
 * A company blog's promotion box between a post's paragraphs (issue 10,
 * session 37, blind round 37h: a software company's engineering post, all
 * three renders). The box prints a heading, one short pitch and a button
 * (`Ship faster with X` ⏎ `See how teams use X …` ⏎ `Book a demo`); such
 * boxes left the body only when they closed it, so this one stayed, button
 * and all. A box's heading, one short paragraph and a call to action right
 * under it, with the article's paragraphs on both sides, now leave too
 * (`article/text/promo-boxes.ts`), and a software company's sales buttons
 * (`Book a demo`, `Request a demo`, `Talk to sales`) are calls to action
 * (`furniture/calls-to-action.ts`). A subheading over a short paragraph with
 * no button under it stays.
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

describe('a promotion box between a company blog post’s paragraphs (w3m)', () => {
  const a = parseArticle(read('inline-cta.w3m.txt'), {
    url: 'https://www.larchwood.example/blog/data/nightly-reports-timing-out',
  });

  test('the box leaves whole: heading, pitch and button', () => {
    expect(a.title).toBe('Why our nightly reports stopped timing out');
    expect(a.text).not.toContain('Turn your data into answers');
    expect(a.text).not.toContain('Larchwood connects to your warehouse');
    expect(a.text).not.toContain('Book a demo');
    expect(a.paragraphs[2]?.text).toMatch(/^We also moved the reports to a queue/);
  });

  test('guard: a subheading over a short paragraph with no button stays', () => {
    expect(a.paragraphs.slice(3).map((p) => p.text)).toEqual([
      'How to check your own queries',
      'Start with the slowest query in your logs and look at how its run time changed as your data grew.',
      'Since the change, no nightly report has timed out. We will write about the queue itself in a later post.',
    ]);
  });
});
