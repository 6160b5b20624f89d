/**
 * The fifteenth blind round of synthetic dumps (test/fixtures/dumps-blind38e/):
 * Arabic news pages of Maghreb, Egyptian and Gulf portals (headlines with
 * quotations, question marks, figures and dates or broken over two lines, a
 * French frame, bylines with cities, Hijri dates, view counters, a tag page,
 * an author's archive, a video page), each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind38e/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind38e/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 8,
  known: new Set([]),
  source: true,
});
