/**
 * The tenth blind round of synthetic dumps (test/fixtures/dumps-blind34/):
 * article pages as lynx and w3m print them hard-wrapped, as WET records, under
 * a latest-news block, with no headline, with comments under the text and with
 * a related box inside it, each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind34/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind34/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set(['en-dz-standfirst-byline-read-time-tags/body']),
  source: true,
});
