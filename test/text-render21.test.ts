/**
 * The text path on w3m and lynx renders (session 21, issue 10): layouts and
 * scripts where a render's lines do not follow the article's reading order.
 * Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import { foldLineBreaks, parseArticle } from '../src/index.js';
import { columnRuns } from '../src/input/columns.js';
import { splitLines } from '../src/input/text-blocks.js';

/** Paragraphs of an invented article, each long enough to be printed on one line of a wide cell. */
const ARTICLE = [
  'The harbour authority of Port Amsel announced on Tuesday that the northern quay will close for eight months while engineers replace the crumbling sea wall that protected it for more than a century.',
  'According to the authority, ferries to the islands will berth at the southern terminal during the works, and the timetable published last spring stays valid, with two extra crossings on summer weekends.',
  '“We know the closure is a burden for the fishermen, and we have set aside moorings for them at the old coal pier,” said the authority’s director, adding that compensation would be paid for lost days.',
  'Residents of the quarter behind the quay have complained for years about flooding during winter storms, when waves broke over the wall and filled the cellars of the houses along the promenade.',
  'The new wall will be two metres higher than the old one and built of concrete faced with the grey granite that gave the harbour its look, a choice the town council insisted on after a public hearing.',
];

/** Sidebar lines of other stories, printed to the right of the article. */
const SIDEBAR = [
  '--------------------',
  'Latest news',
  '--------------------',
  '*Tram line to the airport opens in May',
  '*Library reopens after a year of repairs',
  '*Storm warning lifted for the coast',
  '*Council votes on the new budget',
  '*Marathon route changes this year',
];

/** Width of the sidebar's column: w3m pads every row of a table to the table's width. */
const SIDE_WIDTH = 44;

/**
 * A w3m print of a two-column layout table: each article paragraph on the
 * left, one a line, the sidebar from column `column` on the right, its lines
 * beside the paragraphs and alone on the lines between them; the article's
 * column is the longer one.
 */
function sideBySide(column: number): string {
  const rows: string[] = [
    'Port Amsel Gazette',
    '',
    'Home   Local   Sport   Culture',
    '',
    'Northern quay to close for eight months',
    'March 3, 2026',
    '',
  ];
  let s = 0;
  for (const [i, p] of ARTICLE.entries()) {
    const side = SIDEBAR[s++] ?? '';
    rows.push(`${p.padEnd(column)}${side.padEnd(SIDE_WIDTH)}`);
    rows.push(`${' '.repeat(column)}${(SIDEBAR[s++] ?? '').padEnd(SIDE_WIDTH)}`);
    if (i === 0) rows.push(`${' '.repeat(column)}${(SIDEBAR[s++] ?? '').padEnd(SIDE_WIDTH)}`);
  }
  rows.push('', 'Contact   Imprint   Privacy', '');
  return rows.join('\n');
}

describe('w3m: an article column with a sidebar printed beside it', () => {
  const input = sideBySide(210);
  const a = parseArticle(input);

  test('the body is the article, paragraph by paragraph, no sidebar line inside', () => {
    expect(a.paragraphs.map((p) => p.text)).toEqual(ARTICLE);
    for (const line of SIDEBAR.slice(1)) expect(a.text).not.toContain(line.replace('*', ''));
  });

  test('each paragraph still slices back from the input', () => {
    for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
  });

  test('the headline is the title', () => {
    expect(a.title).toBe('Northern quay to close for eight months');
  });
});

describe('two columns told by their shape', () => {
  test('the run and its column are found', () => {
    const input = sideBySide(210);
    const runs = columnRuns(input, splitLines(input));
    expect(runs).toHaveLength(1);
    expect(runs[0]?.column).toBe(210);
  });

  test('a table of labels and values (short cells, rows a blank line apart) is no pair of columns', () => {
    const rows: string[] = [];
    for (let i = 0; i < 6; i++) {
      rows.push(`${`Setting ${i}`.padEnd(40)}* On`, `${' '.repeat(40)}* Off`);
      rows.push(`${' '.repeat(40)}* Auto`, '');
    }
    const input = rows.join('\n');
    expect(columnRuns(input, splitLines(input))).toEqual([]);
  });
});

/** Paragraphs of an invented Japanese article: no spaces between words. */
const JA = [
  '港町アムゼルでは毎年三月の第一週末に、春の訪れを祝う灯籠祭りが開かれる。今年は例年より多くの観光客が訪れ、商店街の店主たちは朝早くから準備に追われていた。祭りの実行委員会によると、来場者数は三日間で五万人を超える見込みだという。',
  '灯籠は地元の小学生や高齢者施設の利用者が一つずつ手作りしたもので、その数はおよそ二千個にのぼる。夕暮れとともに岸壁沿いの遊歩道に並べられ、海面に映る柔らかな光が訪れた人々の目を楽しませた。',
  '実行委員長は「天候にも恵まれ、子どもから年配の方まで多くの人に楽しんでもらえた。来年は会場を旧市街の広場まで広げ、さらに多くの灯籠を飾りたい」と話していた。',
];

/** Where lynx cuts a Chinese or Japanese line: near one width, a character more or less, wherever that falls. */
const CUTS = [38, 36, 39, 37, 40, 35];

/** A paragraph cut as lynx wraps Chinese and Japanese, each line indented. */
function cutAnywhere(text: string): string[] {
  const lines: string[] = [];
  for (let i = 0, k = 0; i < text.length; k++) {
    const width = CUTS[k % CUTS.length] ?? 38;
    lines.push(`   ${text.slice(i, i + width)}`);
    i += width;
  }
  return lines;
}

describe('lynx: Japanese paragraphs cut anywhere at a fixed width', () => {
  const input = [
    '   港町アムゼルで灯籠祭り、三日間で五万人の人出',
    '',
    '   2026年3月3日',
    '',
    ...JA.flatMap((p) => [...cutAnywhere(p), '']),
  ].join('\n');
  const a = parseArticle(input);

  test('each paragraph reads as written, no space where a line was cut', () => {
    expect(a.paragraphs.map((p) => p.text)).toEqual(JA);
  });

  test('a paragraph still folds back from its span', () => {
    for (const p of a.paragraphs) expect(foldLineBreaks(input.slice(p.start, p.end))).toBe(p.text);
  });

  test('a line break between Latin words, or a Latin and a Japanese one, stays a space', () => {
    expect(foldLineBreaks('脱獄すれば、App\n   Storeにない')).toBe('脱獄すれば、App Storeにない');
    expect(foldLineBreaks('iPhone\n   を販売')).toBe('iPhone を販売');
    expect(foldLineBreaks('品質であ\n   ることを')).toBe('品質であることを');
  });
});
