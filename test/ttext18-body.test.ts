/**
 * Boxes of other articles closing a text page's body (session 18): headlines
 * listed under a heading over other articles, however long, and teaser units
 * whose headline ends with a quote. Pages are synthetic, written here, laid
 * out as Chromium's `innerText` and w3m print a page.
 */
import { describe, expect, test } from 'vitest';
import { isMoreHeading } from '../src/furniture/teaser-headings.js';
import { parseArticle } from '../src/index.js';

const EN = [
  'The regional council approved on Tuesday a plan to rebuild the coastal road between the two harbours, a project delayed for almost a decade by disputes over its route.',
  'Work is due to start in the spring and should last three years, according to the council, which expects the new road to take heavy lorries off the village streets.',
  'The cost, put at two hundred million euros, will be shared between the region and the state, with a smaller share paid by the port authority for the access ramps.',
  'Residents who had campaigned for a bypass said they were relieved, although several of them asked for noise barriers along the stretch that passes the school.',
];
const EN_TITLE = 'Council approves the rebuilding of the coastal road';
/** The English page's header, as a browser copies it: menu, headline, byline, date. */
const EN_HEADER = ['Home', 'News', EN_TITLE, 'By Tom Hale', 'March 12, 2024'];
const EN_LINKS = [
  'Port authority says the new container terminal at the eastern quay will open two years later than planned after the ruling of the court',
  'Fishermen on the harbour works: “The last boats will leave the old town for good”',
  'Why the coastal villages keep losing their schools, their doctors and their young people to the city and what the region can do about it',
];

describe('headlines listed under a heading over other articles leave the body', () => {
  test('Chromium: `More stories` over long headlines with no sentence end, paragraphs set one line apart', () => {
    const page = [
      'Home',
      'News',
      'Region',
      EN_TITLE,
      'By Tom Hale',
      'March 12, 2024',
      ...EN,
      'More stories',
      ...EN_LINKS,
      '4 comments',
      '© 2024 The Coast Courier',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of EN) expect(a.text).toContain(p);
    for (const h of EN_LINKS) expect(a.text).not.toContain(h);
  });

  test('control: the article going on under a heading and a subheading keeps its prose', () => {
    const page = [
      ...EN_HEADER,
      EN[0],
      EN[1],
      'What happens next for the villages along the coast',
      EN[2],
      EN[3],
      '© 2024 The Coast Courier',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of EN) expect(a.text).toContain(p);
  });
});

describe('headings over other articles, as pages print them', () => {
  test('Spanish `RELACIONADOS:`, Polish `Więcej na ten temat` and `Warte przeczytania`', () => {
    expect(isMoreHeading('RELACIONADOS:')).toBe(true);
    expect(isMoreHeading('Relacionados')).toBe(true);
    expect(isMoreHeading('Więcej na ten temat')).toBe(true);
    expect(isMoreHeading('Warte przeczytania')).toBe(true);
    // A section of the article's own is no such heading.
    expect(isMoreHeading('Los médicos relacionados con el caso')).toBe(false);
  });
});

describe('teaser units whose headline ends with a quote are teasers', () => {
  test('Chromium: `Most read` over units of headline, excerpt, author and date', () => {
    const units = [
      [
        'Mayor on the housing crisis: “We waited too long”',
        'In an interview the mayor explains why the city stopped building social housing twenty years ago and what it will take to start again.',
        'Sara Bell',
        '29.04.2021',
      ],
      [
        'The river that made the town “rich and then poor”',
        'A walk along the old mills with the last families who remember the textile trade and the floods that ended it for good.',
        'Jon Ames',
        '28.04.2021',
      ],
      [
        'Teachers on the new timetable: “It simply does not work”',
        'Schools in the north say the reform leaves pupils with longer days and fewer lessons, and the union wants talks before the summer.',
        'Lee Ward',
        '27.04.2021',
      ],
    ];
    const page = [
      ...EN_HEADER,
      ...EN,
      'Most read',
      ...units.flatMap(([h, e, who, when]) => ['Society', h, e, who, when]),
      '© 2024 The Coast Courier',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of EN) expect(a.text).toContain(p);
    for (const u of units) expect(a.text).not.toContain(u[1]);
  });
});

describe('an embedded post closing the article keeps its attribution', () => {
  test('Chromium: `— Name (@handle) February 17, 2020` under the quoted post', () => {
    const post =
      'Despite the council’s attempts to stop the campaign, the coastal road protest goes on all week: see the programme below.';
    const attribution = '— Coast Road Action (@CoastRoadAction) February 17, 2020';
    const page = [
      ...EN_HEADER,
      '',
      ...EN.flatMap((p) => [p, '']),
      post,
      '',
      attribution,
      '',
      'Tom Hale',
      '',
      'Photo credit: TH / Coast Courier',
      '',
      '© 2024 The Coast Courier',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of EN) expect(a.text).toContain(p);
    expect(a.text).toContain(post);
    expect(a.text).toContain(attribution);
  });
});

describe('teaser units signed one by one leave the body, with no heading over them', () => {
  const DE = [
    'Die Stadtwerke haben am Montag den Bau des neuen Wärmespeichers am Hafen begonnen, der im kommenden Winter rund zwölftausend Haushalte mit Fernwärme versorgen soll.',
    'Nach Angaben des Unternehmens fasst der Speicher mehr als vierzigtausend Kubikmeter heißes Wasser, das aus der Abwärme der benachbarten Müllverbrennungsanlage stammt.',
    'Die Kosten von etwa achtzig Millionen Euro tragen zu einem Drittel Bund und Land, den Rest finanzieren die Stadtwerke über einen Kredit der Förderbank.',
    'Anwohner hatten in einer Versammlung im Frühjahr vor Lärm während der Bauzeit gewarnt; die Stadtwerke sagten zu, nachts und am Wochenende nicht zu arbeiten.',
  ];
  const UNITS = [
    [
      'Urlaub im Wald: Die schönsten Hotels zum Durchatmen',
      'Ob Hütte oder Baumhaus über den Wipfeln: In diesen Hotels in den Bergen kommen Sie zur Ruhe und hören nur noch den Wind.',
      'Von Lea Brandt',
    ],
    [
      'Neues Hotel in den Alpen: Ein Haus für Bergsteiger',
      'Für das neue Haus am Gletscher verband die Architektin skandinavische Schlichtheit mit altem Holz aus den Ställen des Tals.',
      'Von Jonas Weber',
    ],
    [
      'Urlaub in Deutschland: Die schönsten Hotels am Meer',
      'Das Schöne liegt nicht immer in der Ferne. Wir zeigen die besten Hotels an Nord- und Ostsee, von Sylt bis nach Usedom.',
      'Von Mia Hoffmann',
    ],
  ];
  /** A w3m page: the article's header and paragraphs, then `after`, then the footer. */
  const w3mPage = (after: ReadonlyArray<string | undefined>): string =>
    [
      'Startseite  Reisen  Hotels',
      '',
      'Stadtwerke beginnen mit dem Bau des Wärmespeichers am Hafen',
      '',
      'Von Jana Krüger',
      '',
      '12. März 2024',
      '',
      ...DE.flatMap((p) => [p, '']),
      ...after,
      '© 2024 Der Hafenbote',
    ].join('\n');

  test('w3m: kicker, headline, excerpt and `Von X` three times under the article', () => {
    const page = w3mPage(UNITS.flatMap(([h, e, who]) => ['Reisen', h, e, '', who ?? '', '']));
    const a = parseArticle(page);
    for (const p of DE) expect(a.text).toContain(p);
    for (const u of UNITS) expect(a.text).not.toContain(u[1]);
  });

  test('control: an article signed once, at its top, keeps every paragraph', () => {
    const page = w3mPage([]);
    const a = parseArticle(page);
    for (const p of DE) expect(a.text).toContain(p);
  });
});
