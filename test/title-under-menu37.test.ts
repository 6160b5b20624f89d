/**
 * A menu's line taken for the title over the headline it names (issue 10,
 * session 37, blind round 37g: a Q&A page on Chromium, the French Q&A test
 * page on w3m). A line of nine words or more with no stop under a shorter
 * line is read as that line's deck, so the menu's line (`Questions Tags
 * Utilisateurs Poser une question Connexion`) became the title over the
 * question. The address's slug spells the question, but the slug's check
 * never looked at the line right under the title chosen (its deck). Where the
 * title chosen spells none of the slug's words and the line right under it
 * spells all of them, that line is the headline (`article/text/slug-title.ts`).
 * A deck spelling only part of the slug under a headline stays the deck.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body37g/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body37g/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body37g/${name}`] ?? '';

describe('a menu line over the headline the address spells', () => {
  test('the headline under the menu line is the title', () => {
    const a = parseArticle(read('qa-answers.w3m.txt'), {
      url: 'https://www.jardin-entraide.example/questions/4471/pourquoi-les-feuilles-de-mes-tomates-s-enroulent-elles-en-juillet',
    });
    expect(a.title).toBe("Pourquoi les feuilles de mes tomates s'enroulent-elles en juillet ?");
  });

  test('guard: a deck spelling part of the slug under the headline stays the deck', () => {
    const a = parseArticle(read('slug-deck-partial.chromium.txt'), {
      url: 'https://www.literaturblatt.example/romane/fischerdorf-ostsee-roman-stille-rezension',
    });
    expect(a.title).toBe('Wo das Meer nicht mehr ruft');
  });
});
