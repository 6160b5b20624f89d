/**
 * A page whose menu holds a paragraph (a login box's blurb) before the article:
 * the headline, its date line and its lede printed together under the menu are
 * the article's header, though a box of short lines (a table of results) parts
 * the lede from the longer run of text below. The headline is the title, not a
 * subheading of the run, and the lede opens the text.
 * A name over the date line is no headline (a guard: it held before as well).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BLURB =
  'Your member area is the place for your account, your orders and your saved searches. Sign in to see your bookings and manage your newsletters and the rest.';
const MENU = [
  'Accept cookies',
  'Search',
  'Login',
  'My Account',
  'Sign in Register',
  BLURB,
  'My Account',
  ...Array.from({ length: 12 }, (_, i) => `Section ${String.fromCharCode(65 + i)}`),
  'Tests',
  'Tests',
  'Bicycles',
  'Bicycles',
  'Touring bikes tested',
  'Helmets tested',
];
const TITLE = 'Twelve touring bikes in the test: three of them fail';
const DATE = '14.03.2019';
const LEDE =
  'Twelve touring bikes went through the workshop this spring for brakes, frame stiffness, lights and the weight a rider has to carry upstairs. Here are the results.';
const TABLE = [
  'Model',
  'Price',
  'Grade',
  'Roadster One',
  '900 €',
  '1.8',
  'Trail Comfort',
  '1,100 €',
  '2.1',
  'City Voyager',
  '750 €',
  '4.6',
  'Rambler Light',
  '820 €',
  '4.9',
  'Harbour Cruiser',
  '980 €',
  '2.4',
];
const SUB = 'Brakes that fade on a long descent';
const BODY = [
  'Three of the bikes lost most of their braking force after a long descent with a loaded rear rack. The testers repeated the run twice to be sure of it, with the same result each time.',
  'The other nine kept their brakes within the margin the standard allows. Two of them stood out for lights that stay on for minutes after the bike has stopped at a crossing.',
  'Buyers should ride a bike with the load they mean to carry before they pay for it, and ask the shop to adjust the brakes to that weight before they leave with it.',
];

function page(head: readonly string[]): string {
  return [...MENU, ...head, ...TABLE, SUB, ...BODY, 'Contact', 'Imprint'].join('\n\n');
}

describe('a dated headline under a menu that holds a paragraph', () => {
  test('the headline over its date line and lede is the title, the lede opens the text', () => {
    const a = parseArticle(page([TITLE, DATE, LEDE]));
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs[0]?.text).toBe(LEDE);
    expect(a.paragraphs.map((p) => p.text)).toContain(BODY[2]);
    expect(a.paragraphs.map((p) => p.text)).not.toContain(BLURB);
  });

  test('a name over the date line is no headline', () => {
    const a = parseArticle(page(['Written by Anna Berger', DATE, LEDE]));
    expect(a.title).not.toBe('Written by Anna Berger');
  });
});
