/**
 * Blind round 34b (test/fixtures/dumps-blind34b/): listing pages in shapes the
 * earlier rounds left out (a lynx tag page, a WET Arabic search page, a year
 * archive, a section page with no address, an Arabic author page) and a brief
 * over post navigation as a guard, each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind34b/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind34b/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 6,
});
