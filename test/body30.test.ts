/**
 * The text body's shapes of session 30 (issue 10, the trafilatura body), on
 * synthetic pages each printed as Chromium and w3m print them
 * (test/fixtures/body30): a shop box between the paragraphs (the product's
 * name, its price and a button to buy it) leaves the body as one unit; a list
 * the article's last sentence introduces comes in with it; pictures between
 * the paragraphs, each caption printed twice by w3m (its alt text over it),
 * part the article no more than they do on Chromium.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body30/*', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The fixture `name` as read from the folder. */
const fixture = (name: string): string => {
  const text = files[`./fixtures/body30/${name}`];
  if (text === undefined) throw new Error(`missing fixture ${name}`);
  return text;
};

const gold = (page: string): string[] =>
  (JSON.parse(fixture(`${page}.gold.json`)) as { paragraphs: string[] }).paragraphs;

describe.each(['chromium', 'w3m'])('as %s prints it', (renderer) => {
  test.each(['shop-de', 'shop-en'])('%s: the shop box leaves the body whole', (page) => {
    const a = parseArticle(fixture(`${page}.${renderer}.txt`));
    expect(a.kind).toBe('article');
    expect(a.paragraphs.map((p) => p.text)).toEqual(gold(page));
  });

  test('pictures-de: four pictures between the paragraphs are no gap in the article', () => {
    const a = parseArticle(fixture(`pictures-de.${renderer}.txt`));
    expect(a.paragraphs.map((p) => p.text)).toEqual(gold('pictures-de'));
  });

  test.each(['list-end', 'list-fr'])(
    '%s: the list under the last sentence is the body’s',
    (page) => {
      const a = parseArticle(fixture(`${page}.${renderer}.txt`));
      expect(a.paragraphs.map((p) => p.text)).toEqual(gold(page));
    },
  );
});

/** Blocks a blank line apart: menu, headline, byline, two paragraphs, `lines` (one block), two paragraphs, footer. */
const page = (lines: string[]): string =>
  `${[
    'Home\nReviews\nDeals',
    'The best budget headphones of the year',
    'By Tom Baker',
    'Good headphones no longer cost a fortune. We spent a month listening to twenty pairs on the bus, in the office and on long runs, and the best of them now sound as good as the flagship models did.',
    'Our favourite pair fits snugly, lasts a whole working day on one charge and cancels the noise of a busy street well enough to hear a podcast at low volume.',
    lines.join('\n'),
    'If you mostly listen at home, a wired pair is still the better buy. It never needs charging, it sounds clearer for the money, and it will keep working for years.',
    'Whatever you choose, try the fit before anything else: a pair that does not sit well in your ears will neither sound good nor block out noise.',
    'About us\nContact\n© 2024 Example Reviews',
  ].join('\n\n')}\n`;

describe('what is no shop box', () => {
  test.each([
    ['€ 24.95', 'Acheter'],
    ['59,- EUR', 'Jetzt kaufen'],
    ['£19.99', 'Shop now'],
  ])('a price written %s over %s takes the product’s name with it', (price, button) => {
    const a = parseArticle(page(['Studio Cans 300', price, button]));
    expect(a.paragraphs).toHaveLength(4);
    expect(a.text).not.toContain('Studio Cans 300');
  });

  test('a subheading over a price with no button stays', () => {
    const a = parseArticle(page(['Studio Cans 300', '$79.00', 'In the box']));
    expect(a.text).toContain('Studio Cans 300');
  });

  test('a sentence naming a price stays', () => {
    const line = 'The Studio Cans 300 cost $79.00 and come with a case.';
    const a = parseArticle(page([line, 'Buy now']));
    expect(a.text).toContain(line);
  });
});
