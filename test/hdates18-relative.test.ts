/**
 * A relative date printed under an HTML page's title (`il y a 3 heures`,
 * `2 days ago`, `منذ يومين`, `hier`) dates the page against
 * `options.referenceDate`, as on the text path; without a reference day it
 * dates nothing. Synthetic pages written for these tests (session 18).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** A story whose date line under the title reads `stamp`; `head` goes in the head. */
function story(stamp: string, lang = 'fr', head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Le port</title>${head}</head><body>
  <main><article><h1>Le conseil municipal approuve le nouveau plan du port</h1>
    <div class="meta"><span class="author">Par Jeanne Roux</span> <span class="date">${stamp}</span></div>
    <p>Le conseil a voté mardi soir par sept voix contre deux en faveur du plan, débattu depuis plus d'un an.</p>
    <p>Les travaux du premier quai devraient commencer au printemps, une fois les derniers permis obtenus.</p>
  </article></main></body></html>`;
}

describe('a relative date under the title', () => {
  test('il y a 3 jours, against the reference day', () => {
    const a = parseArticle(story('Publié il y a 3 jours'), {
      format: 'html',
      referenceDate: '2026-12-04',
    });
    expect(a.publishedAt).toBe('2026-12-01');
  });

  test('2 hours ago: the reference day', () => {
    const a = parseArticle(story('Updated 2 hours ago', 'en'), {
      format: 'html',
      referenceDate: '2026-12-04T10:00:00Z',
    });
    expect(a.publishedAt).toBe('2026-12-04');
  });

  test('منذ يومين (two days ago)', () => {
    const a = parseArticle(story('منذ يومين', 'ar'), {
      format: 'html',
      referenceDate: '2026-12-04',
    });
    expect(a.publishedAt).toBe('2026-12-02');
  });

  test('without a reference day, no date', () => {
    const a = parseArticle(story('Publié il y a 3 jours'), { format: 'html' });
    expect(a.publishedAt).toBeUndefined();
  });

  test("control: a machine date comes first, the relative line doesn't override it", () => {
    const a = parseArticle(
      story(
        'hier',
        'fr',
        '<meta property="article:published_time" content="2026-11-20T08:00:00+01:00">',
      ),
      { format: 'html', referenceDate: '2026-12-04' },
    );
    expect(a.publishedAt).toBe('2026-11-20T08:00:00+01:00');
  });

  test('control: a relative date inside a sentence of the body is an event, not the page', () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port</title></head><body>
    <main><article><h1>Council approves the new harbor plan after a long debate</h1>
      <p>The council voted seven to two on the plan, which was first proposed 3 years ago by the former mayor and her team.</p>
      <p>Work on the first pier is expected to begin in the spring, once the last permits are in hand, officials said.</p>
    </article></main></body></html>`;
    expect(
      parseArticle(html, { format: 'html', referenceDate: '2026-12-04' }).publishedAt,
    ).toBeUndefined();
  });
});

test("the relative date's span points at the expression", () => {
  const html = story('il y a 3 jours');
  const a = parseArticle(html, { format: 'html', referenceDate: '2026-12-04' });
  const span = a.spans.publishedAt;
  expect(span && html.slice(span.start, span.end)).toBe('il y a 3 jours');
});

describe('a day printed without its year in a date element under the title', () => {
  /** A post whose date element holds `stamp`. */
  const post = (stamp: string, lang = 'en'): string =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Notes</title></head><body>
    <main><article><h1>What we learned from a year of open journalism</h1>
      <div class="meta"><a href="/@jane">Jane Roe</a> <span class="u-hide"> on </span><time class="post-date">${stamp}</time> · 4 min read</div>
      <p>We opened our newsroom's notes to readers a year ago, and the questions they sent back changed how we report.</p>
      <p>Here is what worked, what did not, and what we would do differently if we started again tomorrow morning.</p>
    </article></main></body></html>`;

  test('Feb 24 is the last 24 February on or before the reference day', () => {
    const a = parseArticle(post('Feb 24'), { format: 'html', referenceDate: '2015-03-10' });
    expect(a.publishedAt).toBe('2015-02-24');
  });

  test("a day later in the year than the reference day is last year's", () => {
    const a = parseArticle(post('Dec 30'), { format: 'html', referenceDate: '2015-03-10' });
    expect(a.publishedAt).toBe('2014-12-30');
  });

  test('24 févr. on a French page', () => {
    const a = parseArticle(post('24 févr.', 'fr'), {
      format: 'html',
      referenceDate: '2015-03-10',
    });
    expect(a.publishedAt).toBe('2015-02-24');
  });

  test('without a reference day, no date', () => {
    expect(parseArticle(post('Feb 24'), { format: 'html' }).publishedAt).toBeUndefined();
  });
});
