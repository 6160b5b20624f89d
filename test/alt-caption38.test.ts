/**
 * A picture's caption under its alt text on w3m (issue 10, session 38,
 * blind round 38's `en-recipe`: w3m prints the picture as its alt text,
 * `pear crumble in a blue baking dish`, on the line over its uncredited
 * caption, and both read as paragraphs). A line of small-letter words with no
 * mark, after a blank line, right over a sentence of a caption's length with a
 * blank line under it, is the picture's mark as a `[name]` is
 * (`article/text/marked-captions.ts`): the caption and the alt text leave the
 * body. A paragraph glued under a picture (longer than a caption) stays.
 *
 * Pages are synthetic, written for these tests in test/fixtures/known38/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/known38/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/known38/${name}`] ?? '';

describe('an alt text over its uncredited caption (w3m)', () => {
  const a = parseArticle(read('alt-caption.w3m.txt'), {
    url: 'https://littlegreenkitchen.example/quick-pickled-red-onions/',
  });

  test('the caption and the alt text leave the body; the four paragraphs stay', () => {
    expect(a.title).toBe('Quick Pickled Red Onions');
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'Every summer I keep a jar of p',
      'They take five minutes to make',
      'Slice the onions as thinly as ',
      'Keep the jar closed in the fri',
    ]);
  });
});

describe('guard: a paragraph right under a picture’s alt text', () => {
  const a = parseArticle(read('alt-paragraph.w3m.txt'), {
    url: 'https://littlegreenkitchen.example/fridge-pickled-cucumbers/',
  });

  test('stays in the body', () => {
    const texts = a.paragraphs.map((p) => p.text.slice(0, 30));
    expect(texts).toContain('Pick small, firm cucumbers wit');
    expect(texts).toContain('Pour the cooled brine over the');
  });
});
