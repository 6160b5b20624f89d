/**
 * A pull quote no paragraph repeats (issue 10): a display line set between
 * two paragraphs. w3m and lynx print a `<blockquote>` further in than the
 * body; a browser's copy keeps no margins. Synthetic pages.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, MENU, PARAGRAPHS, TITLE, wrap } from './helpers/port-page.js';

const PULL = '“Congestion at the gates costs the carriers more than the cranes save”';
const [P1, P2, P3, P4] = PARAGRAPHS as [string, string, string, string];

/** w3m's layout: one line a block, a blank line between, the body flush left; `quote` between the second and third paragraphs. */
const w3m = (quote: string): string =>
  `${[...MENU, TITLE, 'By Amina Saidi', P1, P2, quote, P3, P4, ...FOOTER].join('\n\n')}\n`;

/** lynx's layout: the body wrapped at 76 columns three spaces in, `quote` (already laid out) between the second and third paragraphs. */
const lynx = (quote: string[]): string =>
  `${[
    ...MENU,
    `   ${TITLE}`,
    '   By Amina Saidi',
    ...[P1, P2].map((p) => wrap(p, 76, '   ').join('\n')),
    quote.join('\n'),
    ...[P3, P4].map((p) => wrap(p, 76, '   ').join('\n')),
    ...FOOTER,
  ].join('\n\n')}\n`;

describe('a pull quote set in as a block quotation', () => {
  test('w3m: the indented display line with no stop leaves the body', () => {
    const a = parseArticle(w3m(`    ${PULL}`));
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('lynx: wrapped further in than the body, it leaves the body', () => {
    const long =
      '“Congestion at the gates costs the carriers far more every day than the new cranes will ever save”';
    const a = parseArticle(lynx(wrap(long, 76, '     ')));
    expect(a.text).not.toContain('cranes will ever save');
    expect(a.paragraphs).toHaveLength(4);
  });

  test('flush with the body (a browser’s copy, or a quoted subheading), it stays', () => {
    const a = parseArticle(w3m(PULL));
    expect(a.text).toContain(PULL);
  });

  test('a quoted sentence closed by its stop, set in, is the article’s quotation and stays', () => {
    const sentence = '“Congestion at the gates costs the carriers more than the cranes save.”';
    const a = parseArticle(w3m(`    ${sentence}`));
    expect(a.text).toContain(sentence);
  });
});
