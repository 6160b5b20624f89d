/**
 * A short quote set alone on its line with its speaker's words on the next
 * (`“People thought we would never see it again,”` ⏎ `said the skipper, Owen
 * Tregarth.`): the article's sentence, broken over two paragraphs. In a lynx
 * dump whose subheadings stand at the margin, every paragraph is set further
 * in than the least indented one, and such a quote, closing with no stop,
 * read as a pull quote's display line and left the body (`dropPullQuotes`,
 * article/text/pull-quotes.ts). A quotation whose sentence goes on (it closes
 * with a comma, or the paragraph under it opens in lower case) is no display
 * line. Guard: a pull quote set further in, over a paragraph that opens a
 * sentence, still leaves. Synthetic pages in test/fixtures/body40/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const read = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'body40', name), 'utf8');

describe("a quote over its speaker's line", () => {
  test('a ferry story (lynx): both quotes stay, each over its speaker', () => {
    const body = parseArticle(read('harbour-quotes.lynx.txt'), {
      url: 'https://www.westcliff-herald.example/news/westcliff/ferry-service-returns-after-two-winters',
    }).paragraphs.map((p) => p.text);
    expect(body.slice(2, 4)).toEqual([
      '“People thought we would never see it again,”',
      'said the skipper, Owen Tregarth.',
    ]);
    expect(body.slice(7, 9)).toEqual([
      '“We did this without a penny from anyone else”',
      'she told the crowd on the slipway.',
    ]);
    expect(body).toHaveLength(10);
  });

  test("guard: a pull quote's display line over a paragraph opening a sentence still leaves", () => {
    const a = parseArticle(read('pull-quote.lynx.txt'), {
      url: 'https://www.westcliff-herald.example/news/westcliff/estuary-oyster-beds-reopen-to-harvesting',
    });
    expect(a.text).not.toContain('The river decides when we open');
    expect(a.paragraphs.map((p) => p.text.slice(0, 30))).toEqual([
      'Oyster farmers on the Westclif',
      'The beds were closed last summ',
      'Farmer Jory Pascoe said the cl',
      'Testing goes on',
      'The water company has promised',
    ]);
  });
});
