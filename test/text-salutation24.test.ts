/**
 * A letter's salutation over the article's first paragraph (`Dear readers,`,
 * `Liebe Leserinnen und Leser,`): a short line, yet the opening of the text
 * (issue 10, the text body's recall). Synthetic pages: menu, headline,
 * salutation, the port story's paragraphs, a sign-off, a footer.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE } from './helpers/port-page.js';

/** Blocks a blank line apart: menu, headline, `header` lines, `line` over the paragraphs, sign-off, footer. */
const page = (line: string, header: string[] = []): string =>
  `${[MENU.join(' '), TITLE, ...header, line, ...PARAGRAPHS, 'Amina', FOOTER.join(' ')].join('\n\n')}\n`;

describe('a salutation over the first paragraph', () => {
  test.each([
    'Dear readers,',
    'Liebe Leserinnen und Leser,',
    'Liebe_r Besucher_in,',
    'Chers lecteurs,',
    'Sehr geehrte Damen und Herren,',
  ])('%s opens the body', (line) => {
    const a = parseArticle(page(line));
    expect(a.paragraphs[0]?.text).toBe(line);
    expect(a.text.startsWith(`${line}\n\n${PARAGRAPHS[0]}`)).toBe(true);
  });

  test.each([
    ['Hallo zusammen!', '12 March 2024'],
    ['Dear readers,', 'By Amina Saidi | 12 March 2024'],
    ['Queridos lectores,', '12 March 2024'],
  ])('%s under a dated header (%s) opens the body', (line, header) => {
    const a = parseArticle(page(line, [header]));
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs[0]?.text).toBe(line);
    expect(a.paragraphs[1]?.text).toBe(PARAGRAPHS[0]);
  });

  test.each(['Liebe Grüße,', 'Beste Grüsse,'])(
    'a sign-off opening with a greeting word (%s) does not',
    (line) => {
      const a = parseArticle(page(line));
      expect(a.paragraphs[0]?.text).toBe(PARAGRAPHS[0]);
    },
  );

  test('a greeting word over a menu line is no salutation (`Hello world: shop now`)', () => {
    const a = parseArticle(page('Hello world: shop now'));
    expect(a.paragraphs[0]?.text).toBe(PARAGRAPHS[0]);
  });

  test('a greeting line with a sentence in it is not taken (`Hi. Sign in,`)', () => {
    const a = parseArticle(page('Hi. Sign in to comment,'));
    expect(a.paragraphs[0]?.text).toBe(PARAGRAPHS[0]);
  });
});
