/**
 * The HTML date cascade's last guesses (session 17): a date in the page's
 * markup that names something else (a library's version, an offer's end)
 * is no guess for the page. Synthetic pages written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const guessed = (a: ReturnType<typeof parseArticle>): boolean =>
  a.warnings.some((w) => w.includes('guessed'));

/** A page with `head` in its head around an undated article. */
function page(head: string, tail = ''): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ein Verein</title>${head}</head><body>
  <main><article><h1>Wildvögel in Not: wie die Auffangstation hilft</h1>
    <p>Die Station nimmt verletzte Vögel auf, pflegt sie gesund und entlässt sie wieder in die Freiheit, sobald sie fliegen können.</p>
    <p>Wer einen Vogel findet, ruft am besten vorher an und bringt ihn in einem Karton mit Luftlöchern vorbei.</p>
  </article></main>${tail}</body></html>`;
}

describe("a date in the page's markup that names something else", () => {
  test("a style sheet's version date is not the page's", () => {
    const html = page(`<link rel="stylesheet" href="/themes/verein/style.css?ver=2013-07-18">`);
    expect(parseArticle(html, { format: 'html' }).publishedAt).toBeUndefined();
  });

  test("a script library's version string is not the page's", () => {
    const html = page('', `<script>f.version="1.4.3 2018-09-08";</script>`);
    expect(parseArticle(html, { format: 'html' }).publishedAt).toBeUndefined();
  });

  test("an offer's start and end times are not the page's", () => {
    const html = page(
      '',
      `<script>var banner = {"startDate":"2020-06-30T22:00:00.000Z","endDate":"2020-07-30T22:00:00.000Z"};</script>`,
    );
    expect(parseArticle(html, { format: 'html' }).publishedAt).toBeUndefined();
  });

  test("past them, the page's own record in a script is the guess", () => {
    const html = page(
      `<link rel="stylesheet" href="/themes/verein/style.css?ver=2013-07-18">`,
      `<script>var banner = {"startDate":"2020-06-30T22:00:00.000Z"}; var page = {"id": 4711, "created": "2021-11-08 10:24:29"};</script>`,
    );
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-11-08');
    expect(guessed(a)).toBe(true);
  });

  test('guard: a plain record date in a script is still the guess', () => {
    const html = page('', `<script>var page = {"date": "2021-11-08"};</script>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-11-08');
    expect(guessed(a)).toBe(true);
  });
});

describe("a publication key in a script's state against the date printed under the title", () => {
  const state = `<script>window.__STATE__ = {"related":[{"title":"Ältere Meldung","publishedAt":"2019-10-15T16:59:59Z"}],"page":{"id":12}};</script>`;
  const article = (dateLine: string): string =>
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ein Verein</title>${state}</head><body>
    <main><article><h1>Wildvögel in Not: wie die Auffangstation hilft</h1>${dateLine}
      <p>Die Station nimmt verletzte Vögel auf, pflegt sie gesund und entlässt sie wieder in die Freiheit, sobald sie fliegen können.</p>
      <p>Wer einen Vogel findet, ruft am besten vorher an und bringt ihn in einem Karton mit Luftlöchern vorbei.</p>
    </article></main></body></html>`;

  test('the day printed under the title wins over the first key a script holds (another item may own it)', () => {
    const a = parseArticle(article('<p class="date">12.03.2020</p>'), { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2020-03-12');
  });

  test('guard: with no printed date, the script key still dates the page', () => {
    const a = parseArticle(article(''), { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-10-15');
  });
});

describe('a <time> whose UTC value falls on another day than the one it prints', () => {
  const article = (time: string): string =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Town news</title></head><body>
    <main><article><h1>The council votes on the new bridge after a long night</h1>
      <div class="byline">By Sam Lee · ${time}</div>
      <p>The council met until late in the evening and voted to fund the new bridge over the river by a wide margin.</p>
      <p>Work should start in the spring, once the last permits are signed and the contractor has been chosen.</p>
    </article></main></body></html>`;

  test('the day it prints (the site\u2019s local day) dates the page', () => {
    const a = parseArticle(
      article('<time datetime="2019-11-19T05:03:25+00:00">November 18, 2019 11:03 PM</time>'),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-18');
  });

  test('guard: a value with its own offset keeps its day', () => {
    const a = parseArticle(
      article('<time datetime="2019-11-19T05:03:25+01:00">November 18, 2019 11:03 PM</time>'),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-19');
  });

  test('guard: a printed day far from the value is not read as its local day', () => {
    const a = parseArticle(
      article('<time datetime="2019-11-19T05:03:25Z">Updated November 12, 2019</time>'),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2019-11-19');
  });
});
