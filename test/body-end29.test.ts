/**
 * The body's end (issue 10, the text body's recall): a letter's sign-off
 * (`Thanks in advance`, `Liebe Grüße`, `Cordialement`) under the last full
 * paragraph is the writer's closing line, not the site's, and the text that
 * follows it (a post's later edit) goes on the body. Synthetic pages built
 * on the invented port story.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

/** Blocks a blank line apart: menu, headline, byline, the paragraphs, `after`, footer. */
const page = (after: string[]): string =>
  `${[MENU.join(' '), TITLE, 'By Karim Benali', ...PARAGRAPHS, ...after, FOOTER.join(' ')].join('\n\n')}\n`;

/** A short paragraph written after the post (an edit), shorter than a full paragraph. */
const EDIT = 'EDIT: Thanks to all of you for the answers, they gave me a lot to read.';

describe('a sign-off under the last paragraph', () => {
  test.each(['Thanks in advance', 'Liebe Grüße', 'Cordialement,', 'Best regards,', 'Saludos!'])(
    '%s stays, and the edit under it too',
    (line) => {
      const a = parseArticle(page([line, EDIT]));
      expect(a.paragraphs.map((p) => p.text)).toEqual([...PARAGRAPHS, line, EDIT]);
    },
  );

  test('the name signing under it ends the body', () => {
    const a = parseArticle(page(['Liebe Grüße', 'Amina', EDIT]));
    expect(a.paragraphs.map((p) => p.text)).toEqual([...PARAGRAPHS, 'Liebe Grüße']);
  });

  test('a menu line under the last paragraph still ends the body', () => {
    const a = parseArticle(page(['Share this story', EDIT]));
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });
});
