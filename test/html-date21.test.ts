/**
 * Publication dates of HTML pages (session 21): the date printed in the
 * article's own header beats dates the page repeats elsewhere. Synthetic
 * pages written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { TRAM_PARAGRAPHS, tramPost } from './helpers/tram-post.js';

/** The post's two paragraphs. */
const PARAS = TRAM_PARAGRAPHS.slice(0, 2).join('\n      ');

/** A blog post whose meta line under the title is `line`. */
function blogPost(line: string): string {
  return tramPost(line);
}

describe('a date that opens the post-meta line under the title', () => {
  test('dates the page when only separators stand before it (not a guess)', () => {
    const html = blogPost(
      '⋅ November 22, 2011 ⋅ Email this post ⋅ Print this page ⋅ Leave a comment',
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt).toBe('2011-11-22');
    expect(a.warnings.filter((w) => w.includes('guessed'))).toEqual([]);
    const span = a.spans.publishedAt;
    expect(span && html.slice(span.start, span.end)).toBe('November 22, 2011');
  });

  test('control: a date inside a long sentence under the title is an event, at most a guess', () => {
    const html = blogPost(
      'The council vote of November 22, 2011 was close, and the works wait for a court ruling now',
    );
    const a = parseArticle(html, { format: 'html' });
    if (a.publishedAt !== undefined)
      expect(a.warnings.some((w) => w.includes('guessed'))).toBe(true);
  });
});

/**
 * A party group's news page with no headline the title finder knows: a strip of dated teasers (several
 * on one day) above the post, the post's own date line right above its first block, all inside
 * `teaser` boxes as some German CMSs name their article boxes.
 */
function teaserBoxedPost(): string {
  const teaser = (
    day: string,
    head: string,
  ) => `<div class="teaser"><div class="teaser-date">${day}</div>
      <h3>${head}</h3><p>A short summary of this other item, written by the press office.</p><a href="/news/${head.length}/">more</a></div>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ratsfraktion</title></head><body>
  <div id="nav"><ul><li><a href="/">Start</a></li><li><a href="/presse/">Presse</a></li></ul></div>
  <div class="teaser-list">
    ${teaser('07.10.2016', 'Kein Gedächtnis in der Verwaltung')}
    ${teaser('05.10.2016', 'Forderungen des Kindergipfels')}
    ${teaser('05.10.2016', 'Welche Fortschritte gibt es?')}
  </div>
  <div class="teaser teaser-full">
    <div class="teaser-date">22.05.2014 - Gemeinde/ Stadt</div>
    <div class="teaser-text">
      <p>Ein positives Signal gab es diese Woche für die Schule am Berg. Im Stadtrat wurde der Bebauungsplan beschlossen, der ihren Ausbau erlaubt.</p>
      <p>Die Schule ist ein guter Beleg dafür, dass Schulen in freier Trägerschaft gute Arbeit leisten, sagte der Vorsitzende der Fraktion.</p>
      <p>Damit wird hoffentlich die Schlechterstellung der freien Schulen beendet, die seit Jahren auf eine Entscheidung warten.</p>
    </div>
  </div>
  </body></html>`;
}

describe("with no title found, the date line right above the body's first block", () => {
  test('dates the page, not the day the teaser strip repeats', () => {
    const a = parseArticle(teaserBoxedPost(), { format: 'html' });
    expect(a.publishedAt).toBe('2014-05-22');
    expect(a.warnings.filter((w) => w.includes('guessed'))).toEqual([]);
  });
});

/** A post at `url` that prints no day; a script's record holds the time stamp `stamp`. */
function undatedPost(stamp: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Running shoes</title>
  <script>window.site = { build: { created: '${stamp}' } };</script></head><body>
  <div id="content"><article>
    <h1>New running shoes bring speed to the long run</h1>
    ${PARAS}
  </article></div></body></html>`;
}

describe("a last guess on another month than the address's", () => {
  const url = 'https://shoes.example/2019/10/new-running-shoes/';

  test('is refused: the address names October 2019, the time stamp another year', () => {
    const a = parseArticle(undatedPost('2018-11-22T18:05:31+00:00'), { format: 'html', url });
    expect(a.publishedAt).toBeUndefined();
  });

  test('control: a guess in the month the address names is still given, as a guess', () => {
    const a = parseArticle(undatedPost('2019-10-01T08:00:00+00:00'), { format: 'html', url });
    expect(a.publishedAt).toBe('2019-10-01');
    expect(a.warnings.some((w) => w.includes('guessed'))).toBe(true);
  });

  test('control: with no month in the address, the time stamp is the guess', () => {
    const a = parseArticle(undatedPost('2018-11-22T18:05:31+00:00'), {
      format: 'html',
      url: 'https://shoes.example/new-running-shoes/',
    });
    expect(a.publishedAt).toBe('2018-11-22');
  });
});

/** A wine shop's region page that prints no date of its own; after its long text, a list `items`. */
function regionPage(items: string[]): string {
  const paras = Array.from(
    { length: 28 },
    (_, i) =>
      `<p>Paragraph ${i + 1} on the region: its soils, its grapes and the way its wines are made and aged in oak before they are sold.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Rioja</title></head><body>
  <div id="content"><h1>Rioja, a wine region in the north of Spain</h1>
  ${paras}
  <ul class="termine">${items.map((t) => `<li>${t}</li>`).join('')}</ul>
  </div></body></html>`;
}

describe('a list of dated items (events, news) below the text', () => {
  test('dates none of them the page: each item opens with its own day', () => {
    const a = parseArticle(
      regionPage([
        '29.02.2020 18:00 Uhr Portugal gegen Spanien, eine Blindprobe mit Tapas',
        '04.04.2020 18:00 Uhr Tempranillo, die Rebsorte Spaniens, mit Tapasmenü',
        '09.05.2020 18:00 Uhr Weine vom Atlantik mit Tapasmenü',
      ]),
      { format: 'html' },
    );
    expect(a.publishedAt).toBeUndefined();
  });

  test('control: a list whose one dated item stands among undated ones still dates the page', () => {
    const a = parseArticle(
      regionPage(['12.03.2020 Redaktion', 'Kategorie: Spanien', 'Schlagworte: Rioja, Tempranillo']),
      { format: 'html' },
    );
    expect(a.publishedAt).toBe('2020-03-12');
  });
});

/** A news page in `lang` whose only date is the line `line` under its title. */
function printedOnly(lang: string, title: string, line: string, paras: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head><body>
  <div id="content"><article><h1>${title}</h1><div class="info">${line}</div>
  ${paras}
  </article></div></body></html>`;
}

describe('month names', () => {
  test('Portuguese novembro is read (`1 de novembro de 2020`)', () => {
    const a = parseArticle(
      printedOnly(
        'pt-BR',
        'Quintal dentro do apartamento: três dicas para integrar a varanda',
        'Publicado em 1 de novembro de 2020',
        `<p>Integrar a varanda à sala de estar é uma das reformas mais procuradas por quem mora em apartamento nas grandes cidades.</p>
        <p>Os arquitetos ouvidos pela reportagem dão três dicas para quem quer fazer a obra sem perder a luz natural do ambiente.</p>`,
      ),
      { format: 'html' },
    );
    expect(a.publishedAt).toBe('2020-11-01');
    expect(a.warnings.filter((w) => w.includes('guessed'))).toEqual([]);
  });

  test('Bulgarian май is read (`5 май 2021`)', () => {
    const a = parseArticle(
      printedOnly(
        'bg',
        'Общината осигури компютри и таблети на деца в социални общежития',
        '5 май 2021',
        `<p>Общината осигури компютри и таблети на децата, които живеят в социалните общежития в града, за да учат от разстояние.</p>
        <p>Техниката е закупена със средства от бюджета на общината и ще бъде раздадена до края на месеца на всички семейства.</p>`,
      ),
      { format: 'html' },
    );
    expect(a.publishedAt).toBe('2021-05-05');
  });

  test('text path: a Portuguese date line under the title dates the dump', () => {
    const a = parseArticle(
      [
        'Quintal dentro do apartamento: três dicas para integrar a varanda',
        'Publicado em 1 de novembro de 2020',
        'Integrar a varanda à sala de estar é uma das reformas mais procuradas por quem mora em apartamento nas grandes cidades.',
        'Os arquitetos ouvidos pela reportagem dão três dicas para quem quer fazer a obra sem perder a luz natural do ambiente.',
      ].join('\n'),
      { format: 'text' },
    );
    expect(a.publishedAt).toBe('2020-11-01');
  });
});

const RECIPE = `<p>Die Leber in feine Streifen schneiden, die Zwiebeln und den Apfel schälen und in Scheiben schneiden, dann alles anbraten.</p>
        <p>Mit etwas Sahne ablöschen, kurz köcheln lassen und mit Salz, Pfeffer und einem Spritzer Zitrone abschmecken und servieren.</p>`;

/** Two paragraphs of a Spanish report and of a Portuguese home story. */
const ES = `<p>Tras una semana de ataques a la prensa, el presidente de la Asamblea pidió a los periodistas que abandonaran el salón.</p>
        <p>Las organizaciones de periodistas denunciaron el hecho y pidieron garantías para cubrir las sesiones del pleno.</p>`;
const PT = `<p>Integrar a varanda à sala de estar é uma das reformas mais procuradas por quem mora em apartamento nas grandes cidades.</p>
        <p>Os arquitetos ouvidos pela reportagem dão três dicas para quem quer fazer a obra sem perder a luz natural do ambiente.</p>`;
const LIVER = 'Rinderleber mit Apfel und Zwiebeln';

/** A page in `lang` titled `title` whose only date is printed on `line` under it, its body `paras`. */
type Printed = [lang: string, title: string, line: string, paras: string];

describe('dates a renderer glued to their neighbours', () => {
  test('a day with no space after its dot (`8.Dezember 2010`)', () => {
    const a = parseArticle(
      printedOnly(
        'de',
        LIVER,
        '8.Dezember 2010 um 09:43 · Rezepte von Mutti · 6 Kommentare',
        RECIPE,
      ),
      { format: 'html' },
    );
    expect(a.publishedAt).toBe('2010-12-08');
    expect(a.warnings.filter((w) => w.includes('guessed'))).toEqual([]);
  });

  test.each<[string, ...Printed, string]>([
    [
      'a written date glued to its numeric copy (`21 de Abril de 202221/04/2022`)',
      'es',
      'La Asamblea exige a los periodistas que se vayan del recinto',
      '<span>Jueves, 21 de Abril de 2022</span><span>21/04/2022</span>',
      ES,
      '2022-04-21',
    ],
    [
      'a published date glued to the updated one (`1. November 20161. November 2016`)',
      'de',
      LIVER,
      '<span class="posted">1. November 2016</span><span class="upd">1. November 2016</span> Mutti',
      RECIPE,
      '2016-11-01',
    ],
    [
      'an abbreviated month between dots (`21.dez.2018 às 12h55`)',
      'pt-BR',
      'Quintal dentro do apartamento: três dicas para integrar a varanda',
      '21.dez.2018 às 12h55',
      PT,
      '2018-12-21',
    ],
  ])('%s', (_, lang, title, line, paras, day) => {
    expect(
      parseArticle(printedOnly(lang, title, line, paras), { format: 'html' }).publishedAt,
    ).toBe(day);
  });

  test('control: a quarter with no space after its dot is no date (`3.Quartal 2020`)', () => {
    const a = parseArticle(printedOnly('de', LIVER, 'Bilanz zum 3.Quartal 2020', RECIPE), {
      format: 'html',
    });
    expect(a.publishedAt).toBeUndefined();
  });
});

describe('a date glued to the word before it', () => {
  test.each<[string, ...Printed, string | undefined]>([
    [
      'a place before the day (`Hamburg07. November 2023`)',
      'de',
      LIVER,
      '<span>Hamburg</span><span>07. November 2023</span>',
      RECIPE,
      '2023-11-07',
    ],
    [
      'an agency before the month (`Associated PressDecember 2, 2016`)',
      'en',
      'A tram line for the northern districts',
      '<span>Associated Press</span><span>December 2, 2016</span>',
      PARAS,
      '2016-12-02',
    ],
    [
      'control: a number glued to a word before a month is no day (`COVID19 März 2020`)',
      'de',
      LIVER,
      'Die Lage seit COVID19 März 2020',
      RECIPE,
      undefined,
    ],
  ])('%s', (_, lang, title, line, paras, day) => {
    expect(
      parseArticle(printedOnly(lang, title, line, paras), { format: 'html' }).publishedAt,
    ).toBe(day);
  });
});

describe('a short dated line after the body', () => {
  /** A blog post that prints no date of its own; after it, a link line to the previous post with that post's day, then comments. */
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Maple camp</title></head><body>
  <div id="main"><div class="article">
    <h1>Autumn leaves at the maple camp</h1>
    <div class="article-content">
      <p>The cold front turned the hills above the river red and gold, and the road to the camp was wrapped in cloud all morning.</p>
      <p>We pitched the tents under the maples and walked down to the school by the bridge, where the old trees are at their best.</p>
      <p>By the evening the wind had dropped, and the whole valley smelled of wood smoke and wet leaves under the clearing sky.</p>
      ${Array.from({ length: 26 }, (_, i) => `<p>Photo ${i + 1}: the maples by the school, the bridge and the river below them in the morning light.</p>`).join('\n')}
    </div>
    <div class="nav-links"><span>Earlier in this series: Eagle creek 2011/12/18</span></div>
    <div id="comments" class="comments">
      <div class="comment"><p class="author">#1 Anna on 2013/12/28 10:28</p><p>Lovely pictures, we were there last year.</p></div>
      <div class="comment"><p class="author">#2 Ben on 2013/12/29 09:50</p><p>Which road did you take up to the camp?</p></div>
    </div>
  </div></div></body></html>`;

  test("is not read as the page's date: it dates the other post (a short line in the body would)", () => {
    const a = parseArticle(page, { format: 'html' });
    expect(a.publishedAt).not.toBe('2011-12-18');
    // The earliest comment's day is the guess left.
    expect(a.publishedAt).toBe('2013-12-28');
    expect(a.warnings.some((w) => w.includes('guessed'))).toBe(true);
  });
});
