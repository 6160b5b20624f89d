/**
 * A menu's line taken for the title over the headline the address spells
 * (issue 10, session 37, blind round 37g's `de-produkttest`, all three
 * renderers): `Rasen Werkzeug Bewässerung Grillen Ratgeber` ⏎ `Akku-Rasenmäher
 * Test 2025: …` ⏎ byline. The headline, longer, was read as the menu line's
 * deck. The address's slug check (`article/text/slug-title.ts`) replaces a
 * title under which a line spells all of the slug only when the title spells
 * none of it; here the address's section (`/rasen/`) is one of the menu's
 * words. Now the article's own slug (the last segment, the section left out)
 * is compared too: a title spelling the section's word but none of the
 * article's own slug (a menu's line) gives way to a line right under it
 * spelling all of that slug. A title spelling none of the address at all keeps
 * its deck (a review's headline over the book it names, text-slug-title23),
 * and so does a headline spelling part of the slug.
 *
 * Pages are synthetic, written for these tests in test/fixtures/known37/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/known37/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/known37/${name}`] ?? '';

describe('a menu line naming the section over the headline', () => {
  test('the headline spelling the article’s slug is the title', () => {
    const a = parseArticle(read('menu-over-slug-headline.chromium.txt'), {
      url: 'https://www.werkstattfreund.example/bohren/akku-bohrschrauber-vergleich/',
    });
    expect(a.title).toBe('Akku-Bohrschrauber Vergleich 2025: Die 6 besten Geräte für Heimwerker');
    expect(a.authors).toEqual(['Sabine Kreutzer']);
  });

  test('guard: a headline spelling part of the slug keeps the deck spelling all of it under it', () => {
    const a = parseArticle(read('menu-over-slug-headline-guard.chromium.txt'), {
      url: 'https://www.gartenzeit.example/balkon/balkon-kraeuter-ueberwintern',
    });
    expect(a.title).toBe('Kräuter gut durch die kalte Jahreszeit bringen');
  });
});
