import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectOneAuthor } from './helpers/checks.js';

const BODY = [
  '',
  'The harbour reopened on Monday after a week of repairs to the outer wall, the port authority said in a statement.',
  '',
  'Fishing boats were the first to leave, and the ferry to the islands resumes its timetable on Wednesday morning.',
  '',
];

const page = (...header: string[]) => ['Home', 'News', ...header, ...BODY].join('\n');

describe('a name with a middle initial (`Jane M. Doe`, `J.K. Rowling`)', () => {
  test.each([
    ['March 3, 2020 by Jane M. Doe', 'Jane M. Doe'],
    ['Posted on March 3, 2020 by Omar B. Haddad', 'Omar B. Haddad'],
    ['Tuesday 15 October 2019 by J.K. Larsen', 'J.K. Larsen'],
  ])('`%s` signs', (line, name) => {
    const text = page('Harbour reopens after the storm', line);
    const a = parseArticle(text);
    expectOneAuthor(text, a, name);
    expect(a.title).toBe('Harbour reopens after the storm');
  });

  test('a name alone with an initial, over the headline, is no title', () => {
    const text = page('Jane M. Doe', 'Harbour reopens after the storm', '3 March 2020');
    const a = parseArticle(text);
    expect(a.title).toBe('Harbour reopens after the storm');
  });

  test('guard: a dot that is no initial keeps a line from being a name', () => {
    const text = page(
      'Harbour reopens after the storm',
      'March 3, 2020 by Jane Doe. Updated daily',
    );
    expect(parseArticle(text).authors).not.toContain('Jane Doe. Updated daily');
  });
});
