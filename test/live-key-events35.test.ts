/**
 * A live page may print a list of its key entries between the headline and
 * its `Last updated` line, each entry opening with its time (`9:52 PM Senegal
 * equalise`), and a filter's label (`Show key events only`): neither is the
 * headline. Found by a variant of blind round 35's live page.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const TITLE = 'Live updates: Atlas Lions face Senegal in Africa Cup semi-final';
const E1 =
  'Full time in Rabat: Morocco win 2-1 and will play the final on Saturday. The crowd at the stadium is still singing.';
const E2 =
  'Goal for Morocco! A header from the corner puts the hosts ahead with fifteen minutes left on the clock.';

const live = (title: string, between: readonly string[]) =>
  [
    'Atlas Observer',
    'Home',
    'Sports',
    'LIVE',
    title,
    ...between,
    'Last updated: Dec 6, 2026 | 10:48 PM',
    '10:48 PM',
    E1,
    '10:31 PM',
    E2,
    '© 2026 Atlas Observer',
  ].join('\n');

describe('a live page’s key events over its update line', () => {
  test('are no headline, nor is the filter’s label', () => {
    for (const between of [
      ['Key events', '10:31 PM Goal for Morocco', '9:52 PM Senegal equalise'],
      [
        'Key events',
        '10:31 PM Goal for Morocco',
        '9:52 PM Senegal equalise',
        'Show key events only',
      ],
      ['Temps forts', '22h31 But du Maroc', '21h52 Égalisation du Sénégal'],
    ]) {
      const a = parseArticle(live(TITLE, between));
      expect(a.title).toBe(TITLE);
      expect(a.paragraphs.map((p) => p.text)).toEqual([E1, E2]);
    }
  });

  test('a headline opening with a score stays the headline', () => {
    const title = '2:1 win over Senegal sends the Atlas Lions to the Africa Cup final';
    expect(parseArticle(live(title, [])).title).toBe(title);
  });
});
