/**
 * Session 34's speed work, output identical: a gallery's size is folded only
 * when the line may open with a digit once folded, and a block's wall answer
 * (isWall) is kept per block. Synthetic text only.
 */
import { describe, expect, test } from 'vitest';
import { isWall } from '../src/article/text/body-region.js';
import { newTextDoc } from '../src/article/text/doc.js';
import { parseArticle } from '../src/index.js';
import { splitLines, textBlocks } from '../src/input/text-blocks.js';
import { GALLERIES, indexPage } from './fixtures/media33/pages.js';

const titles = (input: string) => (parseArticle(input).items ?? []).map((it) => it.title);

describe('gallery sizes: lines that cannot fold to a digit first are not folded', () => {
  test('sizes written in full-width digits (`２１ photos`) still fold to a gallery size', () => {
    const wide = GALLERIES.map(
      ([h, size]) =>
        [h, size.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))] as const,
    );
    expect(titles(indexPage(wide, false))).toEqual(GALLERIES.map(([h]) => h));
  });

  test('a size after a word (`Photos: 21`) is no gallery size: no listing', () => {
    const worded = GALLERIES.map(([h, size]) => [h, `Photos: ${size.split(' ')[0]}`] as const);
    expect(parseArticle(indexPage(worded, false)).kind).not.toBe('listing');
  });
});

/** A short article with a comment thread and a rights line under it. */
const PAGE = [
  'Harbour works begin in Essaouira',
  '',
  'The port authority opened the first of three new quays on Monday, after two years of works that kept the fishing fleet at the old jetty.',
  '',
  'Fishermen said the new berths would let the larger boats unload without waiting for the tide, which until now cost them half a day each week.',
  '',
  '3 Comments',
  '',
  'Leave a comment',
  '',
  '© 2026 Coastal Herald. All rights reserved.',
].join('\n');

describe('isWall: the answer kept per block', () => {
  const open = () => {
    const blocks = textBlocks(PAGE, splitLines(PAGE));
    return newTextDoc(PAGE, blocks);
  };

  test('asked twice, every block gets the answer a fresh document gives', () => {
    const fresh = open();
    const once = fresh.blocks.map((b) => isWall(fresh, b));
    const doc = open();
    for (const b of doc.blocks) isWall(doc, b);
    expect(doc.blocks.map((b) => isWall(doc, b))).toEqual(once);
    // The comment heading, the comment form's prompt and the rights line are walls; the title and the prose are not.
    expect(once).toEqual([false, false, false, true, true, true]);
  });

  test('a block given the footer role later is a wall from then on', () => {
    const doc = open();
    const first = doc.blocks[1];
    if (!first) throw new Error('no second block');
    expect(isWall(doc, first)).toBe(false);
    doc.roles.set(first.index, 'footer');
    expect(isWall(doc, first)).toBe(true);
  });
});
