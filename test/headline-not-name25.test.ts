import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

// A blog's sidebar ends over the post: a title-cased headline opening with a preposition, then the dated byline.
const page = (headline: string) =>
  [
    'Home',
    'About',
    'software',
    'talks',
    'Powered by',
    'An old fork of a static site generator for this blog',
    headline,
    '',
    'Tuesday 15 October 2019 by Jane M. Doe',
    '',
    'The last month has been unusually difficult for the project and for me personally. Friends have been writing and calling about it ever since the news broke.',
    '',
    'I have spent that time listening, and I will say more about what I heard and what we will change in the weeks ahead, here and at the meetings.',
    '',
  ].join('\n');

describe('a title-cased headline opening with a preposition or question word is no name', () => {
  test.each(['On Recent Controversial Events', 'About Recent Events', 'What Happens Next'])(
    '`%s` over the dated byline is the title, not an author',
    (headline) => {
      const a = parseArticle(page(headline));
      expect(a.authors).not.toContain(headline);
      expect(a.title).toBe(headline);
    },
  );

  test('guard: a name alone between the headline and its date line still signs', () => {
    const text = [
      'Harbour reopens after the storm',
      'Jane Doe',
      '15 October 2019',
      '',
      'The harbour reopened on Monday after a week of repairs to the outer wall, the port authority said in a statement.',
      '',
      'Fishing boats were the first to leave, and the ferry to the islands resumes its timetable on Wednesday morning.',
      '',
    ].join('\n');
    expect(parseArticle(text).authors).toEqual(['Jane Doe']);
  });
});
