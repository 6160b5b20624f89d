/**
 * HTML path, eighth pass: publication dates printed the way templates print
 * them and the cascade missed. A US page's two-digit-year date, date boxes
 * named as htmldate's date expressions name them (`displayDate`,
 * `news-datum`, Drupal's `submitted`, `fecha`), a date line set right above
 * the title in a teaser-named box, and the page's own entry in its site's
 * dated list of articles. Every page is written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** Prose paragraphs of about 250 characters, numbered, in the page's language. */
function para(n: number, lang = 'en'): string {
  if (lang === 'de')
    return `<p>Absatz ${n} des Berichts: Die Hafenbehörde teilte am Freitag mit, dass das neue Fährterminal, dessen Bau zweimal durch Stürme und einmal durch einen Streit um den Vertrag verzögert wurde, im Frühjahr für Fahrgäste öffnen soll und die Preise in diesem Jahr nicht steigen.</p>`;
  if (lang === 'es')
    return `<p>Párrafo ${n} del informe: la autoridad portuaria dijo el viernes que la nueva terminal de transbordadores, retrasada dos veces por tormentas y una vez por una disputa sobre el contrato, abrirá a los pasajeros en primavera y que las tarifas no subirán este año.</p>`;
  return `<p>Paragraph ${n} of the report: the harbour authority said on Friday that the new ferry terminal, which was delayed twice by storms and once by a dispute over the contract, will open to passengers in the spring, and that fares will not rise this year.</p>`;
}

/**
 * A page in `lang`: `head` added to `<head>`, `above` and `header` printed above and under the title, `lead` and
 * `tail` at the start and end of the text's box, `end` after that box inside the article, `after` below the article.
 */
function page(
  lang: string,
  opts: {
    head?: string;
    above?: string;
    header?: string;
    lead?: string;
    tail?: string;
    end?: string;
    after?: string;
  } = {},
): string {
  const body = [1, 2, 3, 4].map((n) => para(n, lang)).join('\n');
  return `<!doctype html><html lang="${lang}"><head><title>Ferry terminal to open in spring</title>${opts.head ?? ''}</head><body>
<header><a href="/">Example News</a></header>
<main><article>
${opts.above ?? ''}
<h1>Ferry terminal to open in spring</h1>
${opts.header ?? ''}
<div class="article-body">${opts.lead ?? ''}${body}${opts.tail ?? ''}</div>${opts.end ?? ''}
</article>
${opts.after ?? ''}
</main>
<footer>© 2025 Example News</footer></body></html>`;
}

const day = (html: string): string | undefined => parseArticle(html).publishedAt?.slice(0, 10);

describe('a date with a two-digit year follows the page’s order of day and month', () => {
  const header =
    '<div class="meta"><a href="/about/editors/jane-doe/">Jane Doe</a><div class="meta-small"> 11.03.17 in <a href="/tags/gadgetry/">Gadgetry</a></div></div>';
  test('US English writes the month first: 11.03.17 is 3 November 2017', () => {
    expect(day(page('en', { header }))).toBe('2017-11-03');
  });
  test('control: British English and German write the day first', () => {
    expect(day(page('en-GB', { header }))).toBe('2017-03-11');
    expect(day(page('de', { header }))).toBe('2017-03-11');
  });
});

describe('date boxes named as htmldate names them', () => {
  test('a camel-case date class (`displayDate`), the date linked to the day’s archive', () => {
    const header =
      '<div class="displayDate"><a href="/archiv/auto/06-07-2018/">Freitag, 06.07.2018, 10:29</a></div>';
    const after =
      '<ul class="teaserList"><li><a href="/a">04.05.2020 Neue Modelle aus China</a></li><li><a href="/b">04.05.2020 Wie hoch die Prämie sein müsste</a></li></ul>';
    expect(day(page('de', { header, after }))).toBe('2018-07-06');
  });
  test('German `datum` and Spanish `fecha` boxes, the date linked to the month’s archive', () => {
    const de = '<p class="news-datum"><a href="/archiv/2021/04/">Montag, 12. April 2021</a></p>';
    expect(day(page('de', { header: de }))).toBe('2021-04-12');
    const es =
      '<span class="fechaPublicacion"><a href="/2022/05/">martes, 3 de mayo de 2022</a></span>';
    expect(day(page('es', { header: es }))).toBe('2022-05-03');
  });
  test('a date box in a widget above the title (a seminar’s `field-seminar-datum`) is not the article’s', () => {
    const above =
      '<div class="block-widget"><a href="/seminar">Seminar: Neuerungen 2023</a><div class="field-seminar-datum">19.1.23, 10:00-11:30 Uhr</div></div>';
    const header = '<div class="field-post-date">20.12.2022</div>';
    expect(day(page('de', { above, header }))).toBe('2022-12-20');
  });
  test('a sidebar list above the title: its dated lines are its items’', () => {
    const above =
      '<div class="sidebar-widget"><ul><li><span>Laufschuhe im Test</span></li><li><span>22. Oktober 2018</span></li></ul></div>';
    expect(day(page('de', { above }))).toBeUndefined();
  });
  test('a news ticker above the title: its linked items’ dates are theirs', () => {
    const items = ['26. Februar 2020', '20. Februar 2020', '19. Februar 2020']
      .map(
        (d, i) =>
          `<li><a href="/post-${i}"><span class="ticker-item-date">[ ${d} ]</span> <span class="ticker-item-title">Ein anderer Beitrag ${i}</span></a></li>`,
      )
      .join('');
    const above = `<div class="news-ticker"><ul>${items}</ul></div>`;
    const header =
      '<div class="entry-meta"><span class="entry-meta-date">16. Mai 2019</span></div>';
    expect(day(page('de', { above, header }))).toBe('2019-05-16');
  });
  test('guard: Drupal’s `submitted` line', () => {
    const header =
      '<div class="submitted">Submitted by <a href="/user/12">anna</a> on Fri, 05/03/2021 - 10:22</div>';
    expect(day(page('en', { header }))).toBe('2021-05-03');
  });
  test('guard: a tour’s list of dates (`fechas`) stays in the body', () => {
    const html = page('es', {
      header:
        '<ul class="fechas"><li>Madrid, 3 de mayo de 2022</li><li>Sevilla, 5 de mayo de 2022</li></ul>',
    });
    expect(parseArticle(html).text).toContain('Sevilla, 5 de mayo de 2022');
  });
  test('guard: a paragraph of the text named `candidate` stays in the body', () => {
    const html = page('en', {
      header: `<p class="candidate">The mayor, who is a candidate for a second term, opened the terminal.</p>`,
    });
    expect(parseArticle(html).text).toContain('The mayor, who is a candidate');
  });
});

describe('a date element in an `<aside>` of the article’s header', () => {
  test('right under the title, it is the post’s date (a WordPress `entry-details` aside)', () => {
    const header =
      '<aside class="entry-details"><ul><li><a href="/die-ablehnung/" class="entry-date">8. April 2019</a>|</li><li>Von <a href="/author/lobin/">Henning Lobin</a></li></ul></aside>';
    const lead =
      '<p>Akt drei: Am Dienstag, den 2.4.2019, werden die Ergebnisse der Umfrage veröffentlicht.</p>';
    expect(day(page('de', { header, lead }))).toBe('2019-04-08');
  });
  test('guard: a sidebar widget of recent posts right under the title dates nothing', () => {
    const header =
      '<aside class="widget widget_recent_entries"><ul><li><a href="/x">Growing figs</a> <span class="post-date">October 30, 2020</span></li><li><a href="/y">Pruning roses</a> <span class="post-date">October 28, 2020</span></li></ul></aside>';
    expect(day(page('en', { header }))).toBeUndefined();
  });
  test('control: an aside of teasers farther down still dates nothing', () => {
    const after =
      '<aside><ul><li><a href="/x" class="entry-date">8. April 2019</a></li><li><a href="/y" class="entry-date">9. April 2019</a></li></ul></aside>';
    expect(day(page('de', { after }))).toBeUndefined();
  });
});

describe('a date line right above the title', () => {
  test('inside a box named as a teaser’s (`teaser-meta`), it is the article’s kicker', () => {
    const above = '<h3 class="bb-teaser-meta bb-h6">02.01.2022</h3>';
    expect(day(page('de', { above }))).toBe('2022-01-02');
  });
  test('control: a related list whose last date is not next to the title gives no date', () => {
    const above =
      '<ul class="related"><li class="date">02.01.2022</li><li><a href="/x">Ein anderer Artikel über den Hafen</a></li></ul>';
    expect(day(page('de', { above }))).toBeUndefined();
  });
});

describe('the page’s own entry in its site’s dated list of articles', () => {
  const list = (first: string) =>
    `<aside><ul class="news-list">${[
      [first, '20.10.2021 - 10:24'],
      ['Kommandant verstorben', '14.10.2021 - 11:49'],
      ['Neue Fahrzeuge übergeben', '14.10.2021 - 08:58'],
      ['Wenig Wissen über Freiwilligkeit', '11.10.2021 - 15:22'],
    ]
      .map(([t, d]) => `<li><a href="/n/${t?.length}">${t}<span class="time">${d}</span></a></li>`)
      .join('')}</ul></aside>`;
  test('with no date of its own, the page takes the date its title carries in the list', () => {
    expect(day(page('de', { after: list('Ferry terminal to open in spring') }))).toBe('2021-10-20');
  });
  test('guard: a series whose entries share the title on different days gives no such date', () => {
    const series = `<aside><ul class="news-list">${['20.10.2021', '13.10.2021', '06.10.2021']
      .map(
        (d, i) =>
          `<li><a href="/r/${i}">Ferry terminal to open in spring<span class="time">${d}</span></a></li>`,
      )
      .join('')}</ul></aside>`;
    expect(day(page('de', { after: series }))).not.toBe('2021-10-20');
  });
  test('control: a list without the page’s title gives the guess it gave before (the day repeated most)', () => {
    expect(day(page('de', { after: list('Zentrum am Berg eröffnet') }))).toBe('2021-10-14');
  });
});

describe('dates inside an embedded social post', () => {
  const tweet =
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The count is in: 97 days at the club this year.</p>— Jane Reporter (@janereporter) <a href="https://twitter.com/janereporter/status/1">January 1, 2020</a></blockquote>';
  const head = '<meta property="article:modified_time" content="2020-01-02T10:00:00Z">';
  test('a tweet’s date is the tweet’s: the page’s own modification date comes before it', () => {
    expect(day(page('en', { head, lead: tweet }))).toBe('2020-01-02');
  });
  test('control: the same sign-off line outside an embedded post still dates the page', () => {
    const lead = '<p>— Jane Reporter, January 1, 2020</p>';
    expect(day(page('en', { head, lead }))).toBe('2020-01-01');
  });
});

describe('the last paragraph after an embedded post', () => {
  const post =
    '<div class="fb-post" data-href="https://www.facebook.com/harbour/posts/1"><blockquote class="fb-xfbml-parse-ignore"><p>Harbour Authority: the new terminal opens in spring. https://harbour.example.org/terminal</p><p>Publiée par <a href="https://www.facebook.com/harbour/">Harbour Authority</a> sur <a href="https://www.facebook.com/harbour/posts/1">Jeudi 26 mars 2020</a></p></blockquote></div>';
  test('a short closing paragraph after an embedded post is the article’s', () => {
    const tail = `${post}<p>To help the authority, fill in the form on <a href="https://harbour.example.org/form">its site</a>.</p>`;
    expect(parseArticle(page('en', { tail })).text).toContain(
      'To help the authority, fill in the form on its site.',
    );
  });
  test('control: a short closing line in a box of its own after two paragraphs still goes', () => {
    const end = '<div class="tip"><p>Got a tip? Write to us.</p></div>';
    expect(parseArticle(page('en', { end })).text).not.toContain('Got a tip?');
  });
});

describe('a publication line in a footer', () => {
  const footer =
    '<div class="rez_footer"><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61<br>© bei der Autorin</p></div>';
  test('`Erschienen am:` in the review’s footer box dates it', () => {
    expect(day(page('de', { end: footer }))).toBe('2023-11-01');
  });
  test('control: a footer’s `Stand` or modification date alone still dates nothing', () => {
    const end =
      '<div class="rez_footer"><p>Letzte Änderung: 31.10.2023<br>Stand 31.10.2023</p></div>';
    expect(day(page('de', { end }))).toBeUndefined();
  });
});
