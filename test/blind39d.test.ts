/**
 * Blind round 39d of synthetic dumps (test/fixtures/dumps-blind39d/): page
 * kinds (tag, search, author and date archives, a section front, a video
 * page) and article headers of francophone Maghreb portals, each checked
 * against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind39d/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind39d/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set([]),
  source: true,
});
