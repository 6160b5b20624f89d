/**
 * Blind round 44k of synthetic text (test/fixtures/dumps-blind44k/): pages
 * that are no article but a list of them, as crawlers print them (a tag page
 * of headlines alone under their date lines, search results with a count and
 * `Page 2 sur 7`, an Arabic author page with the writer's bio, a most-read
 * page of ranked headlines with comment counts, a day archive of timed units,
 * a newsletter's web view), and two articles that look like listings (a live
 * page of timed entries, a numbered explainer), each checked against its
 * hand-written gold; and each listing item's span holds its headline and its
 * excerpt.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { checkRound } from './blind-round.js';

const texts = import.meta.glob('./fixtures/dumps-blind44k/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

checkRound({
  texts,
  golds: import.meta.glob('./fixtures/dumps-blind44k/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 8,
  source: true,
});

describe("round 44k: each item's span", () => {
  for (const [path, input] of Object.entries(texts))
    test(`${path.replace(/^.*\//, '')}: holds the item's headline and excerpt`, () => {
      for (const it of parseArticle(input).items ?? []) {
        const span = input.slice(it.start, it.end);
        expect(span).toContain(it.title ?? '');
        expect(span.replace(/\s+/g, ' ')).toContain(it.teaser ?? '');
      }
    });
});
