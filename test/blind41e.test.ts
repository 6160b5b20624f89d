/**
 * Blind round 41e of synthetic dumps (test/fixtures/dumps-blind41e/):
 * Arabic sites other than the aggregator network and English sites, their
 * dates (Eastern Arabic digits, an update stamp over the publication's),
 * bylines (a translator under the writer, a wire's closing credit, counters
 * on the byline line), a breadcrumb over the headline and a section front,
 * each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind41e/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind41e/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 8,
  known: new Set([]),
  source: true,
});
