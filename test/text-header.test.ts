/**
 * The header of crawler text of a news page (issue 10): who wrote the article
 * and when, read from the lines between the headline and the body, as
 * Chromium, w3m and lynx print them. Pages are synthetic, written here.
 */
import { describe, expect, test } from 'vitest';
import {
  besideRepeat,
  dateAboveTitle,
  dateInBodyHead,
  dateLine,
  dateUnderByline,
} from '../src/article/text/date.js';
import { bylineAbove, bylineNear, nameLine } from '../src/article/text/header.js';
import { findDates } from '../src/dates/find-dates.js';
import { parseArticle } from '../src/index.js';
import { expectOneAuthor } from './helpers/checks.js';
import { FOOTER, MENU, PARAGRAPHS, pageWith, TITLE } from './helpers/port-page.js';
import { docOf } from './helpers/text-doc.js';

const days = (line: string): string[] => findDates(line).map((d) => d.iso);

describe('bylines between the headline and the body', () => {
  /** A photo gallery's lines, as a news site prints them between its header and the article. */
  const CAPTION =
    'Cranes at the new container terminal of Tangier Med, left, and the rail link to the industrial zone, right, seen from the harbour office on Monday morning.';
  const GALLERY = [
    CAPTION,
    CAPTION,
    'Photo: Karim Alaoui, AP',
    'Photo: Karim Alaoui, AP',
    'Image 1 of / 12',
    'Caption',
    'Close',
    'Image 1 of 12',
    CAPTION,
    CAPTION,
    'Photo: Karim Alaoui, AP',
    TITLE,
    '1  /  12',
    'Back to Gallery',
  ];

  test('a name and its desk under the headline, a photo gallery before the body: the author', () => {
    const a = parseArticle(
      pageWith([
        TITLE,
        'Amina Saidi, Port Correspondent',
        'Updated 1:39 am EST, Wednesday, November 20, 2019',
        ...GALLERY,
      ]),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
  });

  test('kept: a labelled byline under the headline, a photo gallery before the body, is still the author', () => {
    const a = parseArticle(pageWith([TITLE, 'By Amina Saidi', ...GALLERY]));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('a name and its desk behind a list bullet (`* Name, Desk`, w3m and lynx): the author', () => {
    const a = parseArticle(pageWith([TITLE, '* Amina Saidi, Port Weekly', '* 13.11.2019, 23:06']));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test("a menu's bare `von` naming nobody does not hide the name and desk under the headline", () => {
    const a = parseArticle(
      pageWith(['von', 'an', TITLE, 'Amina Saidi, Port Weekly', '13.11.2019, 23:06']),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe('2019-11-13T23:06');
  });

  test.each([
    ['Posted by Amina Saidi', 'Amina Saidi'],
    ['posted by Amina Saidi', 'Amina Saidi'],
    ['written by Amina Saidi', 'Amina Saidi'],
    ['POSTED BY AMINA SAIDI', 'AMINA SAIDI'],
    ['Verfasst von Amina Saidi', 'Amina Saidi'],
  ])('a byline labelled %s names the author', (line, name) => {
    const a = parseArticle(pageWith([TITLE, line]));
    expect(a.authors).toEqual([name]);
  });

  test.each([
    [['By', 'Amina Saidi']],
    [['  * Von', '', '  * Amina Saidi', '  * 19.10.2019, 12:00 Uhr']],
    [['• By', '• Amina Saidi']],
  ])('a bare label, the name on the next line, bulleted or not (%j): the author', (header) => {
    const a = parseArticle(pageWith([TITLE, ...header]));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('a label closing the line above the name (`Kommentar Von` ⏎ name): the author', () => {
    const a = parseArticle(pageWith([TITLE, 'Kommentar Von', 'Amina Saidi']));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('control: a headline ending in `by` over a line shaped like a name is no byline', () => {
    const a = parseArticle(
      pageWith(['Nobody in the port stands by', 'Tangier Med', 'Port Weekly Staff Notes']),
    );
    expect(a.authors).toEqual([]);
  });
});

describe('numeric dates written month first', () => {
  test.each([
    ['11/19/2019', '2019-11-19'],
    ['11.15.2019 10:09 AM', '2019-11-15T10:09'],
    ['By Amina Saidi - 11/19/19 06:56 AM EST', '2019-11-19T06:56'],
    ['BY AMINA SAIDI ON 11/13/19 AT 4:00 PM EST', '2019-11-13T16:00'],
    ['19.10.19, 12:00 Uhr', '2019-10-19T12:00'],
    // Two-digit years with slashes are the US way: month first when both read.
    ['Amina Saidi 11/12/19 4:40PM', '2019-11-12T16:40'],
    ['19/10/19 12:00', '2019-10-19T12:00'],
  ])(
    '%s → %s (the day-first reading is no date, or the year is two digits before a time)',
    (line, iso) => {
      expect(days(line)).toEqual([iso]);
    },
  );

  test.each([
    ['05/08/2019', ['2019-08-05']],
    ['13/13/2019', []],
    ['Version 1.13.19 is out', []],
    ['Online-Seminar 19.1.23, 10:00-11:30 Uhr', []],
    ['The score was 3/4/19 at half time', []],
  ])('control: %s stays day first, or is no date', (line, want) => {
    expect(days(line)).toEqual(want);
  });

  test('a US byline with a month-first date dates the article', () => {
    const a = parseArticle(pageWith([TITLE, '11/19/2019 by Amina Saidi']));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe('2019-11-19');
  });
});

describe('publication stamps the body left out', () => {
  test.each([
    ['Datum: 19.11.2021', '2021-11-19'],
    ['Publiziert: 19.11.2021, 12:35', '2021-11-19T12:35'],
    ['Veröffentlichung: 19. November 2021', '2021-11-19'],
    ['Erschienen: 19.11.2021', '2021-11-19'],
    ['Pressemitteilung vom 19.11.2021', '2021-11-19'],
    ['Press release, 19 November 2021', '2021-11-19'],
  ])('%s under the last paragraph dates the article', (stamp, iso) => {
    expect(parseArticle(pageWith([TITLE], [stamp])).publishedAt).toBe(iso);
  });

  test('a label alone, its date on the next line, under the article', () => {
    expect(parseArticle(pageWith([TITLE], ['Datum', '19.11.2021', 'Autor'])).publishedAt).toBe(
      '2021-11-19',
    );
  });

  test('an update line under the headline, the publication stamp under the article: the publication', () => {
    const a = parseArticle(
      pageWith([TITLE, 'Aktualisiert: 11.04.2020, 10:27'], ['Publiziert: 03.04.2020, 12:35']),
    );
    expect(a.publishedAt).toBe('2020-04-03T12:35');
  });

  test('control: an update line alone still dates the article', () => {
    const a = parseArticle(pageWith([TITLE, 'Aktualisiert: 11.04.2020, 10:27']));
    expect(a.publishedAt).toBe('2020-04-11T10:27');
  });
});

describe('a date line printed as a list item (w3m, lynx)', () => {
  const lineOf = (text: string) => {
    const doc = docOf([text]);
    const b = doc.blocks[0];
    return b && dateLine(doc, b);
  };
  test('`* 19 November 2019` is a date line, as `19 November 2019` is', () => {
    expect(lineOf('* 19 November 2019')?.date?.iso).toBe('2019-11-19');
    expect(lineOf('19 November 2019')?.date?.iso).toBe('2019-11-19');
  });
  test('control: a bulleted headline with a date inside it is no date line', () => {
    expect(lineOf('* Port traffic figures for 19 November 2019')).toBeUndefined();
  });
});

describe("the site's day over the headline, the article's under it", () => {
  test('the date line under the headline wins over the day the site prints under its menu', () => {
    const a = parseArticle(
      pageWith(['Sa, 19. Okt 2019', TITLE, 'Von Amina Saidi', 'Fr, 18. Oktober 2019']),
    );
    expect(a.publishedAt).toBe('2019-10-18');
  });
  test('control: a date line over the headline alone still dates the article', () => {
    const a = parseArticle(pageWith(['Fr, 18. Oktober 2019', TITLE, 'Von Amina Saidi']));
    expect(a.publishedAt).toBe('2019-10-18');
  });
});

describe('a date line beside the first copy of a headline printed twice', () => {
  // The header, then the author's latest stories, the article's headline among them, over the body.
  const lines = [
    'November 19, 2019 12:04AM ET',
    TITLE,
    'By Amina Saidi',
    "Amina Saidi's Most Recent Stories",
    TITLE,
    'Fishermen protest against falling prices',
    ...PARAGRAPHS,
  ];
  test('the date line stands beside a copy of the headline chosen lower down', () => {
    const doc = docOf(lines);
    const lower = doc.blocks[4];
    expect(lower?.text).toBe(TITLE);
    if (!lower) return;
    expect(besideRepeat(doc, 0, lower)).toBe(true);
  });
  test('control: a date line with no copy of the headline near it', () => {
    const doc = docOf([
      'November 19, 2019 12:04AM ET',
      'Ports',
      'Shipping',
      'Markets',
      ...lines.slice(3),
    ]);
    const lower = doc.blocks[5];
    expect(lower?.text).toBe(TITLE);
    if (!lower) return;
    expect(besideRepeat(doc, 0, lower)).toBe(false);
  });
});

describe("the page's one publication stamp, far from the header", () => {
  /** A related box, then the page's meta footer (share buttons, the stamp, tags), as a site prints them under the article. */
  const RELATED = [
    'Sur le même sujet',
    'Tanger Med : un nouveau terminal pour les conteneurs',
    'Le rail arrive enfin dans la zone industrielle',
    'Les transporteurs dénoncent les files aux portes du port',
  ];
  const SHARE = ['Partager', 'Imprimer', 'Envoyer'];

  test('a stamp in the meta footer under a related box dates the article', () => {
    const a = parseArticle(
      pageWith([TITLE], [...RELATED, ...SHARE, 'Publié le 07/06/2019', 'Tags', 'Port, Tanger']),
    );
    expect(a.publishedAt).toBe('2019-06-07');
    // The span slices the stamp's date back out of the input.
    const text = pageWith(
      [TITLE],
      [...RELATED, ...SHARE, 'Publié le 07/06/2019', 'Tags', 'Port, Tanger'],
    );
    const span = a.spans.publishedAt;
    expect(span && text.slice(span.start, span.end)).toBe('07/06/2019');
  });

  test("the same stamp printed twice under the article (a repeat the page's boilerplate takes) dates the article", () => {
    const stamp = 'Published: 30 January 2017';
    const tail = [...RELATED, ...SHARE, stamp, 'Tags', 'Port, Tanger', ...SHARE, stamp];
    expect(parseArticle(pageWith([TITLE], tail)).publishedAt).toBe('2017-01-30');
  });

  test("control: teasers' stamps that disagree date nothing", () => {
    const teasers = [
      'Sur le même sujet',
      'Tanger Med : un nouveau terminal pour les conteneurs',
      'Publié le 03/06/2019',
      'Le rail arrive enfin dans la zone industrielle',
      'Publié le 28/05/2019',
    ];
    expect(parseArticle(pageWith([TITLE], [...SHARE, ...teasers])).publishedAt).toBeUndefined();
  });

  test('an update stamp, the only stamp on the page, far under the article dates it when no publication stamp does', () => {
    const a = parseArticle(pageWith([TITLE], [...RELATED, ...SHARE, 'Mis à jour le 07/06/2019']));
    expect(a.publishedAt).toBe('2019-06-07');
  });

  test('control: a publication stamp wins over an update stamp, wherever they stand', () => {
    const tail = [...RELATED, ...SHARE, 'Mis à jour le 09/06/2019', 'Publié le 07/06/2019'];
    expect(parseArticle(pageWith([TITLE], tail)).publishedAt).toBe('2019-06-07');
  });

  test('control: update stamps that disagree date nothing', () => {
    const tail = [
      ...RELATED,
      ...SHARE,
      'Mis à jour le 07/06/2019',
      'Envoyer',
      'Mis à jour le 02/06/2019',
    ];
    expect(parseArticle(pageWith([TITLE], tail)).publishedAt).toBeUndefined();
  });
});

describe("the byline search bounded by the body's first paragraph", () => {
  test('a stray `.` line at the top of the page, left out of the body, does not hide the name under the title', () => {
    const text = `${['.', ...MENU, TITLE, 'Amina Saidi', 'Amina Saidi', ...PARAGRAPHS, ...FOOTER].join('\n')}\n`;
    const a = parseArticle(text);
    expectOneAuthor(text, a, 'Amina Saidi');
  });
});

describe("the author's name alone under the last paragraph (French and Arabic sites sign there)", () => {
  // `Sofia`, `Kahina`: first names of the lexicon (Moroccan, Kabyle) the signature needs.
  test.each([['Amina Saidi'], ['أمينة السعيدي'], ['Sofia El Amrani'], ['Kahina Ait Ali']])(
    '%s under the article, the footer after it: the author',
    (name) => {
      const text = pageWith([TITLE, '12 mars 2024'], [name, 'Mots-clés : port, transport']);
      const a = parseArticle(text);
      expectOneAuthor(text, a, name);
    },
  );
  test('control: a name-shaped line whose first word is no known first name (a subheading, a link) names nobody', () => {
    expect(parseArticle(pageWith([TITLE, '12 mars 2024'], ['Port Authority'])).authors).toEqual([]);
  });
});

describe('guards: lines shaped like bylines that name nobody', () => {
  test('control: a sponsor label over a menu label (`Sponsored By` ⏎ `Primary Menu`) names no author', () => {
    const a = parseArticle(pageWith(['Sponsored By', 'Primary Menu', TITLE]));
    expect(a.authors).toEqual([]);
  });
  test('control: `Collected By` over a labelled field names no author', () => {
    const a = parseArticle(pageWith([TITLE, 'Collected By', 'Organization: Harbour Crawls']));
    expect(a.authors).toEqual([]);
  });
  test("control: a product's name printed three times above the body is no author", () => {
    const name = 'Atlas Harbour Blend Beans';
    const doc = docOf(['Previous | Next', name, name, name, ...PARAGRAPHS]);
    expect(bylineNear(doc, -1, 4)).toBeUndefined();
    // Printed twice, the name is the author's (a picture's label, then the name).
    expect(bylineNear(docOf(['Previous | Next', name, name, ...PARAGRAPHS]), -1, 3)?.text).toBe(
      name,
    );
  });
  test('control: a name printed twice under the title (a picture label, then the name) is still the author', () => {
    const a = parseArticle(pageWith([TITLE, 'Amina Saidi', 'Amina Saidi']));
    expect(a.authors).toEqual(['Amina Saidi']);
  });
});

describe('a name over its date, and stamps in words', () => {
  test('a standfirst the body took in, then the name over its date line: the author, out of the body', () => {
    const deck =
      'Risks and side effects come not only with medicines but with the rules made to fight a pandemic, and the port has felt both.';
    const a = parseArticle(
      pageWith([TITLE, deck, 'Amina von Saidi', '24. April 2020', '08:30 Uhr']),
    );
    expect(a.authors).toEqual(['Amina von Saidi']);
    expect(a.publishedAt).toBe('2020-04-24');
    expect(a.paragraphs.map((p) => p.text)).not.toContain('Amina von Saidi');
  });

  test('the name over a short line that is mostly a date (`/ 16.11.2018, 03:00 Uhr`), inside the body: the author', () => {
    const deck =
      'Risks and side effects come not only with medicines but with the rules made to fight a pandemic, and the port has felt both.';
    const a = parseArticle(pageWith([TITLE, deck, 'Amina Saidi', '/ 16.11.2018, 03:00 Uhr']));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('control: a short line of prose over a date line in the body is no author', () => {
    const a = parseArticle(pageWith([TITLE, 'The Harbour Office', '24. April 2020']));
    expect(a.authors).toEqual([]);
  });

  test.each([
    '• Publiziert vor einer Stunde',
    '· Updated 3 hours ago',
    '| Veröffentlicht vor 2 Tagen',
  ])('a name over a labelled relative time (%s) is the author', (stamp) => {
    const a = parseArticle(pageWith([TITLE, 'Amina Saidi', stamp]));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test('a name, a spaced comma, its date and a reading time on one line: the author and the day', () => {
    const a = parseArticle(
      pageWith([TITLE, 'Amina Saidi , 01. Dez. 2017, 12:01 Uhr 3 min Lesezeit Kommentare 4']),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe('2017-12-01T12:01');
  });

  test('a year glued to its clock time (`4 de mayo de 202200:00 hs`) still reads', () => {
    expect(days('miércoles, 4 de mayo de 202200:00 hs')).toEqual(['2022-05-04T00:00']);
    expect(days('20.10.2021 - 10:24')).toEqual(['2021-10-20T10:24']);
  });

  test('two dates glued (published, then modified): the first, the publication, reads', () => {
    expect(days('Published on 19. Juni 201619. Juni 2016')).toEqual(['2016-06-19']);
    expect(days('20 janvier 202021 janvier 2020')).toEqual(['2020-01-20']);
    expect(days('26.01.202227.01.2022')).toEqual(['2022-01-26']);
  });

  test('control: a long number after a date is no clock time', () => {
    expect(days('4 de mayo de 2022001234')).toEqual([]);
  });
});

describe('a publication stamp right above the headline', () => {
  test('`Veröffentlichung: 2. Februar 2022` over the headline dates the article', () => {
    expect(parseArticle(pageWith(['Veröffentlichung: 2. Februar 2022', TITLE])).publishedAt).toBe(
      '2022-02-02',
    );
  });
  test("control: a stamp three lines above the headline, menu entries between, dates nothing when a sidebar's stamp disagrees", () => {
    const a = parseArticle(
      pageWith(
        ['Veröffentlichung: 2. Februar 2022', 'Culture', 'Opinion', 'Travel', TITLE],
        [
          'Neue Kräne für das Terminal',
          'Der Hafen wächst weiter',
          'Schiffe warten an den Toren',
          'Veröffentlichung: 28. Januar 2022',
        ],
      ),
    );
    expect(a.publishedAt).toBeUndefined();
  });
});

describe("an article's info box under the body, related links between", () => {
  const RELATED = [
    'Related articles',
    'Container ships wait longer at the gates of Algeciras',
    'Rail link to the industrial zone opens in spring',
    'New cranes for the terminal arrive from Shanghai',
    'Carriers ask for a booking system that works',
  ];
  test.each([
    [['Datum: 19.11.2021', 'Autor: Amina Saidi', 'Quelle: Port Weekly']],
    [['Date 19.11.2021', 'Author Amina Saidi']],
    [['Autor', 'Amina Saidi', 'Datum', '19.11.2021']],
    // w3m and lynx print the box's fields as list items.
    [['* Datum', '19.11.2021', '* Autor', '* Amina Saidi']],
  ])('%j dates the article and names its author', (box) => {
    const a = parseArticle(pageWith([TITLE], [...RELATED, ...box]));
    expect(a.publishedAt).toBe('2021-11-19');
    expect(a.authors).toEqual(['Amina Saidi']);
  });
  test('control: a stamp that far down with no author field beside it dates nothing when another stamp disagrees', () => {
    const a = parseArticle(
      pageWith(
        [TITLE],
        [...RELATED, 'Datum: 19.11.2021', 'Quelle: Port Weekly', 'Datum: 02.10.2021'],
      ),
    );
    expect(a.publishedAt).toBeUndefined();
  });
  test('control: an author field with no stamp beside it, that far down, names nobody', () => {
    const a = parseArticle(
      pageWith([TITLE], [...RELATED, 'Autor: Amina Saidi', 'Quelle: Port Weekly']),
    );
    expect(a.authors).toEqual([]);
  });
});

describe('a name, a relative time and a view counter on one line', () => {
  test.each([
    ['ليلى بوعلام منذ 3 ساعات 2,345 مشاهدة', 'ليلى بوعلام'],
    ['Amina Saidi il y a 3 heures 1 234 vues', 'Amina Saidi'],
    ['Amina Saidi 3 hours ago', 'Amina Saidi'],
  ])('%s: the headline above stays the title, the name is the author', (line, name) => {
    const a = parseArticle(pageWith([TITLE, line]));
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual([name]);
    // With no reference day, the relative time dates nothing, and a warning says so once.
    expect(
      a.warnings.filter((w) => w.startsWith('relative date left out')).length,
    ).toBeLessThanOrEqual(1);
  });
});

describe('Arabic bylines labelled with a form of `كتب` (wrote)', () => {
  test.each([
    'كتبه: يوسف العلوي الثلاثاء 20 ماي 2025 - 19:45',
    'كتبته: سلمى بناني الثلاثاء 20 ماي 2025 - 19:45',
  ])('%s: the author and the day, the headline above stays the title', (line) => {
    const a = parseArticle(pageWith([TITLE, line]));
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual([line.split(': ')[1]?.split(' الثلاثاء')[0]]);
    expect(a.publishedAt).toBe('2025-05-20T19:45');
  });
});

describe('a name after its date on one line', () => {
  test.each([
    ['04.02.2022 | 15:33 Uhr | Amina Saidi', '2022-02-04T15:33'],
    ['Veröffentlicht am 03.02.2022 von Amina Saidi', '2022-02-03'],
    ['Tuesday 15 October 2019 by Amina Saidi', '2019-10-15'],
    // A renderer glued the label to the date.
    ['2.03.2018von Amina Saidi', '2018-03-02'],
    // …and a no-break space after the label.
    ['2.03.2018von\u00a0Amina Saidi', '2018-03-02'],
  ])('%s: the author and the day', (line, iso) => {
    const a = parseArticle(pageWith([TITLE, line]));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe(iso);
  });
  test.each([
    ['نشر في 14 جويلية 2025 - 09:40 منية الطرابلسي', 'منية الطرابلسي', '2025-07-14T09:40'],
    ['Publié le 14 juillet 2025 à 09h40 Amina Saidi', 'Amina Saidi', '2025-07-14T09:40'],
  ])(
    '%s (the stamp, then the name with only a space between): the author and the day',
    (line, name, iso) => {
      const a = parseArticle(pageWith([TITLE, line]));
      expect(a.authors).toEqual([name]);
      expect(a.publishedAt).toBe(iso);
    },
  );
  test('control: a stamp followed by a section’s name is no author', () => {
    const a = parseArticle(pageWith([TITLE, 'Publié le 14 juillet 2025 à 09h40 Economie Maroc']));
    expect(a.authors).toEqual([]);
  });
  test('control: a menu of sections after a date is no author', () => {
    const a = parseArticle(pageWith([TITLE, '04.02.2022 | 15:33 Uhr | Ports and Shipping News']));
    expect(a.authors).toEqual([]);
  });
});

describe('bylines right above the body, as w3m prints them', () => {
  test('a bulleted bare label and the bulleted name under it, far below the title: the author', () => {
    const doc = docOf([
      'Port traffic at Tangier up nine percent',
      ...Array.from({ length: 14 }, (_, i) => `Gallery picture ${i + 1} of 14`),
      '* Von',
      '* Amina Saidi',
      '* 19.10.19, 12:00 Uhr',
      ...PARAGRAPHS,
    ]);
    expect(bylineNear(doc, 0, 18)?.text).toBe('Amina Saidi');
  });
  test('a bulleted name over a labelled relative time: the author, without its bullet', () => {
    const doc = docOf(['* Amina Saidi', ' • Publiziert vor einer Stunde', ...PARAGRAPHS]);
    const name = bylineNear(doc, -1, 2);
    expect(name?.text).toBe('Amina Saidi');
    expect(doc.input.slice(name?.start, name?.end)).toBe('Amina Saidi');
  });
  test('a name and its date after one space (`Amina von Saidi 24. April 2020`): the author', () => {
    const doc = docOf(['Amina von Saidi 24. April 2020', '08:30 Uhr', ...PARAGRAPHS]);
    expect(bylineNear(doc, -1, 2)?.text).toBe('Amina von Saidi');
  });
  test('control: a stamp label and a day name before the date (`Publié le Mardi 12 mars 2024`) are no author', () => {
    const doc = docOf(['Publié le Mardi 12 mars 2024', ...PARAGRAPHS]);
    expect(bylineNear(doc, -1, 1)).toBeUndefined();
  });
  test('control: a brand and a separator before the date (`Atlas | 26.01.2022`) are no author', () => {
    const doc = docOf(['Atlas | 26.01.2022', ...PARAGRAPHS]);
    expect(bylineNear(doc, -1, 1)).toBeUndefined();
  });
  test('control: a place and its date after one space is a dateline, not an author', () => {
    const doc = docOf(['New York 24. April 2020', ...PARAGRAPHS]);
    expect(bylineNear(doc, -1, 1)).toBeUndefined();
  });
});

describe('a web address alone on its line', () => {
  test.each([
    'https://news.example.com/ports/traffic-at-tangier-up-nine-percent',
    // Hard-wrapped by lynx and joined back with the wrap's spaces.
    'https://news.example.com/ports/traffic-at-tangi    er-up-nine-percent-53129.html',
  ])(
    'is never the title (a print header prints the page address under the site name): %s',
    (url) => {
      const a = parseArticle(pageWith(['Port Weekly', url]));
      expect(a.title).toBeUndefined();
    },
  );
});

describe('two authors printed as links, each on its line', () => {
  test('`By` ⏎ name ⏎ `and` ⏎ name: both authors, in order', () => {
    const a = parseArticle(pageWith([TITLE, 'By', 'Amina Saidi', 'and', 'Karim Alaoui']));
    expect(a.authors).toEqual(['Amina Saidi', 'Karim Alaoui']);
  });
  test('control: a joiner over a line that is no name adds nobody', () => {
    const a = parseArticle(pageWith([TITLE, 'By', 'Amina Saidi', 'and', 'the harbour desk']));
    expect(a.authors).toEqual(['Amina Saidi']);
  });
});

describe("a date in the title is an event's more often than the article's", () => {
  test('a publication stamp under the article wins over the date in the title', () => {
    const a = parseArticle(
      pageWith(
        ['Minutes of the harbour board meeting of 5.8.2019'],
        ['Veröffentlicht: 26.12.2019'],
      ),
    );
    expect(a.publishedAt).toBe('2019-12-26');
  });
  test('control: with no other date, the title still dates the article', () => {
    const a = parseArticle(pageWith(['Revue de presse du 12 mars 2024']));
    expect(a.publishedAt).toBe('2024-03-12');
  });
});

describe("a print view's header", () => {
  test("guard: the site's name and the printing time over the page's address are no byline (a two-digit-year stamp would make one)", () => {
    const a = parseArticle(
      pageWith([
        'PORT WEEKLY — 02.01.23 09:51',
        'https://news.example.com/ports/traffic-at-tangier-up-nine-percent',
        TITLE,
        'von Amina Saidi, Online-Redaktion Veröffentlicht: 26.12.2022',
      ]),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe('2022-12-26');
  });
});

describe('the date line right under the byline', () => {
  const DECK =
    'I toured the new terminal, and just like the first container port a century ago, there is no going back once you have seen it work.';
  const BYLINE =
    'By Amina Saidi, a senior correspondent and author of the Ports newsletter. She has covered shipping for a decade at several outlets.';
  test('a byline under the deck, its date line under it (`… UTC| Comments`): the day', () => {
    const a = parseArticle(
      pageWith([
        TITLE,
        DECK,
        BYLINE,
        'Jun 7, 2023, 8:54 PM UTC| (BUTTON) Comments',
        'Share this story',
      ]),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe('2023-06-07T20:54');
  });
  test('control: a sentence under the byline that mentions a date later on dates nothing', () => {
    const a = parseArticle(
      pageWith([TITLE, DECK, BYLINE, 'The terminal opened on Jun 7, 2023 to the largest ships.']),
    );
    expect(a.publishedAt).toBeUndefined();
  });
});

describe('a relative day and a time of day (`Today 12:01 AM`, `dzisiaj, 08:07`)', () => {
  test.each([
    'Today 12:01 AM',
    'dzisiaj, 08:07 Ten tekst przeczytasz w 1 minutę',
    'Heute, 10:15 Uhr',
  ])('%s under a name: the name is the author, the stamp no title', (stamp) => {
    const a = parseArticle(pageWith([TITLE, 'Amina Saidi', stamp]));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.title).toBe(TITLE);
  });
  test('control: a headline opening with "Today" and no time is a headline', () => {
    const headline = 'Today the port of Tangier opens its new container terminal';
    expect(parseArticle(pageWith([headline])).title).toBe(headline);
  });
});

describe('one author named twice', () => {
  test('a byline and a name line under it naming the same person give one author', () => {
    const a = parseArticle(
      pageWith([TITLE, 'By', 'Amina Saidi', 'and', 'Karim Alaoui', 'By Amina Saidi']),
    );
    expect(a.authors).toEqual(['Amina Saidi', 'Karim Alaoui']);
  });
});

describe("a byline naming a user's handle", () => {
  /** Picture lines between the header and the body, more than the search above the body reaches. */
  const PICTURES = Array.from({ length: 14 }, (_, i) => `Harbour picture ${i + 1} of 14`);
  test.each([
    ['Posted by admin on March 3, 2019', '2019-03-03'],
    ['Verfasst von: mitundvoneinander | 31. Dezember 2008', '2008-12-31'],
  ])('%s: no author, but the byline dates the article', (line, iso) => {
    const a = parseArticle(pageWith([TITLE, line, ...PICTURES]));
    expect(a.authors).toEqual([]);
    expect(a.publishedAt).toBe(iso);
    expect(a.title).toBe(TITLE);
  });
  test('a forum title with a dash over the handle byline is no author (`Harbour - Rules`)', () => {
    const a = parseArticle(pageWith([TITLE, 'Harbour - Rules', 'von lupa am 30.05.2014, 23:17']));
    expect(a.authors).toEqual([]);
  });
  test('control: a sentence opening with a lower-case `par` and a date later is no byline', () => {
    const a = parseArticle(
      pageWith([TITLE, 'par ailleurs le ministre a annoncé de nouvelles grues pour le port.']),
    );
    expect(a.publishedAt).toBeUndefined();
  });
});

describe('an info line of several parts under the headline (`Publié le … | Par : X | 4 min de lecture`)', () => {
  test.each([
    [
      'Publié le : mardi 15 juillet 2025 à 18:42 | Par : Amina Saidi | 4 min de lecture',
      '2025-07-15T18:42',
    ],
    ['15/07/2025 • Par Amina Saidi • Économie', '2025-07-15'],
  ])('`%s`: the author and the date', (line, day) => {
    const text = pageWith([TITLE, line]);
    const a = parseArticle(text);
    expectOneAuthor(text, a, 'Amina Saidi');
    expect(a.publishedAt).toBe(day);
  });
  test('guard: parts naming nobody give no author', () => {
    const a = parseArticle(pageWith([TITLE, 'Publié le 15/07/2025 | Économie | 4 min de lecture']));
    expect(a.authors).toEqual([]);
    expect(a.publishedAt).toBe('2025-07-15');
  });
});

describe('a byline standing above the headline', () => {
  test('kept: a bare `By` over the name, a few lines above the headline: the author', () => {
    const a = parseArticle(
      pageWith(['By', 'Amina Saidi', 'Amina Saidi', 'Port Correspondent', TITLE]),
    );
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test("guard: a section's kicker over the date line over the headline is no author", () => {
    const a = parseArticle(pageWith(['Digital Life', '05/08/2019', TITLE]));
    expect(a.title).toBe(TITLE);
    expect(a.authors).toEqual([]);
  });

  test('kept: a labelled byline with its date over the headline: the author and the day', () => {
    const a = parseArticle(pageWith(['By Amina Saidi Nov 18, 2019, 11:47am EST', TITLE]));
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-18');
  });

  test("guard: a teaser's byline more than five lines above the headline is no byline", () => {
    const lines = [
      'By Amina Saidi',
      '11/13/19 9:00AM',
      'Most read',
      'Weather',
      'Markets',
      'Port News',
    ];
    expect(bylineAbove(docOf([...lines, TITLE, ...PARAGRAPHS]), 6)).toBeUndefined();
    // Closer, the same byline is the article's.
    const near = docOf(['By Amina Saidi', '11/13/19 9:00AM', 'Port News', TITLE, ...PARAGRAPHS]);
    expect(bylineAbove(near, 3)?.text).toBe('Amina Saidi');
  });

  test('guard: a name over a paragraph above the headline (a teaser) is no byline', () => {
    const teaser =
      'Shipping lines say the new booking system at the port gates has not yet cut the hours lost every day by their drivers.';
    const a = parseArticle(pageWith(['Karim Alaoui', teaser, TITLE]));
    expect(a.authors).toEqual([]);
  });
});

describe('a news agency as the byline', () => {
  test.each([
    [['Reuters November 18, 2019 11:03 PM'], 'Reuters', '2019-11-18'],
    [['REUTERS', '19 NOV 2019'], 'REUTERS', '2019-11-19'],
    [
      ['The Associated Press', 'Published Monday, November 18, 2019 8:22AM EST'],
      'The Associated Press',
      '2019-11-18',
    ],
  ])('%j under the headline: the agency is the author, its stamp the day', (lines, name, day) => {
    const a = parseArticle(pageWith([TITLE, ...lines]));
    expect(a.authors).toEqual([name]);
    expect(a.publishedAt?.slice(0, 10)).toBe(day);
  });

  test('control: an agency in a caption credit under the headline is no author', () => {
    const a = parseArticle(pageWith([TITLE, 'Photo: Reuters']));
    expect(a.authors).toEqual([]);
  });
});

describe('a signature under the body', () => {
  test('a name over its date line right under the last paragraph: the day', () => {
    const a = parseArticle(
      pageWith([TITLE], ['Amina Saidi', '1. November 2023 10:29', 'Share', 'Comments']),
    );
    expect(a.publishedAt).toBe('2023-11-01T10:29');
  });

  test('a labelled byline with its date under the last paragraph: the author and the day', () => {
    const a = parseArticle(
      pageWith([TITLE], ['Written by Amina Saidi, PhD on April 29, 2018', 'Related stories']),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe('2018-04-29');
  });

  test("guard: a comment's name and date under a comments heading dates nothing", () => {
    const a = parseArticle(
      pageWith(
        [TITLE],
        [
          '3 comments',
          'Leave a reply',
          'Aylin says:',
          'November 20, 2022 at 10:36 am',
          'Great piece!',
        ],
      ),
    );
    expect(a.publishedAt).toBeUndefined();
  });
});

describe('the headline anchored by a dated line', () => {
  test("a teaser's relative time (no reference day) near the top does not anchor its headline as the title", () => {
    const nav = Array.from({ length: 16 }, (_, i) => `Section ${i + 1}`);
    const a = parseArticle(
      pageWith([
        'Weather This Morning: Sunshine By The End Of The Day',
        '1 hour ago',
        'More',
        'Latest Headlines',
        'Crane Operators Strike At Casablanca PortThe union said on Monday that its members would stop work for two days over pay and the new shift rota.',
        'Rail Link To Tangier Med DelayedThe ministry said the last section of the line would open in the spring, a year later than planned, after floods.',
        ...nav,
        TITLE,
        'November 19, 2019 at 9:45 am',
        'Filed Under: Ports, Tangier',
      ]),
    );
    expect(a.title).toBe(TITLE);
  });
  test('control: the headline over its own relative time, the body under it, stays the title', () => {
    expect(parseArticle(pageWith([TITLE, '3 hours ago'])).title).toBe(TITLE);
  });
});

describe("a post's date over its meta lines, above the headline", () => {
  test('a date, a comment counter, share buttons and a photo credit, then the headline: the date', () => {
    const a = parseArticle(
      pageWith([
        '13. Februar 2017',
        '0 Kommentare',
        'Share',
        'Foto: Karim Alaoui/Shutterstock',
        TITLE,
      ]),
    );
    expect(a.title).toBe(TITLE);
    expect(a.publishedAt).toBe('2017-02-13');
  });

  test('an update stamp among the meta lines gives way to the date above it', () => {
    const a = parseArticle(
      pageWith([
        'January 28, 2018',
        'Port Recipes',
        '80 Comments',
        'Updated: August 22, 2019',
        'Share It!',
        'Pin It!',
        TITLE,
      ]),
    );
    expect(a.publishedAt).toBe('2018-01-28');
  });

  test("guard: a teaser's headline between the date and the headline: no date", () => {
    const lines = [
      '13. Februar 2017',
      '0 Kommentare',
      'Crane operators at the port of Casablanca stop work over pay',
      'Port News',
      TITLE,
    ];
    expect(dateAboveTitle(docOf(lines), 4)).toBeUndefined();
    // Without the teaser's headline, the date is the post's.
    expect(dateAboveTitle(docOf(lines.filter((_, i) => i !== 2)), 3)?.iso).toBe('2017-02-13');
  });
});

describe('a publication stamp right over the byline', () => {
  const authorIn = (doc: ReturnType<typeof docOf>, line: number) => {
    const b = doc.blocks[line];
    const start = (b?.start ?? 0) + (b?.text.indexOf('Amina') ?? 0);
    return { start, end: start + 'Amina Saidi'.length };
  };
  test('`Veröffentlicht am 1. November 2023 09:35` over `von Amina Saidi` dates the byline', () => {
    const doc = docOf([
      'Veröffentlicht am 1. November 2023 09:35',
      'von Amina Saidi',
      ...PARAGRAPHS,
    ]);
    const d = dateUnderByline(doc, authorIn(doc, 1));
    expect(d?.iso).toBe('2023-11-01T09:35');
    expect(doc.input.slice(d?.start, d?.end)).toBe('1. November 2023 09:35');
  });
  test('control: an update stamp over the byline does not', () => {
    const doc = docOf(['Mis à jour le 12/03/2024 à 11:05', 'Par Amina Saidi', ...PARAGRAPHS]);
    expect(dateUnderByline(doc, authorIn(doc, 1))).toBeUndefined();
  });
});

describe("the date on the author's own line", () => {
  test('a byline read above the headline gives the date printed after the name on its line', () => {
    const line = 'By Amina Saidi@PortNews Nov 18, 2019, 11:47am EST';
    const doc = docOf([line, 'Share this story', TITLE, ...PARAGRAPHS]);
    const start = line.indexOf('Amina');
    const d = dateUnderByline(doc, { start, end: start + 'Amina Saidi'.length });
    expect(d?.iso.slice(0, 10)).toBe('2019-11-18');
    expect(doc.input.slice(d?.start, d?.end)).toBe('Nov 18, 2019, 11:47am');
  });

  test('control: a name alone on its line still takes the date line under it', () => {
    const doc = docOf(['Amina Saidi', 'Nov 18, 2019', TITLE, ...PARAGRAPHS]);
    expect(dateUnderByline(doc, { start: 0, end: 11 })?.iso).toBe('2019-11-18');
  });
});

describe('a name under the date line under the headline', () => {
  test('kept: title, date, name, categories, a counter: the name is the author', () => {
    const a = parseArticle(
      pageWith([TITLE, '25. Juli 2019', 'Amina Saidi', 'Blogartikel, Hafen', '0 Kommentare']),
    );
    expect(a.authors).toEqual(['Amina Saidi']);
    expect(a.publishedAt).toBe('2019-07-25');
  });

  test('the search above the body (the header read under another title guess) finds the name under the date line', () => {
    const doc = docOf([
      TITLE,
      '25. Juli 2019',
      'Amina Saidi',
      'Blogartikel, Hafen',
      '0 Kommentare',
      ...PARAGRAPHS,
    ]);
    expect(bylineNear(doc, 0, 5)?.text).toBe('Amina Saidi');
  });
});

describe("a date line the body's run left out at its top", () => {
  const DECK =
    'Heat pumps are selling as never before in the port towns, and the installers cannot keep up with the orders that come in every week.';
  test('kept: a deck, the date alone, a picture credit, then the article: the date', () => {
    const a = parseArticle(
      pageWith([TITLE, DECK, '06.12.2022', 'Bild: © Karim Alaoui/Adobestock']),
    );
    expect(a.publishedAt).toBe('2022-12-06');
  });

  test('a date line left out of the body between its first paragraphs dates the article', () => {
    const doc = docOf([
      TITLE,
      DECK,
      '06.12.2022',
      'Bild: © Karim Alaoui/Adobestock',
      ...PARAGRAPHS,
    ]);
    for (const k of [1, 4, 5, 6, 7]) doc.roles.set(k, 'body');
    for (const k of [2, 3]) doc.roles.set(k, 'boilerplate');
    expect(dateInBodyHead(doc, 1)?.iso).toBe('2022-12-06');
  });

  test('guard: a date inside a paragraph of the body is no date line', () => {
    const doc = docOf([
      TITLE,
      DECK,
      'On 06.12.2022 the port opened its new terminal to the public.',
      ...PARAGRAPHS,
    ]);
    for (const k of [1, 2, 3, 4, 5, 6]) doc.roles.set(k, 'body');
    expect(dateInBodyHead(doc, 1)).toBeUndefined();
  });
});

describe("the author's box under the article", () => {
  test.each([
    [['Amina Saidi is a staff writer at Port Weekly covering shipping and the docks.']],
    [['Ein Beitrag von:', '* Amina Saidi', 'Redakteurin für Häfen und Logistik.']],
    [
      [
        'About the Author - Amina Saidi',
        'Hi! My name is Amina and I have covered the port for ten years.',
      ],
    ],
  ])('%j under the body names the author', (box) => {
    const a = parseArticle(pageWith([TITLE], ['Share', ...box, 'Related stories']));
    expect(a.authors).toEqual(['Amina Saidi']);
  });

  test.each([
    [
      [
        'Amina Saidi',
        'Journaliste au service Économie, elle suit les questions portuaires et le commerce maritime depuis 2015 pour le journal.',
      ],
    ],
    // lynx prints the photo's alt text and the name: the name twice.
    [
      [
        'Amina Saidi',
        'Amina Saidi',
        'Journaliste au service Économie, elle suit les questions portuaires et le commerce maritime depuis 2015 pour le journal.',
      ],
    ],
    [
      [
        'Amina Saidi Amina Saidi',
        'Reporter on the ports desk, she has covered shipping and the docks of the strait for ten years for the paper.',
      ],
    ],
  ])(
    "the byline's name alone under the body opens the author's box: it and its biography leave the body (%j)",
    (box) => {
      const a = parseArticle(pageWith([TITLE, 'By Amina Saidi'], [...box, 'Related stories']));
      expect(a.authors).toEqual(['Amina Saidi']);
      expect(a.paragraphs.map((p) => p.text)).toEqual(PARAGRAPHS);
    },
  );

  test("control: a name other than the byline's under the body stays (a quote's speaker, an interview's answer)", () => {
    const after = [
      'Karim Alaoui',
      'We will need three more cranes before the winter, and the rail link is the key to everything we plan for the port.',
    ];
    const a = parseArticle(pageWith([TITLE, 'By Amina Saidi'], after));
    expect(a.paragraphs.map((p) => p.text).at(-1)).toBe(after[1]);
  });

  test('control: a biography far below the body, past other boxes, names nobody', () => {
    const teasers = Array.from({ length: 14 }, (_, i) => `Port teaser number ${i + 1}`);
    const a = parseArticle(
      pageWith(
        [TITLE],
        [...teasers, 'Amina Saidi is a staff writer at Port Weekly covering shipping.'],
      ),
    );
    expect(a.authors).toEqual([]);
  });
});

describe("a site's menu with Cloudflare's e-mail stand-in and glued menu words over the page", () => {
  const lede =
    'La concentración está llamada para las 17 frente al edificio donde funciona la Corte, y los organismos piden un cambio profundo en el máximo tribunal del país.';
  const kicker =
    'Todo listo para la movilización que convocan los organismos de derechos humanos junto a sindicatos, organizaciones sociales y partidos políticos frente al tribunal.';
  const text = [
    'Logo Diario',
    'Iniciar sesión',
    'Hacete [email protected]',
    'Ingresar',
    '04 de mayo de 2022',
    'Edición ImpresaPDF',
    '',
    'El país',
    '',
    kicker,
    '',
    '"La Corte Suprema no imparte justicia sino injusticia"',
    '',
    lede,
    '',
    'Por Luciana Bertoia',
    '4 de mayo de 2022 - 00:38',
    '',
    lede.replace('17', '18'),
    '',
    lede.replace('17', '19'),
  ].join('\n');
  test('the menu line is no title and the glued words under the date are no author: the byline names her', () => {
    const a = parseArticle(text);
    expect(a.title).not.toBe('Hacete [email protected]');
    expect(a.authors).toEqual(['Luciana Bertoia']);
  });
  test.each(['Edición ImpresaPDF', 'Noticias MundoPORTADA'])('%s is no name', (line) => {
    expect(nameLine(line)).toBe(false);
  });
  test.each(['Ronald McDonald', 'DeAndre Jordan', 'Amina Saidi'])(
    'control: %s is a name',
    (line) => {
      expect(nameLine(line)).toBe(true);
    },
  );
});

describe("what follows a byline's name on its line", () => {
  test("the site's name, as the page's address spells it (`von Sarah Schnieder Reiterrevue`), is not the author's", () => {
    const a = parseArticle(
      pageWith([TITLE, 'Veröffentlicht am 03.02.2022 von Sarah Schnieder Reiterrevue']),
      {
        url: 'https://www.reiterrevue.de/ausbildung/heulage-12842649.html',
      },
    );
    expect(a.authors).toEqual(['Sarah Schnieder']);
  });
  test('control: without an address, or a name whose last word is not the site, the name stays whole', () => {
    const line = 'Veröffentlicht am 03.02.2022 von Sarah Schnieder Weber';
    expect(
      parseArticle(pageWith([TITLE, line]), {
        url: 'https://www.reiterrevue.de/x/heulage-12842649.html',
      }).authors,
    ).toEqual(['Sarah Schnieder Weber']);
  });
  test('a social link after the name (`von X Twitter Account von X`) ends it', () => {
    const a = parseArticle(
      pageWith([
        TITLE,
        'Veröffentlicht am 1. November 2023 09:35',
        'von Claudio Kummerfeld Twitter Account von Claudio Kummerfeld',
      ]),
    );
    expect(a.authors).toEqual(['Claudio Kummerfeld']);
  });
});

describe("a user's name after a byline's label, its stamp right after", () => {
  test.each([
    ['von Limespacer · 22. Oktober 2019', '2019-10-22'],
    ['Por Limespacer - 22 de octubre de 2019', '2019-10-22'],
  ])('%s: the name is the author, the stamp the day', (line, iso) => {
    const a = parseArticle(pageWith([TITLE, line]));
    expect(a.authors).toEqual(['Limespacer']);
    expect(a.publishedAt).toBe(iso);
  });
});

describe('numeric dates written year first', () => {
  test.each([
    ['by Amina Saidi ／ 2016.12.01', ['2016-12-01']],
    ['2019/11/20 14:30', ['2019-11-20T14:30']],
    ['Posted 2021.3.7', ['2021-03-07']],
  ])('%s reads', (line, iso) => {
    expect(days(line)).toEqual(iso);
  });
  test.each(['version 2016.12.1.5', '2019.13.40', 'build 2016.12.01.3'])(
    'control: %s is no date',
    (line) => {
      expect(days(line)).toEqual([]);
    },
  );
});

describe("the date in the page's address", () => {
  const url = 'https://news.example.com/ports/2019/11/18/port-traffic-at-tangier-up-nine-percent';
  test('no date printed: the full date of the address, with no span (it is not in the text)', () => {
    const a = parseArticle(pageWith([TITLE]), { url });
    expect(a.publishedAt).toBe('2019-11-18');
    expect(a.spans.publishedAt).toBeUndefined();
  });
  test('guard: a date printed under the headline wins over the address', () => {
    const a = parseArticle(pageWith([TITLE, '17 November 2019']), { url });
    expect(a.publishedAt).toBe('2019-11-17');
    expect(a.spans.publishedAt).toBeDefined();
  });
  test('control: an address with a year and a month only dates nothing', () => {
    const a = parseArticle(pageWith([TITLE]), {
      url: 'https://news.example.com/2019/11/port-traffic-at-tangier-up-nine-percent',
    });
    expect(a.publishedAt).toBeUndefined();
  });
});

describe('a name printed twice in one run', () => {
  test.each(['By Amina SaidiAmina Saidi', 'By Amina Saidi Amina Saidi'])(
    '%s: the name once, its span the first',
    (line) => {
      const input = pageWith([TITLE, line]);
      const a = parseArticle(input);
      expectOneAuthor(input, a, 'Amina Saidi');
    },
  );
  test('control: a name whose halves differ stays whole', () => {
    expect(parseArticle(pageWith([TITLE, 'By Amina Amina Saidi'])).authors).toEqual([
      'Amina Amina Saidi',
    ]);
  });
});

describe("a menu's headings shaped like bylines", () => {
  test('`BY COURSE/MEAL:`, `BY CUISINE:` over menu entries name no author', () => {
    const a = parseArticle(
      pageWith([
        'RECIPES',
        'BY COURSE/MEAL:',
        'BREAD',
        'SOUPS',
        'BY CUISINE:',
        'ASIAN',
        'FILIPINO',
        TITLE,
      ]),
    );
    expect(a.authors).toEqual([]);
  });
});

describe('a name in a script without case over its day and date (`كريم العلوي الأربعاء 16 يوليوز 2025 - 10:15`)', () => {
  const TITLE_AR = 'ميناء طنجة المتوسط يرفع رواج الحاويات خلال النصف الأول من السنة';
  const BODY_AR = [
    'أعلنت السلطة المينائية لطنجة المتوسط، الثلاثاء، أن رواج الحاويات بالميناء ارتفع بنسبة تسعة في المائة خلال النصف الأول من السنة، مدفوعا بخطوط بحرية جديدة نحو غرب إفريقيا.',
    'وحسب الأرقام التي نشرتها السلطة، عالج الميناء أربعة ملايين حاوية من حجم عشرين قدما، مقابل أقل من ذلك خلال الفترة نفسها من السنة الماضية.',
  ];
  const read = (line: string) =>
    parseArticle([TITLE_AR, '', line, '', ...BODY_AR.flatMap((p) => [p, ''])].join('\n'));
  test('the name is the author, the day and date the publication', () => {
    const a = read('كريم العلوي الأربعاء 16 يوليوز 2025 - 10:15');
    expect(a.authors).toEqual(['كريم العلوي']);
    expect(a.publishedAt).toBe('2025-07-16T10:15');
  });
  test.each(['آخر تحديث 16 يوليوز 2025 - 10:15', 'الدار البيضاء 16 يوليوز 2025'])(
    'guard: `%s` (a stamp label, a place) names no author',
    (line) => {
      expect(read(line).authors).toEqual([]);
    },
  );
});

describe("the author's photo before the byline (lynx prints its alt text first)", () => {
  test.each([
    'Amina Saidi By Amina Saidi - July 16, 2025 Rabat',
    'Amina Saidi By [12]Amina Saidi - July 16, 2025 Rabat',
  ])('`%s`: the author once, the date read', (line) => {
    const text = pageWith([TITLE, line]);
    const a = parseArticle(text);
    expectOneAuthor(text, a, 'Amina Saidi');
    expect(a.publishedAt).toBe('2025-07-16');
  });
  test('guard: a headline saying `By` between two different names is no byline', () => {
    const a = parseArticle(
      pageWith([TITLE, 'Amina Saidi Replaced By Karim Alaoui at the Port Desk']),
    );
    expect(a.authors).toEqual([]);
  });
});
