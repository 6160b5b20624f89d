/**
 * Session 24 (tsh24): a data table in the article body (standings, results,
 * prices) is read row by row, as a browser shows it: each row one paragraph
 * with all its cells, single digits included. Synthetic pages written for
 * these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const URL = 'https://www.example.org/sport/2026/league-standings.html';
const html = (page: string): ReturnType<typeof parseArticle> =>
  parseArticle(page, { format: 'html', url: URL });

const INTRO =
  'The league table after the last round of the season, with the points, wins and podiums of every rider who scored this year. The top ten keep their places for the opening race next spring, and the organisers will publish the new calendar in January.';
const OUTRO =
  'Riders who finish outside the top twenty must qualify again through the regional series, which starts in March and runs over eight weekends across the north of the country.';

const ROWS: ReadonlyArray<readonly string[]> = [
  ['1', 'Anna Berg', '4120', '5', '1', '9'],
  ['2', 'Luis Moreno', '4095', '3', '0', '7'],
  ['3', 'Kenji Sato', '3980', '2', '4', '8'],
  ['4', 'Marie Dubois', '2210', '0', '0', '3'],
];

/** An article whose body holds a standings table: a header row of `<th>`, then one `<tr>` a rider. */
function standingsPage(): string {
  const head =
    '<tr><th>Pos.</th><th>Rider</th><th>Points</th><th>Wins</th><th>Poles</th><th>Top 5</th></tr>';
  const rows = ROWS.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('\n')}</tr>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Standings</title></head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <article><h1>League standings</h1>
  <div class="entry-content">
  <p>${INTRO}</p>
  <table><tbody>${head}
  ${rows}</tbody></table>
  <p>${OUTRO}</p>
  </div></article>
  <footer><p>Copyright 2026 Example Media</p></footer></body></html>`;
}

describe('a data table in the body', () => {
  test('each row is one paragraph holding all its cells, in order', () => {
    const a = html(standingsPage());
    const texts = a.paragraphs.map((p) => p.text);
    for (const r of ROWS) expect(texts).toContain(r.join(' '));
    expect(texts).toContain('Pos. Rider Points Wins Poles Top 5');
  });

  test('single-digit cells are kept: the text reads the whole row', () => {
    const a = html(standingsPage());
    expect(a.text).toContain('2 Luis Moreno 4095 3 0 7');
    expect(a.text).toContain(INTRO);
    expect(a.text).toContain(OUTRO);
  });

  test("a row's span runs from its first cell's text to its last cell's", () => {
    const page = standingsPage();
    const a = html(page);
    const row = a.paragraphs.find((p) => p.text === ROWS[0]?.join(' '));
    expect(row).toBeDefined();
    const source = page.slice(row?.start, row?.end);
    expect(source.startsWith('1</td>')).toBe(true);
    expect(source.endsWith('<td>9')).toBe(true);
  });

  test('control: a layout table whose cells hold paragraphs keeps them one by one', () => {
    const page = `<!doctype html><html lang="en"><head><title>Old page</title></head><body>
    <table><tr><td><h1>League standings</h1><p>${INTRO}</p><p>${OUTRO}</p></td></tr></table></body></html>`;
    const a = html(page);
    expect(a.paragraphs.map((p) => p.text)).toEqual([INTRO, OUTRO]);
  });

  test("a row whose cell describes the entry (a player's line of stats) is one paragraph too", () => {
    const note =
      '4 tackles, 1 assist (5 combined), 1 sack, 1 interception, 1 pass defended and a forced fumble in the fourth quarter.';
    const page = `<!doctype html><html lang="en"><head><title>Snap counts</title></head><body>
    <article><h1>Snap counts</h1><div class="entry-content"><p>${INTRO}</p>
    <table><tr><td>S Jo Brandt</td><td>42</td><td>57%</td><td>${note}</td></tr>
    <tr><td>LB Tom Ives</td><td>35</td><td>47%</td><td>3 tackles.</td></tr></table>
    <p>${OUTRO}</p></div></article></body></html>`;
    const a = html(page);
    expect(a.paragraphs.map((p) => p.text)).toContain(`S Jo Brandt 42 57% ${note}`);
  });

  test('control: a layout row whose cell is a whole text stays apart from its neighbour', () => {
    const long = `${INTRO} ${OUTRO}`;
    const page = `<!doctype html><html lang="en"><head><title>Old page</title></head><body>
    <h1>League standings</h1>
    <table><tr><td>Archive</td><td>${long}</td></tr></table></body></html>`;
    const a = html(page);
    expect(a.paragraphs.map((p) => p.text)).toContain(long);
  });
});
