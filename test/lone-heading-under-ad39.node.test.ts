/**
 * A subheading under a word of furniture between two kept paragraphs
 * (`Anzeige` ⏎ `Behandlung`, Chromium printing the ad's label glued over the
 * heading), and a recipe card's method heading under an ad's label between
 * the last ingredient and the first step (`Advertisement` ⏎ `Method`): the
 * article's own headings (`keepLoneHeadings`, article/text/lone-headings.ts).
 * Guard: a button's word under the label (`Anzeige` ⏎ `Teilen`) stays out.
 * Synthetic pages in test/fixtures/body39/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'body39', name), 'utf8');

describe('a lone heading under an ad label between kept blocks', () => {
  test('a health guide (Chromium): `Behandlung` under `Anzeige` is a subheading; `Teilen` is not', () => {
    const a = parseArticle(read('ratgeber-ad.chromium.txt'), {
      url: 'https://www.gesundheit-kompakt.example/ratgeber/sodbrennen',
    });
    const body = a.paragraphs.map((p) => p.text);
    expect(body.map((t) => t.slice(0, 20))).toEqual([
      'Sodbrennen entsteht,',
      'Ursachen',
      'Häufige Auslöser sin',
      'Behandlung',
      'Oft helfen schon kle',
      'Wer länger als zwei ',
    ]);
    expect(a.text).not.toContain('Anzeige');
    expect(a.text).not.toContain('Teilen');
  });

  test("a recipe (w3m): the method's heading under `Advertisement` is the card's", () => {
    const a = parseArticle(read('recipe-ad.w3m.txt'), {
      url: 'https://www.nanskitchen.example/recipes/lemon-drizzle-traybake',
    });
    const body = a.paragraphs.map((p) => p.text);
    expect(body).toContain('Method');
    expect(body).toContain('4 large eggs');
    expect(body.at(-1)).toBe('4. Mix the lemon juice with sugar and pour it over the warm cake.');
    expect(a.text).not.toContain('Advertisement');
  });
});
