/**
 * Blind round 40d of synthetic dumps (test/fixtures/dumps-blind40d/):
 * Arabic-language and bilingual (Arabic and French) Maghreb pages, their
 * titles, headers and tickers, a programme's script written one phrase a
 * line, and four kind pages, each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind40d/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind40d/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set([]),
  source: true,
});
