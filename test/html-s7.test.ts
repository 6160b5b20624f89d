/**
 * HTML path, seventh pass: general rules over special cases. Text that only a
 * printer sees (a print header repeating the page's address, a print-only
 * logo line), related-article capsules set inline inside a paragraph, and a
 * last-resort publication date. Every page is written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** English prose paragraphs of about 250 characters, numbered so each can be looked for. */
function para(n: number): string {
  return `<p>Paragraph ${n} of the report: the harbour authority said on Friday that the new ferry terminal, which was delayed twice by storms and once by a dispute over the contract, will open to passengers in the spring, and that fares will not rise this year.</p>`;
}

const PAGE_URL =
  'https://www.harbourcitynews.example.com/news/local/article/Ferry-terminal-to-open-in-spring-after-delays-14848001.php';

/** A news page whose article container holds a box shown only when printing (`class="${cls}"`), above the title or below the text. */
function printPage(cls: string, inside: string, below = false): string {
  const box = `<div class="${cls}">${inside}</div>`;
  return `<!doctype html><html lang="en"><head><title>Ferry terminal to open in spring</title></head><body>
<header><a href="/">Example News</a></header>
<main><div class="article-content">
${below ? '' : box}
<h1>Ferry terminal to open in spring</h1>
${[1, 2, 3, 4].map(para).join('\n')}
${below ? box : ''}
</div></main>
<footer>© 2025 Example News</footer></body></html>`;
}

describe('text shown only when the page is printed', () => {
  const printed = `<p>Printed from Example News, the harbour city's daily paper since 1881. Reprints of this article are available from our archive desk on weekdays.</p>`;
  test.each([
    ['print-header', `<img src="/print-logo.png" alt=""><span>${PAGE_URL}</span>`, false],
    ['print-only', printed, true],
    ['d-none d-print-block', printed, true],
    ['visible-print-block', printed, true],
    ['show-for-print', printed, true],
  ])('a box of class "%s" is not the article', (cls, inside, below) => {
    const a = parseArticle(printPage(cls, inside, below), { format: 'html', url: PAGE_URL });
    expect(a.text).toContain('Paragraph 1 of the report');
    expect(a.text).toContain('Paragraph 4 of the report');
    expect(a.text).not.toContain('Printed from');
    expect(a.text).not.toContain(PAGE_URL);
  });
  test('guard: a print footer below the text (a footer by its class words) is not the article', () => {
    const a = parseArticle(printPage('print-footer', printed, true), {
      format: 'html',
      url: PAGE_URL,
    });
    expect(a.text).toContain('Paragraph 4 of the report');
    expect(a.text).not.toContain('Printed from');
  });
  test.each(['print-edition', 'printable-story', 'blueprint'])(
    'control: a box of class "%s" (not a print-only class) stays in the article',
    (cls) => {
      const a = parseArticle(
        printPage(
          cls,
          '<p>Harbour officials expect the first crossings to run every half hour, and the old pier will stay open for fishing boats until the summer.</p>',
          true,
        ),
        { format: 'html', url: PAGE_URL },
      );
      expect(a.text).toContain('first crossings to run every half hour');
    },
  );
});
