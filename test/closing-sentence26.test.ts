/**
 * The body's end on a text page (issue 10, session 26): a short sentence
 * closing the article right under its last paragraph (`We will keep you
 * posted.`, `Die Abstimmung ist im Mai.`) is the article's last line, though
 * it is shorter than a paragraph; a label (`Share this article`), a question
 * to the reader (`Was this helpful?`) or a few words with no sentence in them
 * still end the body. Pages are synthetic, written here, laid out as a
 * browser's `innerText` prints them.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const PARAGRAPHS = [
  'The town council met on Tuesday evening to discuss the future of the old market hall, which has stood empty since the last traders moved out three years ago. More than two hundred residents came to hear the plans.',
  'The architects proposed to keep the iron roof and the brick walls, and to fill the hall with small workshops, a café and a room for concerts. The cost would be shared between the town and a regional fund.',
  'Several residents asked whether the hall could also hold the weekly farmers’ market in winter. The mayor said the council would vote on the plans at its next meeting, at the end of the month.',
];

/** A local paper's article: its paragraphs, the `closing` lines under them, then a box of other articles and the footer. */
function localPage(closing: readonly string[]): string {
  return [
    'Valley Courier',
    'Local news',
    'A new life for the old market hall',
    'March 4, 2024',
    '',
    ...PARAGRAPHS.flatMap((p) => [p, '']),
    ...closing,
    '',
    'Related articles',
    'Bridge works to start in May',
    'School choir wins regional prize',
    'New bus line to the hospital',
    '',
    '© 2024 Valley Courier',
  ].join('\n');
}

describe('a short sentence closing the article', () => {
  test.each([
    'We will keep you posted.',
    'See you all there on Monday!',
    'Die Abstimmung ist im Mai.',
  ])('`%s` is the body’s last paragraph', (closing) => {
    const input = localPage([closing]);
    const a = parseArticle(input);
    for (const p of PARAGRAPHS) expect(a.text).toContain(p);
    const last = a.paragraphs.at(-1);
    expect(last?.text).toBe(closing);
    expect(last && input.slice(last.start, last.end)).toBe(closing);
    expect(a.text).not.toContain('Bridge works to start in May');
  });

  test('a label under the closing sentence still ends the body', () => {
    const a = parseArticle(localPage(['We will keep you posted.', 'Share this article']));
    expect(a.paragraphs.at(-1)?.text).toBe('We will keep you posted.');
    expect(a.text).not.toContain('Share this article');
  });
});

describe('guard: short lines that are no closing sentence', () => {
  test.each([
    'Share this article',
    'Was this helpful?',
    'Ana Ruiz, Valley Radio News.',
    'Spenden Sie an den Förderkreis e.V.',
  ])('`%s` stays out of the body', (closing) => {
    const a = parseArticle(localPage([closing]));
    expect(a.paragraphs.at(-1)?.text).toBe(PARAGRAPHS[2]);
    expect(a.text).not.toContain(closing);
  });
});
