/**
 * The hex id a blog platform appends to a post's address
 * (`…/your-standups-are-too-long-9b3e0c7d21fa`; issue 10, session 38, blind
 * round 38b: a Medium-style post, Chromium and w3m). The id counted as one of
 * the slug's words, so the headline spelling all the others held too few of
 * them to win over the author's line `Name · Follow` taken for the title. Eight
 * hex digits or more with a digit and a letter among them are an id, no word
 * (`slugWords`, `article/text/page-title.ts`); words of the letters a–f alone
 * (`decade`, `facade`) and words with a digit that are no hex (`covid19`)
 * stay.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body38b/.
 */
import { describe, expect, test } from 'vitest';
import { slugWords } from '../src/article/text/page-title.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body38b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body38b/${name}`] ?? '';

describe('a post whose address ends with a hex id (Chromium)', () => {
  const a = parseArticle(read('medium-id.chromium.txt'), {
    url: 'https://medium.example/team-notes/your-standups-are-too-long-9b3e0c7d21fa',
  });

  test('the headline the address spells is the title', () => {
    expect(a.title).toBe('Your Standups Are Too Long');
  });

  test('the body is the post’s', () => {
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'Every team I have joined had t',
      'The fix was not a new format. ',
      'What changed',
      'Within a month the standup was',
    ]);
  });
});

describe('guard: words are no ids', () => {
  test('letters a–f alone and a word with a digit stay slug words', () => {
    const words = slugWords('https://news.example/health/covid19-decade-facade-9b3e0c7d21fa');
    expect([...words].sort()).toEqual(['covid19', 'decade', 'facade', 'health']);
  });
});
