/**
 * Blind round 34c (test/fixtures/dumps-blind34c/): article headers (a
 * breadcrumb and a share row with no blank line, the site's name before the
 * author, the site on a WET record's date line, update stamps, initials, a
 * headline in capitals under a kicker), each checked against its hand-written
 * gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind34c/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind34c/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 6,
  known: new Set(['fr-dz-titre-majuscules-surtitre/related']),
});
