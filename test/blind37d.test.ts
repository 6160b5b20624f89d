/**
 * The thirteenth blind round of synthetic dumps (test/fixtures/dumps-blind37d/):
 * the title and the header of articles on Maghreb news sites (kickers, decks,
 * headlines printed twice, bylines of many shapes, agency datelines and
 * credit lines, dates over headlines), each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind37d/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind37d/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  known: new Set([
    'fr-ma-exclusif-titre-chapo-par-x-et-y-innertext/body',
    'fr-tn-entretien-envoye-special-qr-80/body',
  ]),
  source: true,
});
