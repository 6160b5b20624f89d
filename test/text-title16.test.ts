/**
 * The title of a text page whose deck is printed with no final stop (an `<h2>`
 * subtitle under the `<h1>`), issue 10 point 4. Synthetic pages laid out as
 * Chromium and w3m print the header probe's pages.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

const DECK =
  'The three-year project is meant to double the port capacity and draw new shipping lines to West Africa';

/** Blocks a blank line apart: menu, `header` lines, the four paragraphs. */
const page = (header: string[]): string =>
  `${[MENU.join(' '), ...header, ...PARAGRAPHS].join('\n\n')}\n`;

describe('a deck with no final stop under the headline', () => {
  test('the headline is the title, not the longer deck under it', () => {
    expect(parseArticle(page([TITLE, DECK])).title).toBe(TITLE);
  });

  test('with a byline under the deck', () => {
    expect(parseArticle(page([TITLE, DECK, 'By Amina Saidi'])).title).toBe(TITLE);
  });

  test('with a photo caption between the headline and the deck', () => {
    const caption = 'The container terminal in Tangier. Photo: MAP';
    expect(parseArticle(page([TITLE, caption, DECK])).title).toBe(TITLE);
  });

  test('with the image’s alt text over its caption, as w3m prints a figure', () => {
    const figure = 'The container terminal\nThe container terminal in Tangier. Photo: MAP';
    expect(parseArticle(page([TITLE, figure, DECK])).title).toBe(TITLE);
  });

  test('a kicker over the headline is not taken for it', () => {
    expect(parseArticle(page(['Economy', TITLE, 'By Amina Saidi'])).title).toBe(TITLE);
  });

  test('an interface line over a headline of deck length is not taken for it', () => {
    const long =
      'How the port of Tangier designed its new booking system for the carriers waiting at its gates';
    expect(parseArticle(page(['// Press enter to search', long, 'By Amina Saidi'])).title).toBe(
      long,
    );
  });
});
