/**
 * The body of a text page (issue 10, session 20): a blog post's comment thread
 * under headings a blog engine prints with the count written as a word
 * (`Ein Gedanke zu „…“`, `One thought on “…”`). Pages are synthetic, written
 * here, laid out as a browser's `innerText` prints a blog post.
 */
import { describe, expect, test } from 'vitest';
import { isCommentHeading } from '../src/furniture/comments.js';
import { parseArticle } from '../src/index.js';

const POST_DE = [
  'Der Hafenverein hat am Samstag sein neues Vereinsheim am Ostufer eröffnet, nach zwei Jahren Bauzeit und vielen Wochenenden, an denen die Mitglieder selbst mit angepackt haben.',
  'Im Erdgeschoss gibt es nun eine Werkstatt für die Boote der Jugendgruppe, und im ersten Stock einen Saal, in dem der Verein seine Versammlungen und im Winter die Kurse abhalten wird.',
  'Zur Eröffnung kamen mehr als zweihundert Gäste, und der Vorstand dankte allen, die mit Spenden und mit ihrer Arbeit dazu beigetragen haben, dass das Haus rechtzeitig fertig geworden ist.',
];
const COMMENT_DE =
  'Herzlichen Glückwunsch zum neuen Haus, wir waren am Samstag mit der ganzen Familie dabei und haben uns sehr über die Werkstatt für die Jugendgruppe gefreut, das ist wirklich gelungen.';

/** A German blog post, its thread under `heading`: a commenter's name and date, no `sagt:`. */
function germanPost(heading: string): string {
  return [
    'Startseite',
    'Verein',
    'Termine',
    'Kontakt',
    '',
    'Neues Vereinsheim eröffnet',
    '',
    '5. Mai 2022 von Redaktion',
    '',
    ...POST_DE.flatMap((p) => [p, '']),
    heading,
    '',
    'Anna Berg',
    '6. Mai 2022 um 10:12 Uhr',
    '',
    COMMENT_DE,
    '',
    'Impressum',
    'Datenschutz',
  ].join('\n');
}

describe('a comment heading whose count is a word opens the thread', () => {
  test.each([
    'Ein Gedanke zu „Neues Vereinsheim eröffnet“',
    '3 Gedanken zu „Neues Vereinsheim eröffnet“',
    'Eine Antwort auf „Neues Vereinsheim eröffnet“',
    'Ein Kommentar zu „Neues Vereinsheim eröffnet“',
  ])('%s: the reader’s comment stays out of the body', (heading) => {
    const a = parseArticle(germanPost(heading));
    for (const p of POST_DE) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Herzlichen Glückwunsch');
  });

  test.each([
    'One thought on “The harbour club opens its new house”',
    'One response to “The harbour club opens its new house”',
    'Une réflexion sur « Le club ouvre sa nouvelle maison »',
    '2 réflexions sur « Le club ouvre sa nouvelle maison »',
    'Un comentario en «El club abre su nueva casa»',
    'Una risposta a “Il club apre la sua nuova casa”',
  ])('%s is a thread heading', (heading) => {
    expect(isCommentHeading(heading)).toBe(true);
  });

  test.each([
    // A headline or a subheading opening with a number word, no title quoted after a comment word.
    'One thought on the future of the harbour',
    'Ein Gedanke zum Schluss',
    'Eine Antwort auf die Frage nach dem Hafen',
    'Une réflexion sur le port',
    'One of the oldest clubs on the coast',
  ])('control: %s is no thread heading', (line) => {
    expect(isCommentHeading(line)).toBe(false);
  });
});

describe('a box printed several times between the sections is no part of the body', () => {
  const SECTIONS = [
    [
      'Hotel Seeblick, Bodensee',
      'Das Hotel Seeblick liegt direkt am Ufer des Bodensees und bietet seinen Gästen einen Spa-Bereich mit drei Saunen, einem Dampfbad und einem beheizten Außenpool mit Blick auf die Berge.',
    ],
    [
      'Berghof Alpenrose, Allgäu',
      'Der Berghof Alpenrose wurde im vergangenen Jahr von Grund auf renoviert und bietet nun zwölf Zimmer, in denen Holz, Leinen und Wolle aus der Region eine gemütliche Atmosphäre schaffen.',
    ],
    [
      'Gasthof Krone, Schwarzwald',
      'Der Gasthof Krone ist seit vier Generationen in Familienhand, und die Küche verwendet fast nur Zutaten von den Höfen der Umgebung, das Brot backt der Wirt jeden Morgen selbst.',
    ],
    [
      'Landhaus am Wald, Eifel',
      'Im Landhaus am Wald beginnt der Tag mit einem ausgiebigen Frühstück aus regionalen Produkten, und am Nachmittag laden die Wanderwege rund um das Haus zu langen Spaziergängen ein.',
    ],
  ];
  const BOX = [
    'Am beliebtesten',
    'Warme Reiseziele: Sieben Urlaubsorte, um dem kalten Winter zu entfliehen',
    'Von Lena Hoff',
    'Künstlerporträt: Der Maler und sein Atelier am Meer',
    'Von Tom Berg',
  ];
  const page = [
    'Startseite',
    'Reisen',
    'Wohnen',
    '',
    'Die schönsten Wellness-Hotels für ein langes Wochenende',
    '',
    'Von Anna Berg',
    '1. Januar 2023',
    '',
    'Für alle, die sich nach etwas Ruhe und Erholung sehnen, haben wir die schönsten Wellness-Hotels in Deutschland zusammengestellt, vom Bodensee bis in die Eifel.',
    '',
    // The box between the sections, its last copy above the last section.
    ...SECTIONS.flatMap(([head, text], i) => [
      head ?? '',
      text ?? '',
      '',
      ...(i < SECTIONS.length - 1 ? [...BOX, ''] : []),
    ]),
    'Impressum',
    'Datenschutz',
  ].join('\n');

  test('every section stays, no copy of the box does', () => {
    const a = parseArticle(page);
    for (const [, text] of SECTIONS) expect(a.text).toContain(text);
    expect(a.text).not.toContain('Warme Reiseziele');
    expect(a.text).not.toContain('Künstlerporträt');
  });
});

describe('`weiter lesen`, written in two words, is a read-more link', () => {
  const TEASERS = [
    [
      'Neue Ampel am Hafen',
      'Die Fraktion begrüßt die Entscheidung des Bauausschusses, an der Kreuzung vor dem Hafen endlich eine Ampel für die Schulkinder aufzustellen, wie es die Eltern seit Jahren fordern.',
    ],
    [
      'Mehr Geld für die Bibliothek',
      'Die Stadtbibliothek soll im kommenden Jahr mehr Geld für neue Bücher und längere Öffnungszeiten bekommen, fordert die Fraktion in einem Antrag an den Stadtrat.',
    ],
    [
      'Das Freibad bleibt offen',
      'Nach langen Verhandlungen mit dem Betreiber ist klar, dass das Freibad am Stadtpark auch im nächsten Sommer öffnet, und die Eintrittspreise bleiben wie bisher.',
    ],
  ];
  const ARTICLE = [
    'Der Stadtrat hat am Mittwoch den Bebauungsplan für das neue Schulgelände am Westhang beschlossen, und die Schule kann nun mit dem Bau ihrer Turnhalle und der neuen Klassenräume beginnen.',
    'Die Fraktion hatte sich seit zwei Jahren dafür eingesetzt, dass die Schule an ihrem Standort wachsen kann, und dankt allen, die im Ausschuss an einer Lösung für die Zufahrt mitgearbeitet haben.',
  ];
  const page = [
    'Startseite',
    'Fraktion',
    'Presse',
    '',
    ...TEASERS.flatMap(([head, text], i) => [
      head ?? '',
      `0${i + 3}.10.2022`,
      head ?? '',
      // The excerpt cut short, as a teaser's is.
      `${(text ?? '').slice(0, 120)}...`,
      'weiter lesen',
    ]),
    'Zurück zur Übersicht',
    '',
    'Schule am Westhang kann bauen',
    '22.05.2022',
    '',
    ...ARTICLE.flatMap((p) => [p, '']),
    'Impressum',
  ].join('\n');

  test('the teasers over the article, each closed by `weiter lesen`, stay out', () => {
    const a = parseArticle(page);
    for (const p of ARTICLE) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Bauausschusses');
    expect(a.text).not.toContain('weiter lesen');
    expect(a.title).toBe('Schule am Westhang kann bauen');
  });
});

describe('an info box of long paragraphs printed twice is no part of the body', () => {
  const BOX = [
    'Der Hafenverband',
    'Der Hafenverband ist der Zusammenschluss der Vereine, Werften und Bootsschulen am See. Er vertritt ihre Anliegen gegenüber der Stadt und dem Land, berät seine Mitglieder in Fragen des Naturschutzes und richtet jedes Jahr im Sommer die Hafenwoche aus, zu der Gäste aus dem ganzen Land kommen, um die Regatten und das Feuerwerk über dem Wasser zu sehen.',
    'Der Verband ging aus einer Arbeitsgemeinschaft der Segelvereine hervor, die sich im Jahr 1952 gegründet hatte, um den Wiederaufbau der Stege nach dem Krieg zu planen. Heute gehören ihm mehr als sechzig Vereine und Betriebe an, und er beschäftigt eine Geschäftsstelle mit vier Mitarbeiterinnen in einem alten Lagerhaus am Nordufer.',
    'Organe des Verbands sind die Mitgliederversammlung, der Vorstand und der Beirat. Die Mitgliederversammlung tritt einmal im Jahr zusammen, wählt den Vorstand für jeweils drei Jahre und beschließt über den Haushalt, die Beiträge und die Aufnahme neuer Mitglieder in den Verband, der Beirat berät den Vorstand in allen Fragen.',
  ];
  const ARTICLE = [
    'Die Mitgliederversammlung des Hafenverbands hat am Samstag eine neue Vorsitzende gewählt: Die Bootsbauerin Anna Berg folgt auf Tom Hoff, der nach neun Jahren nicht mehr angetreten war, und will vor allem die Jugendarbeit der Vereine stärken.',
    'Berg sagte nach der Wahl, der Verband müsse sich stärker um den Nachwuchs kümmern, denn viele Vereine fänden keine Trainer mehr für ihre Jugendgruppen, und ohne sie gebe es in zehn Jahren kaum noch Segler am See.',
    'Zu ihren Stellvertretern wählte die Versammlung den Werftbesitzer Lars Kruse und die Lehrerin Mia Lund, die seit vielen Jahren die Segelschule am Nordufer leitet und im Verband für die Kurse der Schulen zuständig ist.',
  ];
  const page = (body: string[]) =>
    [
      'Startseite',
      'Verband',
      'Termine',
      '',
      ...BOX.flatMap((p) => [p, '']),
      'Neue Vorsitzende für den Hafenverband',
      '19.11.2021',
      '',
      ...body.flatMap((p) => [p, '']),
      ...BOX.flatMap((p) => [p, '']),
      'Impressum',
    ].join('\n');

  test('the article stays, neither copy of the box does', () => {
    const a = parseArticle(page(ARTICLE));
    for (const p of ARTICLE) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Arbeitsgemeinschaft der Segelvereine');
  });

  test('control: an article printed twice whole keeps its text', () => {
    const twice = [
      'Startseite',
      '',
      'Neue Vorsitzende für den Hafenverband',
      '19.11.2021',
      '',
      ...ARTICLE.flatMap((p) => [p, '']),
      'Druckversion',
      '',
      ...ARTICLE.flatMap((p) => [p, '']),
      'Impressum',
    ].join('\n');
    const a = parseArticle(twice);
    for (const p of ARTICLE) expect(a.text).toContain(p);
  });
});
