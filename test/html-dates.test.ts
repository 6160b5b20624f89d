import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { parseHtmlArticle } from '../src/html/html-article.js';
import { findTextDates, hasTextDate } from '../src/html/text-dates.js';

const P =
  '<p>The city council approved the harbour budget on Tuesday evening, after a long debate on the costs.</p>';

function doc(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
}

describe('HTML publication date', () => {
  test('a full date in the URL comes first', () => {
    const html = doc('<meta name="date" content="2020-01-01">', `<h1>Budget</h1>${P}`);
    expect(
      parseHtmlArticle(html, { url: 'https://ex.com/news/2021/05/01/budget' }).publishedAt?.iso,
    ).toBe('2021-05-01');
  });
  test('the canonical address counts as the URL', () => {
    const html = doc(
      '<link rel="canonical" href="https://ex.com/2019/11/18/budget/">',
      `<h1>Budget</h1>${P}`,
    );
    expect(parseArticle(html).publishedAt).toBe('2019-11-18');
  });
  test('<meta property="article:published_time"> keeps the time and offset, and its span', () => {
    const html = doc(
      '<meta property="article:published_time" content="2024-06-03T08:15:00+02:00">',
      P,
    );
    const a = parseArticle(html);
    expect(a.publishedAt).toBe('2024-06-03T08:15:00+02:00');
    expect(
      a.spans.publishedAt && html.slice(a.spans.publishedAt.start, a.spans.publishedAt.end),
    ).toBe('2024-06-03T08:15:00+02:00');
  });
  test('a <meta> publication time beats a JSON-LD dateCreated (a CMS record time in UTC)', () => {
    const html = doc(
      `<meta property="article:published_time" content="2017-02-23T17:18:13-08:00"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget","dateCreated":"2017-02-24T01:18:13Z"}</script>`,
      P,
    );
    expect(parseArticle(html).publishedAt).toBe('2017-02-23T17:18:13-08:00');
    // Alone, dateCreated is still a publication date.
    const alone = doc(
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Budget","dateCreated":"2017-02-24T01:18:13Z"}</script>`,
      P,
    );
    expect(parseArticle(alone).publishedAt).toBe('2017-02-24T01:18:13Z');
  });
  test('a hidden RDFa/microdata dateCreated span in the article footer is read', () => {
    const html = doc(
      '',
      `<h1>Budget</h1>${P}<footer><span>Nadia Alaoui</span> <span property="schema:dateCreated" content="2022-01-28T12:45:46+00:00" class="rdf-meta hidden"></span></footer>`,
    );
    expect(parseArticle(html).publishedAt).toBe('2022-01-28T12:45:46+00:00');
  });
  test('a two-digit year in a date element next to the title (30.10.23), not in body text', () => {
    const html = doc('', `<div class="date">Party, 30.10.23</div><h1>Budget</h1>${P}`);
    expect(parseArticle(html).publishedAt).toBe('2023-10-30');
    const plain = doc(
      '',
      `<h1>Budget</h1><p>Version 30.10.23 of the plan was adopted after a long debate.</p>${P}`,
    );
    expect(parseArticle(plain).publishedAt).toBeUndefined();
  });
  test('<time datetime> next to the title', () => {
    const html = doc('', `<h1>Budget</h1><time datetime="2023-02-14T10:00:00Z">Feb 14</time>${P}`);
    expect(parseArticle(html).publishedAt).toBe('2023-02-14T10:00:00Z');
  });
  test('dates written in words near the title, in French, English, German and Arabic', () => {
    const cases: Array<[string, string, string]> = [
      ['fr', 'Publié le 3 mars 2025 à 10h00', '2025-03-03'],
      ['en', 'Posted on March 25, 2015', '2015-03-25'],
      ['de', 'Veröffentlicht am 12. März 2019', '2019-03-12'],
      ['ar', 'نشر في 13 يونيو 2024', '2024-06-13'],
      ['fr', 'Mis en ligne le 25/04/2015', '2015-04-25'],
    ];
    for (const [lang, line, iso] of cases) {
      const html = `<html lang="${lang}"><body><h1>Budget</h1><div>${line}</div>${P}</body></html>`;
      expect(parseArticle(html).publishedAt, line).toBe(iso);
    }
  });
  test('dates in comments, related teasers and copyright lines are not the publication date', () => {
    const html = doc(
      '',
      `<h1>Budget</h1>${P}<p>© 2024-01-05 Coast News</p><aside class="related"><p>Port traffic, 4 January 2024</p></aside><div class="comments"><p>Posted on 6 January 2024</p></div>`,
    );
    // With nothing else, the earliest comment's day is given as a guess, and a warning says so.
    const a = parseArticle(html);
    expect(a.publishedAt).toBe('2024-01-06');
    expect(a.warnings.some((w) => w.includes('guessed from the earliest comment'))).toBe(true);
    const dated = parseArticle(
      doc(
        '',
        `<h1>Budget</h1><p>3 January 2024</p>${P}<div class="comments"><p>Posted on 6 January 2024</p></div>`,
      ),
    );
    expect(dated.publishedAt).toBe('2024-01-03');
    expect(dated.warnings.some((w) => w.includes('guessed'))).toBe(false);
  });
  test('the modification date only when nothing else is there', () => {
    const only = doc('<meta property="article:modified_time" content="2022-10-10">', P);
    expect(parseArticle(only).publishedAt).toBe('2022-10-10');
    const both = doc(
      '<meta property="article:modified_time" content="2022-10-10"><meta name="pubdate" content="2022-10-01">',
      P,
    );
    expect(parseArticle(both).publishedAt).toBe('2022-10-01');
  });
});

describe("the page's top bar prints today's date above the article", () => {
  const top =
    '<div class="topbar"><span>Thursday, July 17, 2025</span> <a href="/n">Newsletter</a></div><nav><a href="/">Home</a> <a href="/e">Economy</a></nav>';
  test('the date in the byline under the title wins', () => {
    const html = doc(
      '',
      `${top}<article><h1>Port traffic rises 9% in the first half</h1><div class="byline">By Youssef Amrani - July 16, 2025</div>${P}${P}</article>`,
    );
    expect(parseArticle(html).publishedAt).toBe('2025-07-16');
  });
  test('guard: with no date under the title, the one above it still dates the page', () => {
    const html = doc(
      '',
      `<div class="meta">Published July 16, 2025</div><h1>Port traffic rises 9% in the first half</h1>${P}${P}`,
    );
    expect(parseArticle(html).publishedAt).toBe('2025-07-16');
  });
});

describe('text dates', () => {
  test('findTextDates reads `del` before the year (`07 de mayo del 2022`)', () => {
    expect(findTextDates('Publicado el sábado 07 de mayo del 2022').map((d) => d.iso)).toEqual([
      '2022-05-07',
    ]);
  });

  test('findTextDates gives every date in order of position, whatever pattern found it', () => {
    expect(findTextDates('Le 18/06/2024, mis à jour le 2024-06-19').map((d) => d.iso)).toEqual([
      '2024-06-18',
      '2024-06-19',
    ]);
  });
  test('hasTextDate says whether findTextDates finds one', () => {
    expect(hasTextDate("Par L'Economiste| Le 18/06/2024 - 19:35 | Partager")).toBe(true);
    expect(hasTextDate('Posted March 3, 2021 | News')).toBe(true);
    // Four digits but no calendar day: a year alone, a day that does not exist, a year out of range.
    expect(hasTextDate('Results 2024 | Sport')).toBe(false);
    expect(hasTextDate('31/02/2024 | Sport')).toBe(false);
    expect(hasTextDate('18/06/1890 | Archive')).toBe(false);
  });
});
