/**
 * `elinks -dump` closes the page with its list of links as lynx does, but in
 * its own shape: `References`, `Visible links` and `Hidden links` with no
 * colon, a link's title printed in place of its address (`  12. Example
 * Media – News, Business and Sport from Tangier and the North`, or a
 * category's description written as sentences), and a long
 * address carried onto a line opening with a tab. Those lines are as wide as
 * the titles and addresses, not the wrap: measured with the page's, they
 * pushed the wrap width past 90 columns, no paragraph was joined and the body
 * came back as single broken lines (the benchmarks' pages rendered by elinks:
 * body F1 0.70 / 0.76 against 0.95 / 0.91 for lynx). The list is the
 * renderer's, not the page's: no body, no listing.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { FOOTER, PARAGRAPHS, TITLE, wrap } from './helpers/port-page.js';

/** Links' titles as elinks prints them in the list: a site's name, a category's description written as sentences. */
const TITLED = [
  'Example Media – News, Business and Sport from Tangier and the North of Morocco',
  'Reports on the ports of the Strait of Gibraltar, the carriers that call there and the logistics zones behind them, updated every weekday.',
  'Everything our reporters have written about the new container terminal since its construction began, from the first tender to the opening.',
];

/** The list of links elinks prints under the page: titled entries, addresses, one carried onto a tab-led line. */
function linkList(from: number): string[] {
  const lines = ['References', '', '   Visible links'];
  let n = from;
  for (let k = 0; k < 30; k++) {
    const title = TITLED[k % TITLED.length] ?? '';
    lines.push(
      `  ${String(n++).padStart(3)}. ${k % 2 === 0 ? title : `https://www.example-media.test/section/${k}/index.html`}`,
    );
  }
  lines.push(
    `  ${String(n++).padStart(3)}. https://www.example-media.test/share?url=https%3A%2F%2Fwww.example-media.test%2Fports%2F`,
    '\thttps://www.example-media.test/tracking/click?campaign=newsletter-footer&placement=bottom',
    '',
    '   Hidden links:',
    `  ${String(n++).padStart(3)}. https://www.example-media.test/`,
  );
  return lines;
}

const PAGE = [
  '   Link: [1]canonical',
  '',
  '     • [2]Home',
  '     • [3]World',
  '     • [4]Business',
  '',
  TITLE,
  '',
  ...PARAGRAPHS.flatMap((p) => [...wrap(p, 77, '   '), '']),
  ...FOOTER.map((line, k) => `   [${5 + k}]${line}`),
  '',
  ...linkList(1),
].join('\n');

describe("elinks's list of links under the page", () => {
  test('the wrap is measured on the page: each paragraph comes back whole', () => {
    const a = parseArticle(PAGE);
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test("none of the list's lines is body text, even right under the story's last paragraph", () => {
    const a = parseArticle(PAGE.replace(/ {3}\[\d+\][^\n]*\n/gu, ''));
    expect(a.text).not.toContain('Visible links');
    expect(a.text).not.toContain('example-media.test');
  });
});
