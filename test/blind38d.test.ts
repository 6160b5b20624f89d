/**
 * The fourteenth blind round of synthetic dumps (test/fixtures/dumps-blind38d/):
 * what follows the body (comments, related boxes, teasers inside the text,
 * tags, share rows, bios, polls, credit lines, footers) and tickers of many
 * shapes on Maghreb news sites, each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind38d/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind38d/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set([]),
  source: true,
});
