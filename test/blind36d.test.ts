/**
 * The twelfth blind round of synthetic dumps (test/fixtures/dumps-blind36d/):
 * pages that are no plain article (an author's page, a tag page, a video
 * index, search results, an error page, a paywalled shell, a prayer-times
 * page) and articles of unusual shape (a video, a gallery, a match report, a
 * ministry's statement, a horoscope), each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind36d/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind36d/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set(['fr-dz-horoscope-signes-lignes-courtes-80/body']),
  source: true,
});
