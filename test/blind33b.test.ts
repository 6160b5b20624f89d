/**
 * The ninth blind round of synthetic dumps (test/fixtures/dumps-blind33b/):
 * pages that are not one article (tag, search, author, section, archive,
 * video and photo indexes, a menu over breaking news) and articles whose dump
 * prints no headline, each checked against its hand-written gold, item dates
 * and bylines included.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind33b/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind33b/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 10,
});
