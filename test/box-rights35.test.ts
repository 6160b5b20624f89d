/**
 * The footer's rights notice under a box of related headlines closes the box:
 * the footer's links under it (`Privacy Policy`, `Mentions légales`) are no
 * related articles. Found by blind round 35 (an AMP page whose `Related` box
 * stands right over the footer).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const page = (heading: string, tail: readonly string[]) =>
  [
    'Sahara Courier',
    '',
    'Menu',
    '',
    'Close',
    '',
    'Agadir fishermen switch to solar-powered cold boxes on small boats',
    '',
    'By Leila Amrani',
    '',
    'Dec 2, 2026 | 10:05 AM',
    '',
    'About 300 small-scale fishermen in Agadir have fitted their boats with solar-powered cold boxes this autumn, a cooperative official said, cutting the share of the catch lost before landing.',
    '',
    'The boxes keep sardines and octopus below four degrees for up to ten hours, long enough for the trips of the coastal fleet, and cost about a third of a diesel unit.',
    '',
    heading,
    '',
    'Essaouira port opens new fish auction hall',
    '',
    'Octopus season closes early on the southern coast',
    '',
    ...tail,
  ].join('\n');

describe('a related box over the footer', () => {
  test('ends at the rights notice: the footer links under it are no related links', () => {
    for (const [heading, rights, link] of [
      ['Related', '© 2026 Sahara Courier. All rights reserved.', 'Privacy Policy'],
      ['Related', '© 2026 Sahara Courier. All rights reserved.', 'Contact the newsroom'],
      ['Articles similaires', '© 2026 Sahara Courier. Tous droits réservés.', 'Mentions légales'],
    ] as const) {
      const a = parseArticle(page(heading, ['', rights, '', link]));
      expect(a.related.map((r) => r.title)).toEqual([
        'Essaouira port opens new fish auction hall',
        'Octopus season closes early on the southern coast',
      ]);
      expect(a.paragraphs.at(-1)?.text.endsWith('a diesel unit.')).toBe(true);
    }
  });

  test('keeps every headline of a box with no rights notice under it', () => {
    const a = parseArticle(page('Related', ['', 'Dakhla wind farm adds twelve turbines']));
    expect(a.related.map((r) => r.title)).toEqual([
      'Essaouira port opens new fish auction hall',
      'Octopus season closes early on the southern coast',
      'Dakhla wind farm adds twelve turbines',
    ]);
  });
});
