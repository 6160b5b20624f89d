/**
 * Publication dates of HTML pages (session 23): the fallback chain, where a
 * page has no `<meta>` or JSON-LD date. Synthetic pages written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findDates } from '../src/dates/find-dates.js';
import { parseArticle } from '../src/index.js';
import { checkDayUnderByline } from './helpers/checks.js';
import { tramPost } from './helpers/tram-post.js';

/** `html` with `extra` inserted before `</body>`. */
function withTail(html: string, extra: string): string {
  return html.replace('</body>', `${extra}\n</body>`);
}

const guessed = (warnings: readonly string[]): string[] =>
  warnings.filter((w) => w.includes('guessed'));

describe("a script's publication key with escaped quotes", () => {
  // A server-rendered app's state (`&q;` for each quote) and a data attribute's JSON (`&quot;`).
  const state =
    '<script id="app-state" type="application/json">{&q;id&q;:&q;4017&q;,&q;published_date&q;:&q;2021-11-01T05:00:14Z&q;,&q;updated_date&q;:&q;2021-11-01T05:00:00Z&q;}</script>';
  const attribute =
    '<div data-article="{&quot;id&quot;:4017,&quot;publishDate&quot;:&quot;2021-11-01T05:00:14Z&quot;}"></div>';

  // JSON written inside a script's string: each quote escaped with a backslash.
  const scriptString =
    '<script>var record = "{\\"id\\":4017,\\"datePublished\\":\\"2021-11-01T05:00:14Z\\"}";</script>';

  test.each([
    ['an app state', state],
    ['a data attribute', attribute],
    ["a script's string", scriptString],
  ])('%s dates a page that prints no date', (_, extra) => {
    const html = withTail(tramPost('By Ann Lee', { lang: 'de' }), extra);
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt).toBe('2021-11-01');
    expect(guessed(a.warnings)).toEqual([]);
  });

  test("the key names the other reading of a printed numeric date: the page's record decides", () => {
    // A German page prints `11/01/2021` month first; day first it would be 11 January.
    const html = withTail(tramPost('Stand: 11/01/2021, 05:00', { lang: 'de' }), state);
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt).toBe('2021-11-01');
    const span = a.spans.publishedAt;
    expect(span && html.slice(span.start, span.end)).toBe('11/01/2021');
  });

  test('control: a key on another day does not move the printed date', () => {
    const html = withTail(
      tramPost('Stand: 11/01/2021, 05:00', { lang: 'de' }),
      state.replace('2021-11-01T05:00:14Z', '2021-03-04T05:00:14Z'),
    );
    expect(parseArticle(html, { format: 'html' }).publishedAt).toBe('2021-01-11');
  });

  test('control: an escaped key of another kind of date is not read', () => {
    const html = withTail(
      tramPost('By Ann Lee', { lang: 'de' }),
      '<div data-event="{&quot;startDate&quot;:&quot;2021-11-01T05:00:14Z&quot;}"></div>',
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt === undefined || guessed(a.warnings).length > 0).toBe(true);
  });
});

/** A post with no date at its title, its `<footer>` holding `footer`, and a cache's time stamp in a comment. */
function footedPost(footer: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Eine Station für Wildvögel</title></head><body>
  <div id="header"><a href="/">Vereinsnachrichten</a></div>
  <article class="post">
    <h1>Eine Station für Wildvögel</h1>
    <section class="entry-content">
      <p>Der Verein hat am Stadtrand eine Station eröffnet, in der verletzte Wildvögel gepflegt und später wieder ausgewildert werden.</p>
      <p>Freiwillige kümmern sich um die Tiere, und eine Tierärztin aus dem Ort kommt zweimal in der Woche vorbei, um sie zu untersuchen.</p>
      <p>Im ersten Monat wurden schon mehr als dreißig Vögel gebracht, die meisten von ihnen junge Amseln, Meisen und Spatzen aus den Gärten.</p>
      <p>Wer einen verletzten Vogel findet, soll ihn in einen Karton mit Luftlöchern setzen und die Station anrufen, bevor er ihn füttert.</p>
      <p>Der Verein sucht weitere Helfer für die Wochenenden und bittet um Spenden für Futter, Medikamente und neue Volieren im Garten.</p>
    </section>
    <footer class="article-footer">${footer}</footer>
  </article>
  <div id="footer">Vereinsnachrichten, ein Blog</div>
  <!-- Cached page generated on 2021-11-10 16:50:03 -->
  </body></html>`;
}

describe("the article's own footer prints its update time", () => {
  test('an update time in the footer dates the page before any guess', () => {
    const html = footedPost(
      `<p class="byline vcard"><time class="updated" datetime="2021-11-8">8. November 2021</time></p>`,
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt).toBe('2021-11-08');
    expect(guessed(a.warnings)).toEqual([]);
  });

  test('control: update times in a list in the footer (other posts) date nothing', () => {
    const html = footedPost(
      `<ul class="more"><li><time class="updated" datetime="2021-10-02">2. Oktober 2021</time></li><li><time class="updated" datetime="2021-09-12">12. September 2021</time></li></ul>`,
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt).not.toBe('2021-10-02');
  });
});

describe('text dumps read the date forms HTML pages read', () => {
  test.each([
    ['Published 3rd August 2017', '2017-08-03', '3rd August 2017'],
    ['Updated January 12th, 2020', '2020-01-12', 'January 12th, 2020'],
    ['Posted on the 1st of May 2020', '2020-05-01', '1st of May 2020'],
    ['Lisboa, 1º de maio de 2020', '2020-05-01', '1º de maio de 2020'],
    ['Αθήνα, 5η Μαΐου 2021', '2021-05-05', '5η Μαΐου 2021'],
    ['Budapest, 2020. március 12.', '2020-03-12', '2020. március 12.'],
    ['입력 2020. 7. 15. 오후 3:20', '2020-07-15', '2020. 7. 15.'],
    ['Hà Nội, 12 tháng 3 năm 2020', '2020-03-12', '12 tháng 3 năm 2020'],
    ['بيروت، 3 كانون الأول 2026', '2026-12-03', '3 كانون الأول 2026'],
    ['دمشق، 5 آب 2024', '2024-08-05', '5 آب 2024'],
    ['الرباط، 3 ديسمبر/كانون الأول 2026', '2026-12-03', '3 ديسمبر/كانون الأول 2026'],
    ['Jueves, 21 de Abril de 202221/04/2022', '2022-04-21', '21 de Abril de 2022'],
    ['São Paulo, 21.dez.2018 às 12h55', '2018-12-21', '21.dez.2018'],
    ['Posted 12-Jan-2020', '2020-01-12', '12-Jan-2020'],
  ])('%s dates the article, its span on the date', (line, day, written) => {
    checkDayUnderByline(line, day, written);
  });

  test.each([
    ['the 4th edition 2020'],
    ['Version 2020. 7. Edition'],
    ['COVID19 März 2020'],
    ['3.Quartal.2020'],
    // A kicker run into its date on a text dump: the line is no date line (HTML pages read markup's glue).
    ['FINTECH20. Juni 2019'],
  ])('control: %s holds no date', (line) => {
    expect(findDates(line)).toEqual([]);
  });
});
