/**
 * Blind round 41d of synthetic dumps (test/fixtures/dumps-blind41d/): the
 * aggregator network's tickers, body passages, full page and author page, and
 * francophone Maghreb pages (a WET record, innerText copies, a listing, a
 * ticker under a long menu, bylines of unusual shapes), each checked against
 * its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind41d/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind41d/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set([]),
  source: true,
});
