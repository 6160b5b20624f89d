/**
 * A listicle's numbered subheading over a photo's caption (issue 10, session
 * 37, blind round 37's `en-listicle`, Chromium and lynx): Chromium prints a
 * figure's caption closing with its credit right under the subheading, no
 * blank line between (`3. Add a cheap grow light` ⏎ `Clip-on LED lights …
 * Photo: X`). A line with no stop over such a caption was read as the
 * picture's alt text, part of the caption, and dropped with it. A line
 * opening with a list's number is no alt text: like a sentence there, it is
 * the article's (`article/text/body-refiners.ts`, `captionAbove`). The alt
 * text w3m prints over the caption (no number) still goes with it.
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
const url = 'https://www.balconylife.example/balcony/small-balcony-feel-bigger';

describe('a numbered subheading over a credited caption', () => {
  test('the subheading stays, the caption goes', () => {
    const texts = parseArticle(read('numbered-heading-caption.chromium.txt'), {
      url,
    }).paragraphs.map((p) => p.text);
    expect(texts).toContain('2. Paint the back wall a pale colour');
    expect(texts.some((t) => t.includes('Photo: Ines Haldane'))).toBe(false);
    expect(texts.filter((t) => /^\d\. /u.test(t))).toHaveLength(5);
  });

  test('guard: the alt text over the credited caption goes with it', () => {
    const texts = parseArticle(read('numbered-heading-caption.w3m.txt'), { url }).paragraphs.map(
      (p) => p.text,
    );
    expect(texts).toContain('2. Paint the back wall a pale colour');
    expect(texts).not.toContain('Pots of lavender in front of a pale grey wall');
    expect(texts.some((t) => t.includes('Photo: Ines Haldane'))).toBe(false);
  });
});
