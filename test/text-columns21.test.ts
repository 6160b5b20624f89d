/**
 * The text path on w3m renders of a layout table whose left column is a menu
 * and whose right column is the article (session 21, issue 10). Pages are
 * synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { columnRuns } from '../src/input/columns.js';
import { splitLines } from '../src/input/text-blocks.js';

const TITLE = 'Orchard growers count the cost of the late frost';

/** Paragraphs of an invented article, most shorter than 150 characters (a short-sentence language or style). */
const ARTICLE = [
  'Fruit growers in the Vell valley say a single night of frost in late April destroyed up to half of the blossom on their trees.',
  'The cooperative of Tarnow estimates its losses at four million crowns and has asked the region for help with the cost of new frost fans.',
  '“We lit fires between the rows until dawn, but the cold came down the slope faster than we could move,” said one grower from Ostrava Mill.',
  'Insurers expect a wave of claims this summer, and the agriculture office will send inspectors to the worst-hit farms before the harvest starts.',
];

/** A related-stories box printed under the article, in the same column. */
const RELATED = [
  'More on this topic',
  'Beekeepers warn of a thin honey year after the cold spring',
  'Hives along the river lost most of their foragers in the April storms, the beekeepers’ union said on Monday…',
  'Water board lifts the summer irrigation limits early',
];

const MENU = ['Start', 'Politics', 'Economy', 'Farming', 'Weather', 'Opinion'];

/** Width of the menu's column: the article's lines start at this column. */
const COLUMN = 24;

const right = (text: string): string => `${' '.repeat(COLUMN)}${text}`;
const beside = (left: string, text: string): string => `${left.padEnd(COLUMN)}${text}`;

/**
 * w3m's print of the table: the article's column with a blank line between
 * blocks, and the menu's column, shorter, printed in the middle of the row.
 * Under the menu's lines the article's blank lines show on both sides.
 */
function menuInTheMiddle(): string {
  const [p1, p2, p3, p4] = ARTICLE as [string, string, string, string];
  const [h, t1, d1, t2] = RELATED as [string, string, string, string];
  const [m1, m2, m3, m4, m5, m6] = MENU as [string, string, string, string, string, string];
  return [
    right(TITLE),
    '',
    right(p1),
    '',
    right(p2),
    '',
    right(p3),
    m1,
    m2,
    m3,
    beside(m4, p4),
    m5,
    beside(m6, h),
    '',
    right(t1),
    '',
    right(d1),
    '',
    right(t2),
    '',
    '© 2026 Valley Courier',
    '',
  ].join('\n');
}

/** The menu (five entries) beside the article from the first row, the paragraphs one a line, the last one below the menu. */
function menuBesideAll(): string {
  const rows = [beside(MENU[0] ?? '', TITLE), MENU[1] ?? ''];
  for (const [i, p] of ARTICLE.entries()) {
    const m = i + 2 < 5 ? MENU[i + 2] : undefined;
    rows.push(m === undefined ? right(p) : beside(m, p));
  }
  rows.push('', '© 2026 Valley Courier', '');
  return rows.join('\n');
}

describe('w3m: a menu column left of the article', () => {
  test('menu in the middle of the row: the body is the article, the related box left out', () => {
    const input = menuInTheMiddle();
    const a = parseArticle(input);
    console.log(
      'DBG',
      input,
      JSON.stringify(columnRuns(input, splitLines(input))),
      a.title,
      a.paragraphs.map((p) => p.text),
    );
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs.map((p) => p.text)).toEqual(ARTICLE);
    for (const line of RELATED) expect(a.text).not.toContain(line);
    for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  test('menu beside the whole article: the headline is the title, no menu entry in the body', () => {
    const a = parseArticle(menuBesideAll());
    expect(a.title).toBe(TITLE);
    expect(a.paragraphs.map((p) => p.text)).toEqual(ARTICLE);
  });
});

describe('data tables stay rows', () => {
  test('a catalogue whose rows hold several cells and long descriptions is not read as columns', () => {
    const rows = ['Catalogue of prints', ''];
    rows.push(`${'No  Owner'.padEnd(COLUMN)}Description`);
    for (const [i, p] of ARTICLE.entries()) {
      rows.push(`${`${i + 1}   ${(MENU[i] ?? '').toUpperCase()}`.padEnd(COLUMN)}${p}`);
      rows.push(
        `${`${i + 1}A  ${(MENU[i] ?? '').toUpperCase()}`.padEnd(COLUMN)}Same motif as No. ${i + 1}, without the border.`,
      );
      if (i === 1) rows.push(`${i + 1}B  ${(MENU[i] ?? '').toUpperCase()}`);
    }
    rows.push(
      right(
        'Printed in two colours; the plate was lost in the fire of the printing house and never recut.',
      ),
    );
    const input = rows.join('\n');
    expect(columnRuns(input, splitLines(input))).toEqual([]);
  });
});
