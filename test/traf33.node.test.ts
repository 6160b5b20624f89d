/**
 * Shop boxes inside an article's text (issue 10, session 33).
 *
 * A fashion or lifestyle article sets products between its sections, each as
 * a shop box: a label, the product's name, its brand, its price and a button
 * (`Zum Shop`). w3m prints each box in five lines or more, so three boxes in a
 * row make a stretch of a dozen lines with no prose, which used to end the
 * body there and leave the article's later sections out. A shop box is a box
 * inside the text, no gap: the body goes on under it (and the boxes' lines
 * stay out of it). Lines of the same shape without a price are no shop box,
 * and still part the body from what follows.
 *
 * Pages are synthetic, written for these tests in test/fixtures/traf33/, laid
 * out as `w3m -dump` prints them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'traf33');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

describe('shop boxes between an article’s sections', () => {
  test('the body goes on under three shop boxes in a row', () => {
    const a = parseArticle(read('shop-boxes.w3m.txt'));
    expect(a.title).toBe('Loafer mit Profil: So tragen wir den Schuh der Saison');
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts[0]).toMatch(/^Lange galt der Loafer als Schuh für den Herrenclub/);
    expect(texts).toContain('Die Pflege: So bleibt das Leder lange schön');
    expect(texts.at(-1)).toMatch(/^Die Profilsohle selbst ist robust/);
    expect(texts).toHaveLength(7);
    // The boxes' lines are no paragraphs of the article.
    for (const t of texts) expect(t).not.toMatch(/€|Zum Shop|Affiliatelink|^Kessler/);
  });

  test('the same lines with no price are no shop box: the body still ends above them', () => {
    const a = parseArticle(read('no-price.w3m.txt'));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts[0]).toMatch(/^Lange galt der Loafer als Schuh für den Herrenclub/);
    expect(texts.at(-1)).toMatch(/^Damit der Look nicht zu streng wird/);
    expect(texts).toHaveLength(4);
  });
});
