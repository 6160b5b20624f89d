/**
 * Session 19 (hbody19): German and Spanish relative dates (`vor 5 Stunden`,
 * `hace 3 horas`, `gestern`, `ayer`) resolved against a reference day, on
 * HTML pages and in `findDates`. Synthetic pages written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { findDates } from '../src/dates/find-dates.js';

const REF = { year: 2026, month: 12, day: 4 };

/** The ISO values `findDates` reads in `line` against 4 December 2026. */
const isoOf = (line: string): string[] => findDates(line, REF).map((d) => d.iso);

describe('German relative dates', () => {
  test.each([
    ['vor 5 Minuten', '2026-12-04'],
    ['vor 3 Stunden', '2026-12-04'],
    ['vor einer Stunde', '2026-12-04'],
    ['vor 2 Tagen', '2026-12-02'],
    ['vor einem Tag', '2026-12-03'],
    ['vor einer Woche', '2026-11-27'],
    ['vor 2 Wochen', '2026-11-20'],
    ['vor einem Monat', '2026-11-04'],
    ['vor 3 Monaten', '2026-09-04'],
    ['vor einem Jahr', '2025-12-04'],
    ['vor 2 Jahren', '2024-12-04'],
    ['Gestern, 14:30', '2026-12-03'],
    ['vorgestern', '2026-12-02'],
  ])('%s', (line, iso) => {
    expect(isoOf(line)).toEqual([iso]);
  });

  test("the expression's span is the whole of it", () => {
    const [d] = findDates('Aktualisiert vor 2 Tagen', REF);
    expect(d && 'Aktualisiert vor 2 Tagen'.slice(d.start, d.end)).toBe('vor 2 Tagen');
  });

  test('control: `vor` before a number that names no time unit is no date', () => {
    expect(findDates('vor 2 Spielen', REF)).toEqual([]);
    expect(findDates('Vorstand tagt', REF)).toEqual([]);
  });
});

describe('Spanish relative dates', () => {
  test.each([
    ['hace 10 minutos', '2026-12-04'],
    ['hace 3 horas', '2026-12-04'],
    ['hace una hora', '2026-12-04'],
    ['hace 2 días', '2026-12-02'],
    ['hace un día', '2026-12-03'],
    ['Hace una semana', '2026-11-27'],
    ['hace 3 semanas', '2026-11-13'],
    ['hace un mes', '2026-11-04'],
    ['hace 2 meses', '2026-10-04'],
    ['hace un año', '2025-12-04'],
    ['hace 3 años', '2023-12-04'],
    ['Ayer a las 10:00', '2026-12-03'],
    ['anteayer', '2026-12-02'],
  ])('%s', (line, iso) => {
    expect(isoOf(line)).toEqual([iso]);
  });

  test('control: `hace` before a word that is no time unit is no date', () => {
    expect(findDates('hace 2 goles', REF)).toEqual([]);
    expect(findDates('Lo hace bien', REF)).toEqual([]);
  });
});

test('without a reference day, the expression is found but left unresolved', () => {
  const [d] = findDates('vor 3 Stunden');
  expect(d?.unresolved).toBe(true);
});

/** A story whose date line under the title reads `stamp`. */
function story(stamp: string, lang: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Hafen</title></head><body>
  <main><article><h1>Der Stadtrat billigt den neuen Plan für den Hafen</h1>
    <div class="meta"><span class="author">Jana Roth</span> <span class="date">${stamp}</span></div>
    <p>Der Rat stimmte am Dienstagabend mit sieben zu zwei Stimmen für den Plan, über den seit mehr als einem Jahr gestritten wurde.</p>
    <p>Die Arbeiten am ersten Kai sollen im Frühjahr beginnen, sobald die letzten Genehmigungen vorliegen.</p>
  </article></main></body></html>`;
}

describe('a German or Spanish relative date under an HTML title', () => {
  test('vor 3 Tagen dates the page against the reference day', () => {
    const a = parseArticle(story('vor 3 Tagen', 'de'), {
      format: 'html',
      referenceDate: '2026-12-04',
    });
    expect(a.publishedAt).toBe('2026-12-01');
  });

  test('hace 2 horas dates the page on the reference day', () => {
    const a = parseArticle(story('Publicado hace 2 horas', 'es'), {
      format: 'html',
      referenceDate: '2026-12-04T10:00:00Z',
    });
    expect(a.publishedAt).toBe('2026-12-04');
  });

  test('without a reference day, no date', () => {
    expect(parseArticle(story('vor 3 Tagen', 'de'), { format: 'html' }).publishedAt).toBe(
      undefined,
    );
  });
});

describe('a strip of teaser cards beside the article', () => {
  /** One card of the site's "latest posts" strip. */
  const card = (n: number): string => `<div class="tile">
      <div class="tile-date">0${n}.10.2024</div>
      <div class="tile-title">Fraktion fordert mehr Geld für Schule Nummer ${n}</div>
      <div class="tile-excerpt">Die Fraktion im Stadtrat verlangt, dass die Schule ${n} im nächsten Haushalt mehr Mittel erhält, weil das Dach undicht ist und die Räume zu klein sind.</div>
      <div class="tile-more"><a href="/aktuelles/${n}">weiter lesen</a></div>
    </div>`;
  const page = (
    cards: number,
  ): string => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadtrat</title></head><body>
  <div class="wrap"><div class="col-left">
    <div class="strip"><div class="row">${Array.from({ length: cards }, (_, i) => card(i + 1)).join('')}</div></div>
    <div class="story">
      <h1>Neue Halle für den Sportverein genehmigt</h1>
      <p>Der Stadtrat hat am Mittwoch den Bau einer neuen Halle für den Sportverein genehmigt, nachdem die Pläne zwei Jahre lang beraten worden waren.</p>
      <p>Die Halle soll im Frühjahr begonnen werden und Platz für drei Mannschaften bieten, die bisher in einer Schulturnhalle trainieren mussten.</p>
      <p>Der Verein hatte die alte Halle im vergangenen Winter räumen müssen, weil das Dach nach einem Sturm eingestürzt war und nicht mehr repariert werden konnte.</p>
      <p>Die Kosten von rund zwei Millionen Euro teilen sich die Stadt und das Land, der Verein selbst trägt einen Anteil von zehn Prozent bei.</p>
    </div>
  </div></div></body></html>`;

  test("the cards' excerpts are not the article", () => {
    const a = parseArticle(page(4), { format: 'html' });
    expect(a.text).toContain('Der Stadtrat hat am Mittwoch den Bau einer neuen Halle');
    expect(a.text).toContain('Die Kosten von rund zwei Millionen Euro');
    expect(a.text).not.toContain('Die Fraktion im Stadtrat verlangt');
    expect(a.text).not.toContain('Fraktion fordert mehr Geld');
  });

  test('control: a gallery whose cards far outweigh the introduction is the article', () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Costumes</title></head><body>
    <article class="post"><h1>Forty easy costumes for a last-minute party</h1>
      <div class="intro"><p>These costumes need nothing more than what is already in your wardrobe, a little makeup and an evening.</p></div>
      <div class="slides">${Array.from(
        { length: 12 },
        (_, i) => `<div class="slide"><h2>Costume ${i + 1}: the friendly neighbourhood ghost</h2>
        <p>What you need: a white sheet with two holes cut for the eyes, a pair of comfortable shoes, and some patience with stairs.</p>
        <a href="/shop/${i}">Shop the look</a></div>`,
      ).join('')}</div>
    </article></body></html>`;
    const a = parseArticle(html, { format: 'html' });
    expect(a.text).toContain('What you need: a white sheet');
  });
});

describe('a small side box in the container that holds the article', () => {
  const para = (s: string): string =>
    `<p>${s} Der Rat hatte den Antrag im Herbst vertagt, weil die Kosten nicht geklärt waren, und nun mit großer Mehrheit zugestimmt.</p>`;
  const opening = [
    'Der Stadtrat hat am Mittwoch den Bau einer neuen Halle genehmigt.',
    'Die Halle soll im Frühjahr begonnen werden.',
    'Der Verein hatte die alte Halle im Winter räumen müssen.',
    'Die Kosten teilen sich die Stadt und das Land.',
    'Der Bürgermeister sprach von einem guten Tag für den Sport.',
    'Die Opposition hatte eine kleinere Halle vorgeschlagen.',
    'Die Schulen der Umgebung sollen die Halle vormittags nutzen.',
    'Ein Architekturbüro aus der Region hat die Pläne gezeichnet.',
    'Die Anwohner werden im Januar zu einer Versammlung eingeladen.',
    'Der Verein zählt inzwischen mehr als achthundert Mitglieder.',
    'Die Jugendabteilung wartet seit Jahren auf mehr Hallenzeiten.',
  ];
  /** The article's box and, in the same wrapper, a box after it holding `side`. */
  const page = (
    side: string,
  ): string => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Stadtrat</title></head><body>
  <div class="layout"><div class="grid">
    <div class="column wide"><h1>Neue Halle für den Sportverein genehmigt</h1>
      <div class="copy">${opening.map(para).join('')}</div>
    </div>
    <div class="column narrow">${side}</div>
  </div></div></body></html>`;

  test("the side box's note is not the article's last lines", () => {
    const a = parseArticle(
      page(
        '<div class="box"><div class="box-title">Gut zu wissen</div><p>Die erste Turnhalle der Stadt wurde 1902 gebaut.</p><p>Sie steht heute unter Denkmalschutz.</p></div>',
      ),
      { format: 'html' },
    );
    expect(a.text).toContain('Die Jugendabteilung wartet seit Jahren auf mehr Hallenzeiten.');
    expect(a.text).not.toContain('Die erste Turnhalle der Stadt');
  });

  test('control: a paragraph of prose after the article box stays', () => {
    const closing =
      'Die Entscheidung fiel nach einer langen Sitzung, in der die Fraktionen ihre Standpunkte noch einmal ausführlich darlegten und der Kämmerer die Zahlen erläuterte, bevor am späten Abend abgestimmt wurde.';
    const a = parseArticle(page(`<p>Nach der Abstimmung:</p><p>${closing}</p>`), {
      format: 'html',
    });
    expect(a.text).toContain(closing);
  });
});

describe("a page builder's rows", () => {
  /** One builder row holding `inner`, several wrappers deep as page builders nest them. */
  const row = (inner: string): string =>
    `<div class="vc_row wpb_row"><div class="vc_column"><div class="vc_column-inner"><div class="wpb_wrapper">${inner}</div></div></div></div>`;
  const text = (...ps: string[]): string =>
    `<div class="wpb_text_column"><div class="wpb_wrapper">${ps.map((p) => `<p>${p}</p>`).join('')}</div></div>`;
  const first = [
    'Fernwartung mit einer Datenbrille spart einem Betrieb lange Anfahrten, weil ein Fachmann aus der Zentrale sieht, was der Mechaniker vor Ort sieht.',
    'Der Mechaniker trägt die Brille, die Kamera überträgt das Bild, und der Fachmann blendet Hinweise direkt in das Sichtfeld ein, Schritt für Schritt.',
    'In vielen Werken ist das Verfahren schon im Einsatz, vor allem bei Anlagen, deren Hersteller im Ausland sitzt und nicht sofort anreisen kann.',
    'Die Geräte sind in den letzten Jahren leichter geworden und halten inzwischen eine ganze Schicht durch, ohne dass der Akku getauscht werden muss.',
  ];
  const page = (
    later: string,
  ): string => `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Fernwartung</title></head><body>
  <article class="single-post"><h1>Fernwartung mit Datenbrillen: was sie bringt</h1>
    <div class="post-content">
      ${row(`${text(...first)}<div class="quote-box">Eine Brille ersetzt keinen Fachmann.</div>${text(...first.slice(0, 2).map((p) => p.replace('Fernwartung', 'Die Wartung')))}`)}
      ${later}
    </div>
  </article></body></html>`;

  test("the article's later rows are part of it", () => {
    const later = [
      'Ob sich die Anschaffung lohnt, hängt davon ab, wie oft Störungen auftreten und wie weit die nächsten Fachleute entfernt sind, sagen Berater.',
      'Wer die Technik einführt, sollte die Mitarbeiter früh einbinden, denn eine Kamera am Kopf weckt verständlicherweise Fragen zum Datenschutz.',
    ];
    const a = parseArticle(page(later.map((p) => row(text(p))).join('')), { format: 'html' });
    expect(a.text).toContain('Fernwartung mit einer Datenbrille spart');
    expect(a.text).toContain('Ob sich die Anschaffung lohnt');
    expect(a.text).toContain('Wer die Technik einführt');
  });

  test('control: a row of teaser links after them is not', () => {
    const teasers = row(
      '<ul><li><a href="/a">Fünf Trends, die Sie kennen sollten</a></li><li><a href="/b">Was ist eigentlich erweiterte Realität?</a></li><li><a href="/c">Die besten Datenbrillen im Vergleich</a></li></ul>',
    );
    const a = parseArticle(page(teasers), { format: 'html' });
    expect(a.text).toContain('Die Geräte sind in den letzten Jahren leichter geworden');
    expect(a.text).not.toContain('Fünf Trends');
  });
});
