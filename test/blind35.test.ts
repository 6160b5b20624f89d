/**
 * The eleventh blind round of synthetic dumps (test/fixtures/dumps-blind35/):
 * the ways users come to hold a page's text (web-archive captures, print and
 * AMP versions, live pages, a paged article) and columns, interviews and wire
 * dispatches, each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind35/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind35/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set([]),
  source: true,
});
