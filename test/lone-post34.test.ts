/**
 * A listing's address (a tag page) printing one post in full under no
 * heading, as a feed reader's tag page does, has that post as its one item:
 * its headline over its meta line (closed by a reading time) and a picture's
 * cut text, its first paragraph as the teaser. Teasers printed beside a full
 * post keep being the items. Pages in test/fixtures/lone-post34/.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import {
  feedReaderTag,
  firstPostFull,
  NEXT_UNITS,
  POST_HEADLINE,
  POST_PARAGRAPHS,
} from './fixtures/lone-post34/pages.js';

describe('a tag page printing one post in full under no heading', () => {
  test.each(['https://reader.example.net/?tag/Agadir', 'https://www.example.ma/tag/agadir/'])(
    'has the post as its one item (%s)',
    (url) => {
      const input = feedReaderTag();
      const a = parseArticle(input, { url });
      expect(a.kind).toBe('listing');
      expect(a.items).toHaveLength(1);
      const item = a.items?.[0];
      expect(item?.title).toBe(POST_HEADLINE);
      expect(item?.teaser).toBe(POST_PARAGRAPHS[0]);
      expect(input.slice(item?.start, item?.end).startsWith(POST_HEADLINE)).toBe(true);
      expect(a.title).toBeUndefined();
      expect(a.paragraphs).toEqual([]);
    },
  );
});

describe('where a full post stands beside teaser units', () => {
  test("the units stay the page's items", () => {
    const a = parseArticle(firstPostFull(), { url: 'https://blog.example.ma/tag/souss/' });
    expect(a.kind).toBe('listing');
    const titles = (a.items ?? []).map((it) => it.title);
    for (const [headline] of NEXT_UNITS) expect(titles).toContain(headline);
  });
});
