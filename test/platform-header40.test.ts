/**
 * A blogging platform's post header (`<name> · Follow`, `Published in <publication> · 6 min read · <date>`): the
 * author's line gives the author, never the title, and the publication's name stops at the post's meta separator.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const BODY = [
  'Last spring our team shipped a release every Friday afternoon, and every Monday began with a list of things that broke over the weekend.',
  'We moved the release to Tuesday morning, when everyone who wrote the code is at a desk and awake, and the Monday list went away within a month.',
  'Nothing else changed: the same people, the same tests and the same checklist, only the day of the week and the hour.',
];

function page(authorLine: string, creditLine: string): string {
  return [
    'Medium Write Sign up Sign in',
    '',
    'Ship on Tuesdays',
    '',
    'Why the day of a release matters more than its checklist',
    '',
    'Lena Ortiz',
    authorLine,
    creditLine,
    '',
    '310 12 Listen Share',
    '',
    ...BODY.flatMap((p) => [p, '']),
    'Releases Engineering',
    '',
  ].join('\n');
}

const URL = 'https://blog.example/field-notes/ship-on-tuesdays-9c1d2e3f4a5b';

describe('a platform post header', () => {
  test('the name over its follow button is the author, and its line is no title', () => {
    const input = page(
      'Lena Ortiz · Follow',
      'Published in Field Notes · 4 min read · Apr 2, 2025',
    );
    const a = parseArticle(input);
    expect(a.title).not.toBe('Lena Ortiz · Follow');
    expect(a.authors).toEqual(['Lena Ortiz']);
    const span = a.spans.authors[0];
    expect(span && input.slice(span.start, span.end)).toBe('Lena Ortiz');
  });
  test('lynx marks the button; the author is read the same', () => {
    const a = parseArticle(
      page('Lena Ortiz · (BUTTON) Follow', 'Published in Field Notes · 4 min read · Apr 2, 2025'),
      { url: URL },
    );
    expect(a.title).toBe('Ship on Tuesdays');
    expect(a.authors).toEqual(['Lena Ortiz']);
  });
  test('the publication’s name stops at the meta separator', () => {
    const input = page(
      'Lena Ortiz · Follow',
      'Published in Field Notes · 4 min read · Apr 2, 2025',
    );
    const a = parseArticle(input, { url: URL });
    expect(a.source?.name).toBe('Field Notes');
    const span = a.spans.source;
    expect(span && input.slice(span.start, span.end)).toBe('Field Notes');
  });
  test('guard: a follow button after a sentence is no byline', () => {
    const a = parseArticle(
      page(
        'Read more from this writer · Follow',
        'Published in Field Notes · 4 min read · Apr 2, 2025',
      ),
      { url: URL },
    );
    expect(a.authors).toEqual([]);
  });
});
