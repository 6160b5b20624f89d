/**
 * The body of a text page (issue 10, session 19): pages whose article text
 * the body's choice lost to a box printed around it. Pages are synthetic,
 * written here, laid out as w3m prints a news page (`w3m -dump`: a layout
 * table's cells side by side, each padded to its column's width).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

/** Cells printed side by side as w3m pads a layout table's columns. */
function row(...cells: string[]): string {
  return cells
    .map((c) => c.padEnd(48))
    .join('          ')
    .trimEnd();
}

const TITLE = 'The harbour board approves the new ferry terminal';
const ARTICLE = [
  'The harbour board approved on Tuesday the plans for a new ferry terminal on the eastern quay, after two years of talks with the shipping companies and the residents of the old town.',
  'The terminal will hold two berths for the island ferries and a waiting hall for four hundred passengers, and the board expects the first ships to call there in the spring of next year.',
  'Residents had asked for a new road to the quay so that the trucks would no longer cross the old town, and the board said that the city would open it before the terminal is finished.',
];

/** One section of a front-page grid: pictures, excerpts, buttons, dates, then the four headlines. */
function gridSection(n: number): string[] {
  return [
    '-'.repeat(200),
    `Section ${n}`,
    '',
    row(`[photo_${n}_a]`, `[photo_${n}_b]`, `[photo_${n}_c]`, `[photo_${n}_d]`),
    `The mayor opened market hall number ${n} on Monday morning in front of many people from...`,
    row('See more', 'See more', 'See more', 'See more'),
    row('03/05/2022', '03/05/2022', '03/05/2022', '03/05/2022'),
    row(
      `Mayor opens market hall number ${n} in the old town`,
      `River rises ${n} metres after a night of heavy rain`,
      `School choir wins the regional singing contest for the ${n}th time`,
      `Council votes for longer opening hours in library number ${n}`,
    ),
    '',
  ];
}

describe('w3m: a row of headlines side by side is no paragraph', () => {
  const page = [
    'Home',
    '  * News',
    '  * Sport',
    '  * Culture',
    '',
    TITLE,
    '',
    'Published on 03/05/2022 at 22:03',
    '',
    ...ARTICLE.flatMap((p) => [p, '']),
    '0',
    'Rate this story',
    '',
    '-'.repeat(200),
    'City guide',
    '',
    'Doctors',
    'Restaurants',
    'Shops',
    'Hotels',
    'Services',
    'Events',
    'Cinemas',
    'Museums',
    'Parking',
    'Taxis',
    'Weather',
    '',
    ...[1, 2, 3, 4, 5].flatMap(gridSection),
    'Contact | Imprint',
  ].join('\n');

  test('the article is the body, not the front-page grid under it', () => {
    const a = parseArticle(page);
    expect(a.title).toBe(TITLE);
    for (const p of ARTICLE) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Mayor opens market hall');
  });

  test('control: a results table printed with padded columns stays in the article', () => {
    const table = [
      row('Pos', 'Player', 'Points'),
      row('1', 'Anna Berg', '32 points, 4 rebounds and 2 assists.'),
      row('2', 'Lena Hoff', '28 points, 6 rebounds and 1 assist.'),
      row('3', 'Mia Kruse', '21 points, 3 rebounds and 5 assists.'),
      row('4', 'Ida Lund', '17 points, 2 rebounds and 3 assists.'),
      row('5', 'Eva Moll', '12 points, 8 rebounds and 1 assist.'),
      row('6', 'Pia Roth', '9 points, 5 rebounds and 2 assists.'),
      row('7', 'Ute Sand', '8 points, 1 rebound and 4 assists.'),
      row('8', 'Zoe Voss', '7 points, 2 rebounds and 2 assists.'),
      row('9', 'Ina Wolf', '6 points, 3 rebounds and 1 assist.'),
      row('10', 'Kim Ziel', '5 points, 4 rebounds and 2 assists.'),
      row('11', 'Lea Adam', '4 points, 2 rebounds and 1 assist.'),
      row('12', 'Tia Bock', '2 points, 1 rebound and 1 assist.'),
      row('13', 'Uta Dorn', '2 points, 2 rebounds and 0 assists.'),
    ];
    const last =
      'The team plays its next game at home on Saturday evening, and the coach said that every player on the list above will travel with the squad to the final round in May.';
    const sport = [
      'Home',
      '',
      'The harbour team wins the league final',
      '',
      'Published on 03/05/2022 at 22:03',
      '',
      ...ARTICLE.flatMap((p) => [p, '']),
      ...table,
      '',
      last,
      '',
      'Contact | Imprint',
    ].join('\n');
    const a = parseArticle(sport);
    expect(a.text).toContain(ARTICLE[0]);
    expect(a.text).toContain(last);
  });
});

describe('a cookie dialog that addresses the reader as `du` is a consent notice', () => {
  const post = [
    'Der Hafenverein lädt im Mai wieder zum großen Frühjahrsputz am Ufer ein, und wie in jedem Jahr sind alle Mitglieder und ihre Familien herzlich willkommen.',
    'Treffpunkt ist am Samstag um zehn Uhr am Steg, Handschuhe und Säcke stellt der Verein, und zum Abschluss gibt es Suppe und Kuchen im Vereinsheim.',
  ];
  const dialog = [
    'Wir verwenden Cookies, um Dir die bestmögliche Erfahrung auf unserer Website zu bieten.',
    'Diese Website verwendet Cookies, damit wir Dir die bestmögliche Benutzererfahrung bieten können. Cookie-Informationen werden in Deinem Browser gespeichert und helfen uns zu verstehen, welche Abschnitte der Website für Dich am interessantesten und nützlichsten sind.',
    'Notwendige Cookies sollten jederzeit aktiviert sein, damit wir Deine Einstellungen für die Cookie-Einstellungen speichern können.',
    'Wenn Du diesen Cookie deaktivierst, können wir die Einstellungen nicht speichern. Dies bedeutet, dass Du jedes Mal, wenn Du diese Website besuchst, die Cookies erneut aktivieren oder deaktivieren musst.',
  ];
  const page = [
    'Startseite',
    'Verein',
    'Termine',
    'Frühjahrsputz am Hafen',
    '12. April 2020',
    ...post,
    'Kategorien: Verein',
    ...dialog,
  ].join('\n\n');

  test('its notices naming the cookie settings are not the article’s', () => {
    const a = parseArticle(page);
    for (const p of post) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Notwendige Cookies sollten');
    expect(a.text).not.toContain('Wenn Du diesen Cookie deaktivierst');
  });

  test('control: a post about baking cookies that speaks to the reader stays whole', () => {
    const recipe = [
      'Wenn Du diese Cookies backen willst, brauchst Du nur Butter, Zucker, Mehl und eine Tafel Schokolade, die Du vorher grob hackst.',
      'Stell Deinen Ofen auf Umluft und lass die Cookies zwölf Minuten backen, dann sind sie innen noch weich und Du kannst sie am nächsten Tag noch genießen.',
    ];
    const a = parseArticle(
      ['Startseite', 'Schoko-Cookies wie vom Bäcker', '12. April 2020', ...recipe].join('\n\n'),
    );
    for (const p of recipe) expect(a.text).toContain(p);
  });
});

describe('a blog’s previous/next links under their heading are no paragraph', () => {
  const post = [
    'Der Gemeinderat hat am Dienstag beschlossen, die alte Schule am Marktplatz zu einem Bürgerhaus umzubauen, in dem Vereine, die Musikschule und die Bücherei Platz finden sollen.',
    'Die Kosten schätzt die Verwaltung auf rund vier Millionen Euro, von denen das Land die Hälfte übernehmen will, wenn der Umbau bis zum Ende des nächsten Jahres beginnt.',
    'Gegen den Beschluss stimmten nur zwei Räte, die lieber einen Neubau am Stadtrand gesehen hätten, weil dort mehr Parkplätze für die Besucher gebaut werden könnten.',
  ];
  const appeal =
    'Unterstützen Sie unsere unabhängige Berichterstattung aus der Region mit einer Spende, damit wir auch in Zukunft jeden Tag über das berichten können, was in unserer Stadt, in den Dörfern ringsum und in den Vereinen geschieht, und damit alle Texte für alle Leser frei bleiben.';
  const page = [
    'Startseite',
    'Politik',
    'Schule wird Bürgerhaus',
    '6. November 2023',
    ...post,
    'Artikel teilen',
    'Voriger / nächster Artikel\nBeitrags-Navigation\nNeue Ampel am Bahnhof sorgt trotz Umbau für...',
    appeal,
    'Diskussion zum Artikel auf unserem Kanal:\nPolitik aktuell',
  ].join('\n\n');

  test('the previous post’s cut headline is not kept as text', () => {
    const a = parseArticle(page);
    for (const p of post) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Neue Ampel am Bahnhof');
  });
});
