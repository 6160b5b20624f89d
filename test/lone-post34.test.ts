/**
 * A listing's address (a tag page) printing one post in full under no
 * heading, as a feed reader's tag page does, has that post as its one item:
 * its headline over its meta line (closed by a reading time) and a picture's
 * cut text, its first paragraph as the teaser. A blog's latest post printed
 * in full over the next posts' teasers is the first item, the teasers the
 * next ones. Pages in test/fixtures/lone-post34/.
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

describe("a blog tag page printing its latest post in full over the next posts' teasers", () => {
  const a = parseArticle(firstPostFull(), { url: 'https://blog.example.ma/tag/souss/' });

  test('the full post is the first item, signed and dated by its byline', () => {
    expect(a.kind).toBe('listing');
    const first = a.items?.[0];
    expect(first?.title).toBe(POST_HEADLINE);
    expect(first?.teaser).toBe(POST_PARAGRAPHS[0]);
    expect(first?.author).toBe('Samira Alaoui');
    expect(first?.publishedAt?.slice(0, 10)).toBe('2025-03-15');
  });

  test('the teaser units are the next items, and no paragraph of the post is one', () => {
    expect((a.items ?? []).map((it) => it.title)).toEqual([
      POST_HEADLINE,
      ...NEXT_UNITS.map(([headline]) => headline),
    ]);
  });
});
