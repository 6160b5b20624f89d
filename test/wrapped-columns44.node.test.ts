/**
 * Pages laid out in a table (a story beside a menu or a sidebar) as text
 * browsers print them at their usual width: elinks, links2 and w3m write the
 * cells side by side, each cell's text wrapped to the cell, the gap before the
 * right column shrinking to one space where a left line fills its cell. Read
 * line by line, the story's lines carry the sidebar's headlines and no
 * paragraph was joined (session 43: a few benchmark pages at 0). The pages of
 * test/fixtures/tcols44/ were written for this test and rendered with
 * `elinks -dump`, `links2 -dump`, `w3m -dump` and `lynx -dump` (which prints a
 * table's cells one under the other): the story's paragraphs come back whole,
 * the sidebar's and the menu's lines apart from them, each paragraph's span
 * opening and closing where its text does. A data table of figures and an
 * indented verse inside a story stay as they were printed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { columnView } from '../src/input/column-view.js';
import { splitLines } from '../src/input/text-blocks.js';
import { wrappedColumnRuns } from '../src/input/wrapped-columns.js';

const dir = 'test/fixtures/tcols44';
const read = (name: string): string => readFileSync(`${dir}/${name}`, 'utf8');
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const SIDE_BY_SIDE = ['elinks', 'links2', 'w3m'] as const;

/** Each page: the title, phrases of the story that run over several printed lines, and lines of the other columns. */
const PAGES = [
  {
    page: 'story-left',
    title: 'Port strike ends after nine days',
    story: [
      'Dock workers at the eastern terminal returned to their cranes on Thursday morning after union leaders and the port authority signed an agreement',
      'Shipping lines expect the backlog to clear within a week, although the harbour master warned that berths would remain crowded',
    ],
    beside: ['Council approves new tram', 'Bakers warn of flour', 'Latest news'],
  },
  {
    page: 'menu-left',
    title: 'Notre histoire',
    story: [
      'Le club a été fondé au printemps 1984 par une poignée de cyclistes du village qui se retrouvaient chaque dimanche matin',
      'nous comptons plus de quatre-vingts membres de tous âges, et nos sorties partent toujours du même endroit',
    ],
    beside: ['Accueil', 'Adhésion', 'Galerie'],
  },
  {
    page: 'sidebar-left',
    title: undefined,
    story: [
      'Après des années de départs vers les métropoles, plusieurs villes moyennes voient de nouveau arriver des familles',
      "Les élus interrogés par la revue estiment que l'avenir de ces villes se jouera sur le logement ancien",
    ],
    beside: ['Politiques urbaines', 'troisième trimestre', '6,50 euros'],
  },
  {
    page: 'three-columns',
    title: 'Rains return to the valley',
    story: [
      'Farmers in the upper valley welcomed the first heavy rain in four months on Monday, as storms filled the reservoirs',
      'Forecasters expect more showers through the week, with the heaviest falls on the western slopes',
    ],
    beside: ['Farming', 'Letters', 'Most read', 'Bridge repairs', 'New mayor sworn in'],
  },
  {
    page: 'ar-story',
    title: 'افتتاح سوق جديد للفلاحين في المدينة',
    story: [
      'افتتحت البلدية صباح الأحد سوقا جديدا للفلاحين في الحي الشرقي، يتيح لصغار المنتجين بيع الخضر والفواكه',
      'وعبر عدد من السكان عن ارتياحهم لانخفاض الأسعار مقارنة بالسوق المركزي',
    ],
    beside: ['الأكثر قراءة', 'تأجيل امتحانات', 'فريق المدينة'],
  },
];

describe('a story printed beside a menu or a sidebar, each column wrapped', () => {
  for (const { page, title, story, beside } of PAGES)
    for (const renderer of SIDE_BY_SIDE) {
      const text = read(`${page}.${renderer}.txt`);
      test(`${page} (${renderer}): the story's paragraphs whole, nothing of the other columns`, () => {
        const article = parseArticle(text);
        if (title !== undefined) expect(article.title).toBe(title);
        const body = squash(article.text);
        for (const phrase of story) expect(body).toContain(phrase);
        for (const line of beside) expect(body).not.toContain(line);
      });
      test(`${page} (${renderer}): each paragraph's span opens and closes on its text`, () => {
        const { paragraphs } = parseArticle(text);
        expect(paragraphs.length).toBeGreaterThan(0);
        for (const p of paragraphs) {
          const words = p.text.split(' ');
          expect(text.slice(p.start).startsWith(words[0] ?? '')).toBe(true);
          expect(text.slice(0, p.end).endsWith(words[words.length - 1] ?? '')).toBe(true);
        }
      });
    }

  test('lynx prints the cells one under the other: no columns are read', () => {
    for (const { page } of PAGES) {
      const text = read(`${page}.lynx.txt`);
      expect(columnView(text, splitLines(text))).toBeUndefined();
    }
  });
});

describe('never read as columns', () => {
  test('a data table of figures and an indented verse inside the story, every renderer', () => {
    for (const renderer of [...SIDE_BY_SIDE, 'lynx']) {
      const text = read(`data-table.${renderer}.txt`);
      expect(columnView(text, splitLines(text))).toBeUndefined();
      const body = squash(parseArticle(text).text);
      expect(body).toContain('Northern exchange 212 per tonne 231 per tonne +9 %');
    }
  });

  const runsOf = (text: string) => wrappedColumnRuns(text, splitLines(text));

  test('justified prose, its widened spaces falling at one offset on every line', () => {
    const justified = [
      '   Auf  der  untersten Ebene sind die   für     andere    Programme    und',
      '   Lizenzen  für Suchmaschinen lesbar   Dienste.   In  der  Ebene  darüber',
      '   und  in  der  nächst höheren Ebene   folgt    der    juristische   Text',
      '   werden  sie  mit  Symbolen gezeigt   in   über  sechzig  Sprachen,  die',
      '   und  erlauben  eine  Verständigung   alle   gleich   gelten   und   die',
      '   ohne  Kenntnisse  des  Rechts über   jeder    lesen   kann,   der   sie',
      '   alle  Grenzen  der Sprachen hinaus   verwenden   möchte,  ohne  Anwalt.',
    ].join('\n');
    expect(runsOf(justified)).toEqual([]);
  });

  test('a list whose items stand two spaces after their bullet', () => {
    const list = [
      '   The protocol defines four requests on a document or a folder:',
      '',
      '       *  GET a document: retrieve its content type, current version,',
      '          and contents',
      '',
      '       *  PUT a document: store a new version, its content type, and',
      '          contents, conditional on the current version',
      '',
      '       *  DELETE a document: remove it from the storage, conditional on',
      '          the current version',
      '',
      '       *  HEAD a folder or document: like GET, but omitting the response',
      '          body',
    ].join('\n');
    expect(runsOf(list)).toEqual([]);
  });

  test('a table of options, defaults and what they do, a cell on each side on every row', () => {
    const table = [
      '   Schedules are written in the schedule section of the file. Each option',
      '   below can also be set from the command line for a single run.',
      '',
      '     Option   Default                What it does',
      '   at         02:00   Time of day the backup starts',
      '   days       all     Weekdays to run on',
      '   keep       14      Number of snapshots kept',
      '   on_battery false   Whether a laptop on battery runs the backup',
    ].join('\n');
    expect(runsOf(table)).toEqual([]);
  });

  test('a table of options and their values, each value a list item', () => {
    const options = [
      '         Injuries',
      '                                                    • On',
      '   With this setting turned on, you open your       • Off',
      '   players up to the possibility of being injured',
      '   during a game.',
      '         Offsides                                   • On',
      '                                                    • Off',
      '   Determine whether or not you want the offside',
      '   rule to apply in every match you play.',
      '         Bookings',
      '                                                    • On',
      '   With this setting off, players will never be     • Off',
      '   given a yellow or red card after a foul.',
      '         Handball',
      '                                                    • On',
      '   Choose whether you would like handballs to be    • Off',
      '   called as fouls by the referee of the match.',
    ].join('\n');
    expect(runsOf(options)).toEqual([]);
  });
});
