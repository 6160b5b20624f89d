/**
 * Blind round 42d of synthetic dumps (test/fixtures/dumps-blind42d/): the
 * aggregator network's tickers of times, dates and scores, a full page cut in
 * its text and a body passage of results, and Maghreb pages of shapes not yet
 * tried (two articles on one page, a column with its author's bio first, a
 * brief and a passage with no title, a video page with no text, an Arabic
 * quotation in a French article, a day archive and a sport section), each
 * checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind42d/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind42d/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set([]),
  source: true,
});
