/**
 * A standfirst printed between the headline and the byline (`Headline ⏎
 * deck ⏎ By X ⏎ date ⏎ text`) is the deck, not the body's first paragraph,
 * however long the menu above the headline. Found by blind round 34: under a
 * masthead and a six-entry menu the deck opened the body.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const MENU = ['Home', 'News', 'Business', 'Culture', 'Sport', 'Opinion', 'Travel'];
const HEADLINE = 'Oran tram extension to reach the university campus by next autumn';
const DECK =
  'The eight-kilometre line will add eleven stations and is expected to carry about 40,000 passengers a day once it opens.';

const page = (menu: string[], under: string[]) =>
  [
    'The Western Gazette',
    '',
    ...menu,
    '',
    HEADLINE,
    '',
    ...under,
    'Work on the extension of the Oran tramway to the university campus of Es Senia will start in January, the transport ministry said on Tuesday, after two years of studies and land surveys.',
    '',
    'The new section will run along the southern ring road and will include a depot able to hold twelve additional trains.',
    '',
    'Share this article',
  ].join('\n');

describe('a deck over the byline under a long menu', () => {
  test('is the standfirst, and the body opens under the byline', () => {
    for (const menu of [MENU, MENU.slice(0, 3)]) {
      const a = parseArticle(
        page(menu, [DECK, '', 'By Samir Belkacem', '', 'Tuesday, 01 December 2026', '']),
      );
      expect(a.title).toBe(HEADLINE);
      expect(a.standfirst).toBe(DECK);
      expect(a.authors).toEqual(['Samir Belkacem']);
      expect(a.publishedAt?.slice(0, 10)).toBe('2026-12-01');
      expect(a.paragraphs[0]?.text.startsWith('Work on the extension')).toBe(true);
    }
  });

  test('guard: a lede under the headline with the byline at the foot stays the body', () => {
    const a = parseArticle(
      page(MENU, []).replace('Share this article', 'By Samir Belkacem\n\nShare this article'),
    );
    expect(a.title).toBe(HEADLINE);
    expect(a.paragraphs[0]?.text.startsWith('Work on the extension')).toBe(true);
    expect(a.paragraphs).toHaveLength(2);
  });
});
