/**
 * A picture's `Pin it` button printed on its alt text's line (issue 10,
 * session 38, blind round 38's known failure: an English travel blog post,
 * w3m and lynx). w3m glues the button's label to the alt text
 * (`… on a kitchen shelfPin it`), lynx prints it after a space: the line is
 * the picture's furniture, not a paragraph (`furniture/interface.ts`). A
 * sentence closing on the words after its comma stays.
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
const URL = 'https://crumbandkettle.example/2025/01/19/sourdough-starter-busy-week/';

describe.each(['w3m', 'lynx'])('the alt text and its `Pin it` button on one line (%s)', (r) => {
  const a = parseArticle(read(`pin-glued.${r}.txt`), { url: URL });

  test('the line leaves the body, the four paragraphs stay', () => {
    expect(a.title).toBe('How I Keep a Sourdough Starter Alive on a Busy Week');
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'A sourdough starter does not n',
      'Before it goes in, I feed it w',
      'On Saturday, take it out first',
      'If a grey liquid sits on top a',
    ]);
    expect(a.text).not.toContain('Pin it');
  });
});

describe('guard: a sentence closing on `Pin it` after its comma', () => {
  const a = parseArticle(read('pin-sentence.w3m.txt'), {
    url: 'https://corkboardcorner.example/2025/03/08/a-corkboard-that-gets-used/',
  });

  test('stays in the body', () => {
    expect(a.paragraphs.map((p) => p.text)).toContain('When a note matters this week, Pin it');
    expect(a.paragraphs).toHaveLength(4);
  });
});
