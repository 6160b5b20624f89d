/**
 * The body of a text page (issue 10, session 22): what the article holds at
 * its edges. Pages are synthetic, written here, laid out as a browser's
 * `innerText` prints a blog post.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const FAREWELL = [
  'more than seven years ago I started this little site and since then I have written a few hundred articles and recorded many videos about computers, phones and the software that runs on them.',
  'But much has changed since then, and I have taken on many new projects. There is simply no time left to keep this site up to date the way it deserves.',
  'So I have decided, with a heavy heart, to close the site. The articles stay online for a while, and the videos remain on the channel for anyone who still needs them.',
];

/** A farewell post written as a letter: a salutation over its first paragraph. */
function letterPost(salutation: string): string {
  return [
    'Home',
    'Archive',
    'About',
    '',
    'Time to say goodbye.',
    '',
    salutation,
    '',
    ...FAREWELL.flatMap((p) => [p, '']),
    'Thanks for all the fish!',
    '',
    'Privacy Policy · Imprint',
  ].join('\n');
}

describe('the line that opens a letter', () => {
  test('a salutation over the first paragraph opens the body', () => {
    const a = parseArticle(letterPost('Dear readers,'));
    expect(a.paragraphs[0]?.text).toBe('Dear readers,');
    for (const p of FAREWELL) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Archive');
  });

  test('a short line with no comma over the first paragraph stays out', () => {
    const a = parseArticle(letterPost('Read in 3 minutes'));
    expect(a.text).not.toContain('Read in 3 minutes');
    expect(a.paragraphs[0]?.text).toBe(FAREWELL[0]);
  });
});
