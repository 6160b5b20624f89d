/**
 * The end of a text page's body (issue 10, session 24): a post's meta footer
 * (where the theme files the entry, its tags) ends the article; the blog's
 * sidebar and the site's teasers under it are not the article's. Pages are
 * synthetic, written here, laid out as a browser's `innerText` prints a post.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const POST = [
  'We drove up to the lake before sunrise, when the water was still as glass and the only sound was a heron lifting off from the reeds near the old boathouse.',
  'By eight the first swimmers had come down the path with their towels, and the kiosk opened its shutters. The owner told us the season had started late this year.',
  'We stayed until noon, ate the last two sandwiches on the jetty and promised ourselves to come back in autumn, when the birches turn yellow and the crowds are gone.',
];

/** What a blog's sidebar prints under the post: the blogger's presentation, written as prose. */
const ABOUT = [
  'About this blog',
  'I am a teacher from the north who has been writing about small trips by bike and by train since 2011. Every Sunday there is a new story here, with photos and a map.',
  'Recent posts',
  'A Weekend on the Islands',
  'Three Bridges in One Day',
];

/** A post under its headline and date, then `footer` (lines), then the sidebar. */
function post(footer: readonly string[], about: readonly string[] = ABOUT): string {
  return [
    'Small Trips',
    'Home',
    'About',
    '',
    'A Quiet Morning at the Lake',
    'June 3, 2021',
    '',
    ...POST.flatMap((p) => [p, '']),
    ...footer,
    '',
    ...about,
  ].join('\n');
}

/** The sidebar's presentation, which the article never holds. */
const BLURB = ABOUT[1] ?? '';

describe("a post's meta footer ends its body", () => {
  test.each([
    [
      'the footer of an English theme',
      ['This entry was posted in Travel and tagged lake, swimming. Bookmark the permalink.'],
    ],
    [
      'the footer of a German theme',
      [
        'Dieser Eintrag wurde veröffentlicht in Ausflüge und getaggt als See, Baden. Fügen Sie den Permalink zu Ihren Favoriten hinzu.',
      ],
    ],
    [
      'a date before the filing',
      [
        'Erstellt am Donnerstag 3. Juni 2021 um 18:30 und abgelegt unter Ausflüge, Sommer. Kommentare zu diesem Eintrag im RSS 2.0 Feed.',
      ],
    ],
    ['a filing label over its categories', ['Filed under: Travel, Summer | Tags: lake, swimming']],
    ['an Italian theme', ['Questa voce è stata pubblicata in Viaggi e contrassegnata con lago.']],
  ])('%s: the post is whole, the sidebar left out', (_, footer) => {
    const a = parseArticle(post(footer));
    expect(a.kind).toBe('article');
    for (const p of POST) expect(a.text).toContain(p);
    expect(a.text).not.toContain(BLURB);
    expect(a.text).not.toContain(footer[0]);
  });

  test("a tag list's label ends the body with the site's teasers under it", () => {
    const teasers = [
      'Anna Berg',
      'Editor',
      '02.06.2021 - Travel: Night trains are back on the northern line, and the first tickets sold out within hours of going on sale.',
      '28.05.2021 - Travel: The ferry to the islands will run every hour from July, the operator said on Friday after a long dispute.',
    ];
    const a = parseArticle(post(['Topics: lake, swimming, summer, day trips'], teasers));
    for (const p of POST) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Night trains are back');
    expect(a.text).not.toContain('The ferry to the islands');
  });
});

describe('controls: the footer does not end what it does not close', () => {
  test('a filing line above the post leaves the post whole', () => {
    const page = [
      'Small Trips',
      '',
      'A Quiet Morning at the Lake',
      'Posted in Travel',
      '',
      ...POST.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(page);
    for (const p of POST) expect(a.text).toContain(p);
  });

  test('an article telling what was tagged or filed keeps its paragraphs', () => {
    const story = [
      ...POST.slice(0, 2),
      'The rangers tagged forty herons that summer and filed under a new programme for the lake, which the council agreed to fund for another five years.',
      'Next year they hope to tag the swans too, if the money comes through before the spring and the volunteers sign up again in time for the nesting season.',
    ];
    const page = [
      'Small Trips',
      '',
      'A Quiet Morning at the Lake',
      'June 3, 2021',
      '',
      ...story.flatMap((p) => [p, '']),
    ].join('\n');
    const a = parseArticle(page);
    for (const p of story) expect(a.text).toContain(p);
  });
});

/** A news report in `lang`'s words: headline, date, three paragraphs. */
const REPORT: Record<'de' | 'no' | 'es', { title: string; date: string; body: string[] }> = {
  de: {
    title: 'Neue Fähre verbindet die Inseln ab Juli',
    date: '3. Juni 2021',
    body: [
      'Ab dem ersten Juli fährt eine neue Fähre stündlich zwischen dem Hafen und den beiden Inseln, wie die Reederei am Donnerstag mitteilte. Die Überfahrt dauert vierzig Minuten.',
      'Die Gemeinden hatten seit Jahren eine bessere Verbindung gefordert, vor allem für Pendler und Schulkinder, die bisher auf das erste Boot am Morgen warten mussten.',
      'Die Fahrkarten sollen im Sommer nicht teurer werden. Ein Monatsticket für Inselbewohner kostet weiterhin 38 Euro, teilte der Bürgermeister mit.',
    ],
  },
  no: {
    title: 'Ny ferje mellom øyene fra juli',
    date: '3. juni 2021',
    body: [
      'Fra første juli går en ny ferje hver time mellom havnen og de to øyene, opplyste rederiet torsdag. Overfarten tar førti minutter, og billettene blir ikke dyrere i sommer.',
      'Kommunene har i mange år bedt om et bedre tilbud, særlig for pendlere og skolebarn som til nå har måttet vente på den første båten om morgenen.',
      'Ordføreren sier at en månedsbillett for dem som bor på øyene fortsatt skal koste det samme som i fjor, og at flere avganger kan komme til høsten.',
    ],
  },
  es: {
    title: 'Un nuevo ferry unirá las islas desde julio',
    date: '3 de junio de 2021',
    body: [
      'Desde el primero de julio un nuevo ferry saldrá cada hora entre el puerto y las dos islas, informó la naviera el jueves. El cruce durará cuarenta minutos.',
      'Los municipios reclamaban desde hace años una mejor conexión, sobre todo para los trabajadores y los chicos que hasta ahora esperaban el primer barco de la mañana.',
      'Los pasajes no subirán durante el verano. El abono mensual para los vecinos de las islas seguirá costando lo mismo, dijo el intendente.',
    ],
  },
};

/** The report in `lang` under a site's menu, then `tail` (lines). */
function report(lang: keyof typeof REPORT, tail: readonly string[]): string {
  const r = REPORT[lang];
  return [
    'Inselbote',
    'Start',
    'Region',
    '',
    r.title,
    r.date,
    '',
    ...r.body.flatMap((p) => [p, '']),
    ...tail,
  ].join('\n');
}

describe("a heading over the site's teasers ends the body (German, Dutch, Nordic)", () => {
  test.each([
    [
      'de' as const,
      'Zum Thema',
      [
        'Hafen wird bis 2023 ausgebaut',
        'Der Hafen soll eine zweite Anlegestelle bekommen, damit die Fähren im Sommer nicht mehr vor der Einfahrt warten müssen und der Fahrplan verlässlicher wird.',
      ],
    ],
    [
      'no' as const,
      'Siste saker',
      [
        'Havnen bygges ut innen 2023',
        'Havnen skal få en ny kai slik at ferjene ikke lenger må vente utenfor innseilingen om sommeren, og rutetabellen blir mer pålitelig for alle som reiser.',
      ],
    ],
  ])('%s: `%s` and its teasers are left out', (lang, heading, teasers) => {
    const a = parseArticle(report(lang, [heading, ...teasers]));
    for (const p of REPORT[lang].body) expect(a.text).toContain(p);
    expect(a.text).not.toContain(heading);
    for (const t of teasers) expect(a.text).not.toContain(t);
  });
});

describe("the site's appeal under the article is left out (Spanish)", () => {
  test.each([
    [
      'a support appeal with its lead-in',
      [
        'Si llegaste hasta acá...',
        '',
        'Es porque valorás el periodismo que cuenta lo que pasa en tu región. Hace veinte años que contamos con vos para seguir informando todos los días.',
      ],
    ],
    [
      'a subscription offer under its heading',
      [
        'Tenemos algo para vos',
        '',
        'Con tu suscripción leés todas las notas del diario sin límites y recibís cada mañana el boletín con las noticias de la región.',
      ],
    ],
  ])('%s', (_, tail) => {
    const a = parseArticle(report('es', tail));
    for (const p of REPORT.es.body) expect(a.text).toContain(p);
    for (const line of tail) if (line) expect(a.text).not.toContain(line);
  });
});

describe("a hosted blog's comment form closes the post", () => {
  const POST_DE = [
    'Am Samstag sind wir früh am Morgen zum See gefahren, als das Wasser noch ganz still lag und nur ein Reiher aus dem Schilf beim alten Bootshaus aufflog.',
    'Gegen acht kamen die ersten Schwimmer mit ihren Handtüchern den Weg herunter, und der Kiosk öffnete seine Läden. Der Besitzer erzählte, die Saison habe spät begonnen.',
    'Wir blieben bis Mittag, aßen die letzten Brote auf dem Steg und versprachen uns, im Herbst wiederzukommen, wenn die Birken gelb werden.',
  ];
  const FORM = [
    'Kommentar verfassen',
    'Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:',
    '',
    'E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)',
    'Name (erforderlich)',
    '',
    'Benachrichtigung bei weiteren Kommentaren per E-Mail senden.',
    'Informiere mich über neue Beiträge per E-Mail.',
  ];

  // The blog's presentation in the sidebar under the form.
  const BLURB =
    'Ein Blog über kleine Ausflüge mit dem Rad und der Bahn, seit 2012 mit Fotos und Karten. Jeden Sonntag kommt hier eine neue Geschichte dazu.';

  test("the form's fields and boxes are no paragraphs of the post", () => {
    const page = [
      'Kleine Ausflüge',
      'Start',
      '',
      'Ein stiller Morgen am See',
      '3. Juni 2021',
      '',
      ...POST_DE.flatMap((p) => [p, '']),
      'Gefällt mir Wird geladen …',
      '',
      ...FORM,
      '',
      'Kleine Ausflüge',
      BLURB,
    ].join('\n');
    const a = parseArticle(page);
    for (const p of POST_DE) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Adresse wird niemals veröffentlicht');
    expect(a.text).not.toContain('Informiere mich über neue Beiträge');
    expect(a.text).not.toContain(BLURB);
  });
});
