/**
 * A `<time>` element, or a date box, that prints its day with a two-digit year
 * (`On 11/13/19 at 4:00 PM EST`, `13/11/19`) dates the page when it carries
 * no machine value: inside an element that says it holds a date, such a run
 * is the date, not a score or a version. Synthetic pages written for these
 * tests (session 18).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** A story whose byline line holds `stamp` under the title. */
function story(stamp: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Harbor plans</title></head><body>
  <main><article><header><h1>City council approves the new harbor plan after a long debate</h1>
    <div class="byline">By <span class="author">Jane Roe</span> ${stamp}</div></header>
    <p>The council voted seven to two on Tuesday night to approve the plan, which had been debated for more than a year.</p>
    <p>Work on the first pier is expected to begin in the spring, officials said, once the last permits are in hand.</p>
  </article></main></body></html>`;
}

describe('a two-digit year in an element that holds a date', () => {
  test('a <time> with no machine value, month first on a US page', () => {
    const a = parseArticle(story('<time> On 11/13/19 at 4:00 PM EST</time>'), {
      format: 'html',
      url: 'https://www.news.example/harbor-plan-approved-1471170',
    });
    expect(a.publishedAt).toBe('2019-11-13');
  });

  test('a <time> with no machine value, day first on a British page', () => {
    const a = parseArticle(story('<time>05/11/19 16:00</time>', 'en-GB'), { format: 'html' });
    expect(a.publishedAt).toBe('2019-11-05');
  });

  test('a date box with slashes (`<span class="date">`)', () => {
    const a = parseArticle(story('<span class="date">13/11/19</span>', 'en-GB'), {
      format: 'html',
    });
    expect(a.publishedAt).toBe('2019-11-13');
  });

  test('control: a fraction-like run in a plain line dates nothing', () => {
    const a = parseArticle(story('<span>Vote 11/13/19 share</span>'), { format: 'html' });
    expect(a.publishedAt).toBeUndefined();
  });
});
