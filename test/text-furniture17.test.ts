/**
 * Furniture inside and around a text page's body (session 17): buttons'
 * labels (calls to action), read-more links closed by an arrow, a promotion
 * box closing the article. Pages are synthetic, written here, laid out as
 * Chromium's `innerText`, w3m and lynx print a page.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const DE = [
  'Die Stadtwerke haben am Montag den Bau des neuen Wärmespeichers am Hafen begonnen, der im kommenden Winter rund zwölftausend Haushalte mit Fernwärme versorgen soll.',
  'Nach Angaben des Unternehmens fasst der Speicher mehr als vierzigtausend Kubikmeter heißes Wasser, das aus der Abwärme der benachbarten Müllverbrennungsanlage stammt.',
  'Die Kosten von etwa achtzig Millionen Euro tragen zu einem Drittel Bund und Land, den Rest finanzieren die Stadtwerke über einen Kredit der Förderbank.',
  'Anwohner hatten in einer Versammlung im Frühjahr vor Lärm während der Bauzeit gewarnt; die Stadtwerke sagten zu, nachts und am Wochenende nicht zu arbeiten.',
  'Der Speicher soll im Oktober des nächsten Jahres in Betrieb gehen, wie ein Sprecher der Stadtwerke auf Nachfrage bestätigte.',
];
const DE_TITLE = 'Stadtwerke beginnen mit dem Bau des Wärmespeichers am Hafen';

const FR = [
  'La métropole a présenté mardi son plan pour rénover les cent vingt écoles de son territoire d’ici à la fin de la décennie, un chantier estimé à près de deux cents millions d’euros.',
  'Les premiers travaux porteront sur l’isolation des toitures et le remplacement des chaudières au fioul, qui chauffent encore une école sur cinq selon les services techniques.',
  'Les parents d’élèves, consultés cet automne, ont demandé que les cours de récréation soient végétalisées en priorité, ce que la métropole s’est engagée à faire dès l’été.',
  'Le calendrier précis des chantiers sera publié école par école au printemps, a indiqué l’adjointe chargée de l’éducation lors de la présentation.',
];
const FR_TITLE = 'La métropole veut rénover toutes ses écoles d’ici à 2030';

describe('a call to action alone on its line is no paragraph of the article', () => {
  test('Chromium: `Mehr erfahren` under a paragraph inside the body', () => {
    const page = [
      'Startseite',
      'Lokales',
      'Wirtschaft',
      DE_TITLE,
      'Von Jana Krüger',
      '12.03.2024',
      DE[0],
      DE[1],
      'Mehr erfahren',
      DE[2],
      DE[3],
      DE[4],
      'Impressum',
      'Datenschutz',
    ].join('\n\n');
    const a = parseArticle(page);
    for (const p of DE) expect(a.text).toContain(p);
    expect(a.paragraphs.map((p) => p.text)).not.toContain('Mehr erfahren');
    expect(a.text).not.toContain('Mehr erfahren');
  });

  test('w3m: `En savoir plus ›` and `Je m’abonne` between the paragraphs', () => {
    const page = [
      'Accueil  Actualités  Éducation',
      '',
      FR_TITLE,
      '',
      'Par Claire Martin, le 4 mars 2024',
      '',
      FR[0],
      '',
      FR[1],
      '',
      'En savoir plus ›',
      '',
      FR[2],
      '',
      'Je m’abonne',
      '',
      FR[3],
      '',
      'Mentions légales',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of FR) expect(a.text).toContain(p);
    expect(a.text).not.toContain('En savoir plus');
    expect(a.text).not.toContain('Je m’abonne');
  });

  test('HTML: a button’s label between two paragraphs of the article', () => {
    const html = `<!doctype html><html lang="de"><head><title>${DE_TITLE}</title></head><body>
<article><h1>${DE_TITLE}</h1>${DE.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}<div class="cta"><span class="button">Jetzt herunterladen!</span></div>${DE.slice(2)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const a = parseArticle(html, { format: 'html' });
    for (const p of DE) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Jetzt herunterladen');
  });
});

describe('a read-more link closed by an arrow is read as one', () => {
  // Related articles' teasers right under the article: a headline, an excerpt cut short, a `Weiterlesen →` link.
  const teaser = (headline: string, excerpt: string, more: string) => [headline, excerpt, more];
  const related = (more: string) => [
    ...teaser(
      'Neue Radwege an der Uferstraße',
      'Die Stadt baut bis zum Sommer zwei Kilometer Radweg entlang des Flusses, getrennt von der Fahrbahn durch einen Grünstreifen. Die Arbeiten beginnen im April…',
      more,
    ),
    ...teaser(
      'Hallenbad bleibt bis Ostern geschlossen',
      'Wegen eines Schadens an der Lüftung bleibt das Hallenbad im Westen der Stadt länger zu als geplant. Schulen weichen auf das Freibad aus, sobald es öffnet…',
      more,
    ),
  ];
  const page = (more: string) =>
    [
      'Startseite',
      'Lokales',
      DE_TITLE,
      'Von Jana Krüger',
      ...DE,
      ...related(more),
      'Impressum',
    ].join('\n\n');

  test.each(['Weiterlesen →', 'Read more →', 'Read more »', 'Leer más ›'])(
    '`%s` under teasers after the article',
    (more) => {
      const a = parseArticle(page(more));
      for (const p of DE) expect(a.text).toContain(p);
      expect(a.text).not.toContain('Hallenbad');
      expect(a.text).not.toContain('Radweg');
      expect(a.text).not.toContain(more);
    },
  );
});

describe('promotion boxes closing the body', () => {
  const boxes = [
    'Energie im Quartier',
    'In unserem Seminar „Wärmenetze planen“ lernen Sie an zwei Tagen, wie Sie Speicher, Netze und Erzeuger für Ihr Quartier auslegen.',
    'Mehr erfahren',
    'Zehn Fragen zur Wärmewende',
    'Unser kostenloser Leitfaden beantwortet die häufigsten Fragen von Kommunen und Stadtwerken. Laden Sie ihn gleich herunter!',
    'Jetzt herunterladen!',
  ];

  test('Chromium: two boxes (heading, one paragraph, a button) under the article leave the body', () => {
    const page = [
      'Startseite',
      'Lokales',
      DE_TITLE,
      'Von Jana Krüger',
      '12.03.2024',
      ...DE,
      ...boxes,
      'Impressum',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of DE) expect(a.text).toContain(p);
    expect(a.text).not.toContain('In unserem Seminar');
    expect(a.text).not.toContain('Leitfaden');
    expect(a.text).not.toContain('Zehn Fragen');
  });

  test('w3m: a magazine’s box closed by `Weiterlesen →`', () => {
    const page = [
      'Startseite  Lokales',
      '',
      DE_TITLE,
      '',
      'Von Jana Krüger',
      '',
      ...DE.flatMap((p) => [p, '']),
      'Leseprobe: Unser Sonderheft',
      '',
      'Fernwärme für alle?',
      '',
      'Wie Städte ihre Wärmeversorgung umbauen und was das für Mieter bedeutet, lesen Sie in unserem Sonderheft. Hier eine Leseprobe.',
      '',
      'Weiterlesen →',
      '',
      'Impressum',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of DE) expect(a.text).toContain(p);
    expect(a.text).not.toContain('Sonderheft');
  });

  test('control: the article’s last section under its heading stays when no button follows it', () => {
    const page = [
      'Startseite',
      DE_TITLE,
      'Von Jana Krüger',
      ...DE,
      'Wie geht es weiter?',
      'Der Gemeinderat entscheidet im Mai über den zweiten Bauabschnitt, für den bisher keine Fördermittel zugesagt sind.',
      'Impressum',
    ].join('\n\n');
    const a = parseArticle(page);
    expect(a.text).toContain('Der Gemeinderat entscheidet im Mai');
  });
});

describe('a list written with dashes inside the body', () => {
  const INTRO = [
    'Der Verein bietet seinen Mitgliedern seit diesem Jahr sechs verschiedene Tarife an, die sich nach Alter, Nutzung der Halle und Zahl der Kurse unterscheiden.',
    'Wer bisher einen der alten Tarife hatte, wird automatisch in den günstigsten passenden neuen Tarif eingestuft, teilte der Vorstand in seinem Rundschreiben mit.',
    'Die Tarife im Überblick, von links nach rechts zunehmend teurer:',
  ];
  const TARIFFS = [
    ['Basis', '– Halle an Werktagen', '– keine Kurse'],
    ['Basis plus', '– Halle an allen Tagen', '– keine Kurse'],
    ['Kurs', '– Halle an Werktagen', '– zwei Kurse im Monat'],
    ['Kurs plus', '– Halle an allen Tagen', '– zwei Kurse im Monat'],
    ['Familie', '– Halle an allen Tagen', '– vier Kurse im Monat', '– zwei Erwachsene'],
    ['Familie plus', '– Halle an allen Tagen', '– alle Kurse', '– zwei Erwachsene'],
  ];
  const AFTER = [
    'Der Vorstand begründet die Umstellung mit den gestiegenen Kosten für Energie und Reinigung der Halle, die sich seit dem vorletzten Jahr fast verdoppelt hätten.',
    'Mitglieder, die mit ihrer Einstufung nicht einverstanden sind, können bis Ende des Monats schriftlich Widerspruch einlegen oder in einen anderen Tarif wechseln.',
    'Die nächste Mitgliederversammlung findet am dritten Freitag im Oktober im Vereinsheim statt; dort soll auch über die Beiträge für das kommende Jahr gesprochen werden.',
  ];

  test('w3m: the paragraphs before and after a long dashed list are one body', () => {
    const page = [
      'TSV Musterstadt',
      '',
      '  * Verein',
      '  * Abteilungen',
      '  * Kontakt',
      '',
      'Neue Tarife ab dem ersten Januar',
      '',
      ...INTRO.flatMap((p) => [p, '']),
      ...TARIFFS.flatMap(([label, ...items]) => [label ?? '', '', ...items, '']),
      'Warum die Beiträge steigen',
      '',
      ...AFTER.flatMap((p) => [p, '']),
      'Impressum | Datenschutz',
    ].join('\n');
    const a = parseArticle(page);
    for (const p of [...INTRO.slice(0, 2), ...AFTER]) expect(a.text).toContain(p);
    expect(a.text).toContain('– zwei Kurse im Monat');
  });
});
