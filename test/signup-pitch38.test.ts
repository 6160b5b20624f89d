/**
 * A newsletter platform's sign-up box with no heading between a post's
 * sections (issue 10, session 38, blind round 38b: a Substack-style post, all
 * three renders): `X is a reader-supported publication. To receive new posts
 * and support my work, consider becoming a free or paid subscriber.` ⏎
 * `Subscribe`. A newsletter box was found from its form's line up to a
 * heading naming a newsletter or a sign-up, and this box has none. A
 * sentence naming the subscription right over a form's line that ends with a
 * sign-up button now goes with it (`isSignUpPitch`,
 * `furniture/newsletter.ts`; `article/text/body-boxes.ts`). A sentence of the
 * post naming subscribers with no form under it stays.
 *
 * Pages are synthetic, written for these tests in test/fixtures/body38b/.
 */
import { describe, expect, test } from 'vitest';
import { isSignUpPitch } from '../src/furniture/newsletter.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/body38b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const read = (name: string) => files[`./fixtures/body38b/${name}`] ?? '';

describe('a sign-up box with no heading between a newsletter post’s sections (Chromium)', () => {
  const a = parseArticle(read('signup-pitch.chromium.txt'), {
    url: 'https://fieldnotesonpay.substack.example/p/why-nobody-reads-the-salary-bands',
  });

  test('the pitches and their buttons leave; the post’s sections stay', () => {
    expect(a.title).toBe('Why nobody reads the salary bands');
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'Since the start of the year, e',
      'I asked forty people who chang',
      'The band is a ceiling',
      'Several of the people I spoke ',
      'One recruiter told me the band',
      'Next month I will look at the ',
    ]);
  });
});

describe('guard: a sentence naming subscribers with no form under it stays (Chromium)', () => {
  const a = parseArticle(read('subscriber-sentence.chromium.txt'), {
    url: 'https://fieldnotesonpay.substack.example/p/what-the-streaming-price-rises-tell-us',
  });

  test('the post’s paragraphs all stay', () => {
    expect(a.title).toBe('What the streaming price rises tell us');
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'Three of the big streaming ser',
      'The services say they lost few',
      'That number is why the prices ',
      'Next month I will look at whic',
    ]);
  });
});

describe('guard: only a sign-up button under the pitch', () => {
  test('a byline naming the author’s newsletter over a `(BUTTON) Comments` line is no pitch', () => {
    const byline = 'By Ana Ruiz, a senior editor and author of the Weekly Wire newsletter.';
    expect(isSignUpPitch(byline, 'Jun 7, 2023, 8:54 PM UTC| (BUTTON) Comments')).toBe(false);
    expect(isSignUpPitch(byline, '____________________ (BUTTON) Subscribe')).toBe(true);
  });
});
