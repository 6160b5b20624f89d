/**
 * The date-stripping harness of `bench/eval-dates-stripped.ts`: each kind
 * removes only its own dates, printed text stays, and the result is the same
 * on every run. Synthetic page written for these tests (session 18).
 */
import { describe, expect, test } from 'vitest';
import { parseStripKinds, stripDates, stripUrlDate } from '../bench/strip-dates.js';

const PAGE = `<html><head>
<meta property="article:published_time" content="2021-05-01T08:00:00+02:00">
<meta name="viewport" content="width=device-width">
<link rel="canonical" href="https://news.example/2021/05/01/harbor-plan/">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-05-01","headline":"Harbor","url":"https://news.example/2021/05/01/harbor-plan/"}</script>
</head><body><h1>Harbor</h1>
<span itemprop="datePublished" content="2021-05-02">May 2, 2021</span>
<time datetime="2021-05-03T10:00:00Z" pubdate>May 3, 2021</time>
</body></html>`;
const URL = 'https://news.example/2021/05/01/harbor-plan/';

describe('stripDates', () => {
  test('meta: date keys go, other <meta> stay', () => {
    const s = stripDates(PAGE, URL, ['meta']);
    expect(s.html).not.toContain('article:published_time');
    expect(s.html).toContain('name="viewport"');
    expect([...s.removedDays]).toEqual(['2021-05-01']);
  });

  test('jsonld: date values emptied, the JSON still parses', () => {
    const s = stripDates(PAGE, URL, ['jsonld']);
    const json = /<script[^>]*>([^<]*)</.exec(s.html)?.[1] ?? '';
    expect(JSON.parse(json)).toMatchObject({ datePublished: '', headline: 'Harbor' });
  });

  test('micro and time: attributes go, printed text stays', () => {
    const s = stripDates(PAGE, URL, ['micro', 'time']);
    expect(s.html).not.toContain('itemprop="datePublished"');
    expect(s.html).not.toContain('datetime=');
    expect(s.html).not.toMatch(/pubdate/);
    expect(s.html).toContain('May 2, 2021');
    expect(s.html).toContain('May 3, 2021');
    expect(s.removedDays.has('2021-05-02')).toBe(true);
  });

  test("url: the address and the page's own addresses in the markup lose their date", () => {
    const s = stripDates(PAGE, URL, ['url']);
    expect(s.url).toBe('https://news.example/harbor-plan/');
    expect(s.html).toContain('href="https://news.example/harbor-plan/"');
    expect(s.html).toContain('"url":"https://news.example/harbor-plan/"');
    expect(s.html).toContain('article:published_time');
  });

  test('the same input gives the same output', () => {
    const kinds = parseStripKinds('machine,time,url');
    expect(kinds).toEqual(['meta', 'jsonld', 'micro', 'time', 'url']);
    expect(stripDates(PAGE, URL, kinds).html).toBe(stripDates(PAGE, URL, kinds).html);
  });

  test('stripUrlDate cuts compact and day-first dates too', () => {
    expect(stripUrlDate('https://x.example/20200428/story')).toBe('https://x.example/x/story');
    expect(stripUrlDate('https://x.example/news/29-10-2021?p=1')).toBe(
      'https://x.example/news/x?p=1',
    );
  });
});
