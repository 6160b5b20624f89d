/**
 * The lede under the headline, parted from the body by a table of contents,
 * opens the body when only a few header lines stand between it and the
 * headline. Lines a renderer adds to those (an image's placeholder as w3m
 * prints it, an author photo's alt that lynx prints over the byline starting
 * with the same name) are no header lines of their own: they do not push the
 * lede out of reach, and the contents' numbered entries stay out of the body
 * even when one closes with a question mark.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const TITLE = 'Wooden toys: twelve ideas for babies and toddlers that last for years';
const LEDE =
  'It is colourful, sturdy and almost impossible to break. Simple and calm: why we now buy only wooden toys for our children.';
const TOC = [
  'Contents',
  ' 1. 1.What makes a good wooden toy?',
  ' 2. 2.Toys for babies',
  ' 3. 2.1#1 Play arch',
  ' 4. 2.2#2 Stacking tower',
  ' 5. 2.3#3 Soft dolls',
  ' 6. 3.Toys from one year',
  ' 7. 3.1#1 Rainbow',
  ' 8. 3.2#2 Wooden dolls',
  ' 9. 4.Toys from two years',
  '10. 4.1#1 Puzzles',
  '11. 4.2#2 Sorting games',
  '12. 5.Toys for school children',
  '13. 5.1#1 Letter game',
  '14. 5.2#2 Number board',
  '',
  'Show more',
  '',
];
const BODY = [
  'Babies and toddlers want to touch, explore and feel everything around them. Most toys end up in their mouths first, so the material matters more than parents tend to think.',
  '',
  'What makes a good wooden toy?',
  '',
  'Nothing blinks, beeps or sings here: a good wooden toy is made of natural materials and leaves the child room to imagine what it could be, which keeps it interesting for longer.',
  '',
  'The idea behind such toys is old. Teachers watched children play at every age and built simple objects that train one skill at a time, from grasping to sorting to counting.',
  '',
  'Tested and loved at home, these toys have outlived every battery-powered gadget we bought, and the younger siblings now play with the same blocks their brother had.',
  '',
  'Share this article',
  '© 2025 Family Pages',
];

function page(header: readonly string[]): string {
  return [
    'Family Pages',
    'Home',
    'Toddlers',
    '',
    TITLE,
    '',
    ...header,
    '',
    LEDE,
    '',
    ...TOC,
    ...BODY,
  ].join('\n');
}

describe('a lede over a table of contents, under renderer-added header lines', () => {
  test("an image's placeholder among four header lines: the lede opens the body", () => {
    const a = parseArticle(
      page([
        'Anna Berger, 02.01.2023, 11:08',
        '7 min read',
        '',
        '[1efc02cfe3][1efc02cfe3]',
        '',
        '© Getty Images/photographer',
        '',
        'Advertisement',
      ]),
    );
    expect(a.title).toBe(TITLE);
    expect(a.text.startsWith(LEDE)).toBe(true);
    // The contents' entries stay out, a question among them too.
    expect(a.text).not.toContain('1.What makes a good wooden toy?');
    expect(a.text).toContain('Babies and toddlers want to touch');
  });

  test("an author photo's alt printed over the byline: the lede opens the body", () => {
    const a = parseArticle(
      page([
        'Anna Berger',
        'Anna Berger, 02.01.2023, 11:08',
        '7 min read',
        '',
        '© Getty Images/photographer',
        '',
        'Advertisement',
      ]),
    );
    expect(a.text.startsWith(LEDE)).toBe(true);
  });
});
