/**
 * The body of a text page (issue 10): pages whose article text the body's
 * choice lost to a box or a line around it. Pages are synthetic, written
 * here, laid out as Chromium's `innerText` prints a news page (blocks a
 * blank line apart).
 */
import { describe, expect, test } from 'vitest';
import { foldLineBreaks, parseArticle } from '../src/index.js';
import { MENU, PARAGRAPHS, TITLE as PORT_TITLE, wrap } from './helpers/port-page.js';

const LEDE =
  'After the armed group announced its strike, some of the people living in the old quarter of the city were afraid to leave their homes, and many shops stayed shut.';
const SECOND =
  'The colonel in charge of the city police came to the quarter and said that more officers, among them the special operations group and the criminal investigation teams, were now patrolling its streets by day and by night.';
const THIRD =
  '"The police are here to support, to reinforce and to go along with every activity of daily life, not only with the patrols that are in the area every day," the officer said.';
const FOURTH =
  "The colonel added that the city's security cameras and drones help to keep the quarter safe, and that at the time of writing public transport was running as on any other day.";
const TITLE = 'Police say all is calm in the old quarter after the strike call';

describe('a box of teasers over the menu ends at the article’s header', () => {
  // The site's menu opens with a teaser heading (`LATEST NEWS`); the article's standfirst stands over its byline.
  const page = [
    'LATEST NEWS',
    'CITY',
    'REGION',
    'COUNTRY',
    'WORLD',
    'POLITICS',
    'SPORT',
    'ECONOMY',
    'MORE',
    'SEARCH',
    'CITY NEWS',
    TITLE,
    'Several shopkeepers in this part of the city closed their shops after the announcement of the armed strike.',
    'By Juliet Moreno',
    '5 May 2022, 6:12 pm',
    'Pictures taken from a video',
    LEDE,
    'More officers in the old quarter',
    SECOND,
    'Read also',
    'Missing dog found in the city park',
    THIRD,
    FOURTH,
    'Tags: police, strike',
    'LATEST STORIES',
    'Deportations rise sharply in the first quarter',
    'Inflation reached nine per cent in April',
  ].join('\n\n');

  test('the paragraphs between the byline and a related link are the article’s, not teasers’ excerpts', () => {
    const a = parseArticle(page);
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Juliet Moreno']);
    for (const p of [LEDE, SECOND, THIRD, FOURTH]) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Missing dog found');
    expect(a.text).not.toContain('Deportations rise');
  });
});

describe('a line lynx joined to the paragraph above it for want of a blank line', () => {
  const W = (t: string): string[] => wrap(t, 76, '   ');
  // Its last printed line is long: the stamp's first word would not have fitted, so the wrapper joins the two.
  const LAST =
    'The authority said it would publish a detailed report on waiting times before the end of the month and would meet the main carriers in September to discuss what else could be done to shorten the queues of lorries.';
  const CAPTION =
    'Cranes unload a container ship at the eastern terminal of the port of Tangier, which reopened in the spring after two years of repairs.';
  const CREDIT = 'Photograph by Karim Benali, Port Authority';
  const STAMP = 'Published: 03.04.2020, 12:35';
  const page = [
    ...MENU.map((m) => `   * ${m}`),
    '',
    `                    ${PORT_TITLE}`,
    '',
    ...W(PARAGRAPHS[0] ?? ''),
    '',
    ...W(CAPTION),
    `   ${CREDIT}`,
    '',
    ...W(PARAGRAPHS[1] ?? ''),
    '',
    ...W(PARAGRAPHS[2] ?? ''),
    '',
    ...W(LAST),
    `   ${STAMP}`,
    '   12 comments',
    '',
    '   About us',
    '   Contact',
    '   © 2025 Example Media. All rights reserved.',
    '',
  ].join('\n');

  test('the layout is the one meant: the stamp’s line follows a full line', () => {
    expect(W(LAST).at(-1)?.length).toBeGreaterThan(70);
  });

  test('a publication stamp under the last paragraph is cut off it', () => {
    const a = parseArticle(page);
    const last = a.paragraphs.at(-1);
    expect(last?.text).toBe(LAST);
    expect(a.text).not.toContain('Published');
    expect(last && foldLineBreaks(page.slice(last.start, last.end))).toBe(LAST);
  });

  test('a caption closed by its photo credit leaves the body', () => {
    const a = parseArticle(page);
    expect(a.text).not.toContain('Cranes unload');
    expect(a.text).not.toContain(CREDIT);
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      PARAGRAPHS[2],
      LAST,
    ]);
  });

  test('the same lines a blank line apart, or in a page one line per block, read as before', () => {
    const spaced = page.replace(`\n   ${STAMP}`, `\n\n   ${STAMP}`);
    expect(parseArticle(spaced).paragraphs.at(-1)?.text).toBe(LAST);
    const flat = [...MENU, PORT_TITLE, PARAGRAPHS[0], PARAGRAPHS[1], `${LAST} ${STAMP}`].join(
      '\n\n',
    );
    expect(parseArticle(flat).paragraphs.at(-1)?.text).toBe(`${LAST} ${STAMP}`);
  });
});

describe('an archive widget’s entries closed by their counts', () => {
  const MONTHS = [
    'December',
    'November',
    'October',
    'September',
    'August',
    'July',
    'June',
    'May',
    'April',
    'March',
    'February',
    'January',
  ];
  const archive: string[] = [];
  for (let y = 2020; y >= 2015; y--)
    for (const m of MONTHS) archive.push(`${m} ${y}  (${((y * 7 + m.length) % 9) + 1})`);
  const FIRST =
    'takes place this year for the sixth time. Children aged six to twelve can take part.';
  const SECOND =
    'Draw a poster with the motto of this year and send it to the club house by the third of April.';
  // A short post on a blog: under it the search box and the archive by month, no heading between.
  const page = [
    'Harbour Log',
    'Home',
    'About',
    'Contact',
    'Keep our harbour clean!',
    'The drawing contest for children',
    FIRST,
    SECOND,
    'Categories: News',
    'Search the log',
    'Select month',
    ...archive,
    'Imprint   Privacy',
  ].join('\n');

  test('are no body text, however many months the list holds', () => {
    const a = parseArticle(page);
    expect(a.text).toContain(FIRST);
    expect(a.text).toContain(SECOND);
    expect(a.text).not.toContain('2020  (');
    expect(a.text).not.toContain('Select month');
  });

  test('a sentence closing with a bracketed number stays text', () => {
    const text = `${SECOND} The club counted its members again (412)`;
    expect(parseArticle([...page.split('\n').slice(0, 7), text].join('\n')).text).toContain(text);
  });
});

describe('a layout table’s row printed by w3m, three cells side by side', () => {
  // Each cell padded to its column's width: the row's length is mostly spaces.
  const row = (cells: string[]): string =>
    cells
      .map((c) => c.padEnd(70))
      .join('')
      .trimEnd();
  const grid: string[] = [];
  for (const n of [1, 2, 3, 4]) {
    grid.push(row([`[photo_port_${n}a]`, `[photo_port_${n}b]`, `[photo_port_${n}c]`]), '');
    grid.push(row(['See more, read all', 'See more, read all', 'See more, read all']), '');
    grid.push(row(['03/05/2022, Region', '03/05/2022, Region', '03/05/2022, Region']), '');
  }
  const page = [
    '  * Home',
    '  * World',
    '  * Business',
    '',
    PORT_TITLE,
    '',
    PARAGRAPHS[0],
    '',
    PARAGRAPHS[1],
    '',
    'Latest from the region',
    '',
    ...grid,
    'About us   Contact   Privacy',
    '',
  ].join('\n');

  test('weighs its text, not its padding: the grid of teasers stays out of the body', () => {
    const a = parseArticle(page);
    expect(a.paragraphs.map((p) => p.text)).toEqual([PARAGRAPHS[0], PARAGRAPHS[1]]);
    expect(a.text).not.toContain('See more');
  });

  test('a paragraph with one run of spaces inside is weighed as before', () => {
    const spaced = `${PARAGRAPHS[2]}${' '.repeat(12)}${PARAGRAPHS[3]}`;
    const a = parseArticle([PORT_TITLE, '', PARAGRAPHS[0], '', spaced, ''].join('\n'));
    expect(a.paragraphs.map((p) => p.text)).toEqual([PARAGRAPHS[0], spaced]);
  });
});
