/**
 * Blind round 43w of synthetic text (test/fixtures/dumps-blind43w/): text
 * hard-wrapped by makers other than lynx (news sent as plain-text mail and
 * newsletters, wire copy, a fixed-width archive page, a justified press
 * release, a paper's text edition with indented paragraphs, Arabic mail and
 * dispatches) and two pages that are no article (a list's digest, an
 * archive's index), each checked against its hand-written gold.
 */
import { checkRound } from './blind-round.js';

checkRound({
  texts: import.meta.glob('./fixtures/dumps-blind43w/*.txt', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  golds: import.meta.glob('./fixtures/dumps-blind43w/*.gold.json', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>,
  count: 12,
  // A list's digest and an archive's index are read as articles: see the round's README.
  known: new Set([
    'en-archive-liste-index-par-date-pas-article/kind',
    'en-archive-liste-index-par-date-pas-article/title',
    'en-archive-liste-index-par-date-pas-article/body',
    'en-digest-liste-plusieurs-messages-cites-pas-article-72/kind',
    'en-digest-liste-plusieurs-messages-cites-pas-article-72/title',
    'en-digest-liste-plusieurs-messages-cites-pas-article-72/date and authors',
    'en-digest-liste-plusieurs-messages-cites-pas-article-72/body',
  ]),
  source: true,
});
