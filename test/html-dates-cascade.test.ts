/**
 * The later steps of the HTML date cascade, on small synthetic pages written
 * for these tests (test/fixtures/html/dates): machine-readable dates that
 * disagree, the last-resort guesses, update dates printed next to the
 * publication's, and dates in more languages.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import corroborated from './fixtures/html/dates/corroborated.html?raw';
import imageAddress from './fixtures/html/dates/image-address.html?raw';
import productScript from './fixtures/html/dates/product-script.html?raw';
import timeUpdated from './fixtures/html/dates/time-updated.html?raw';
import updatedFirst from './fixtures/html/dates/updated-first.html?raw';

/** The text the publication date's span points at, when it has one. */
function dateText(input: string, a: ReturnType<typeof parseArticle>): string | undefined {
  const s = a.spans.publishedAt;
  return s ? input.slice(s.start, s.end) : undefined;
}

const guessed = (a: ReturnType<typeof parseArticle>): boolean =>
  a.warnings.some((w) => w.includes('guessed'));

describe('machine-readable dates that disagree', () => {
  test('the one the date printed under the title agrees with wins over hidden microdata', () => {
    const a = parseArticle(corroborated, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-10-28');
    expect(dateText(corroborated, a)?.slice(0, 10)).toBe('2021-10-28');
    expect(guessed(a)).toBe(false);
  });
  test('without the printed line, the microdata date stands', () => {
    const page = corroborated.replace(
      '<p class="article-meta">Hamburg, 28.10.2021, 041/21</p>',
      '',
    );
    expect(page).not.toBe(corroborated);
    const a = parseArticle(page, { format: 'html' });
    expect(a.publishedAt).toBe('2021-10-27T20:35:36+01:00');
    expect(dateText(page, a)).toBe('2021-10-27T20:35:36+01:00');
  });
});

describe('a date in the URL against the page', () => {
  const page = (
    printed: string,
  ) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flood barrier passes its first test</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood barrier passes its first test","datePublished":"2020-08-26T09:00:00+02:00"}</script>
</head><body><article><h1>Flood barrier passes its first test</h1>${printed}
<p>The new barrier on the river mouth held back a tide almost two metres above normal on Tuesday night, the first real test since it was finished in the spring.</p>
<p>Engineers said the gates closed in eleven minutes, as planned, and that no water reached the streets of the old town.</p>
</article></body></html>`;
  const url = 'https://news.example.org/2020/08/24/flood-barrier-test';
  test('the URL day stands against the JSON-LD day alone', () => {
    expect(parseArticle(page(''), { url, format: 'html' }).publishedAt).toBe('2020-08-24');
  });
  test('the JSON-LD day wins when the date printed under the title agrees with it', () => {
    const input = page('<p class="date">26 August 2020</p>');
    expect(parseArticle(input, { url, format: 'html' }).publishedAt).toBe(
      '2020-08-26T09:00:00+02:00',
    );
  });
});

describe('dates inside the body', () => {
  test("a date in a sentence of the body is an event's, not the page's", () => {
    const input = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Tunnel gesperrt</title></head><body>
<main><h1>Tunnel gesperrt</h1>
<p>Der Bergtunnel wird wegen Bauarbeiten vom 24. April bis 2. Oktober 2017 für den Verkehr gesperrt. Reisende nutzen in dieser Zeit die Umleitung über den Pass.</p>
<p>Die Bahn richtet zusätzlich einen Busverkehr zwischen den beiden Talorten ein, der im Stundentakt fährt und alle Fahrräder mitnimmt.</p>
</main></body></html>`;
    expect(parseArticle(input, { format: 'html' }).publishedAt).toBeUndefined();
  });
  test('a long byline line under the title keeps its date at the end', () => {
    const input = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tunnel closed</title></head><body>
<main><h1>Tunnel closed</h1><p class="byline">By Jane Doe, Senior Correspondent for Transport and Cities, March 3, 2020</p>
<p>The mountain tunnel will close for repairs through the summer, and drivers will be sent over the pass road instead, the roads agency said.</p>
<p>The railway will add a shuttle bus between the two valley towns, running every hour and taking bicycles on board.</p>
</main></body></html>`;
    const a = parseArticle(input, { format: 'html' });
    expect(a.publishedAt).toBe('2020-03-03');
    expect(dateText(input, a)).toBe('March 3, 2020');
  });
});

describe('last-resort guesses', () => {
  test('a product page that prints no date: the first date-and-time in a script, flagged as a guess', () => {
    // Without a publication key (`published_at` is one, read without a guess: see html-s5.test.ts).
    const page = productScript.replace('"published_at"', '"stamp_at"');
    expect(page).not.toBe(productScript);
    const a = parseArticle(page, { format: 'html' });
    expect(a.publishedAt).toBe('2019-03-02');
    expect(dateText(page, a)).toBe('2019-03-02');
    expect(guessed(a)).toBe(true);
  });
  test("the same page with its script's `published_at` key: that date, not a guess", () => {
    const a = parseArticle(productScript, { format: 'html' });
    expect(a.publishedAt).toBe('2019-03-02');
    expect(dateText(productScript, a)).toBe('2019-03-02');
    expect(guessed(a)).toBe(false);
  });
  test('a version number (2019.11.04.1) is not a time stamp', () => {
    const page = productScript.replace(/"published_at":"[^"]*","created_at":"[^"]*",/, '');
    expect(page).not.toBe(productScript);
    expect(parseArticle(page, { format: 'html' }).publishedAt).toBeUndefined();
  });
  test("a full date in the lead image's address, flagged as a guess", () => {
    const a = parseArticle(imageAddress, { format: 'html' });
    expect(a.publishedAt).toBe('2020-08-14');
    expect(guessed(a)).toBe(true);
  });
  test('a date printed on the page beats the guesses', () => {
    const page = imageAddress.replace(
      '<h1>Ten ways',
      '<p class="date">Posted on 2 September 2020</p><h1>Ten ways',
    );
    const a = parseArticle(page, { format: 'html' });
    expect(a.publishedAt).toBe('2020-09-02');
    expect(dateText(page, a)).toBe('2 September 2020');
    expect(guessed(a)).toBe(false);
  });
});

describe('update dates printed next to the publication date', () => {
  test('"Updated … · Published …" on one line: the published day, its span on it', () => {
    const a = parseArticle(updatedFirst, { format: 'html' });
    expect(a.publishedAt).toBe('2021-05-10');
    expect(dateText(updatedFirst, a)).toBe('10 May 2021');
  });
  test('an update alone on the line is still the date shown', () => {
    const page = updatedFirst.replace(' · Published 10 May 2021', '');
    expect(parseArticle(page, { format: 'html' }).publishedAt).toBe('2021-05-12');
  });
  test('<time class="updated"> before <time class="entry-date published">: the published time', () => {
    const a = parseArticle(timeUpdated, { format: 'html' });
    expect(a.publishedAt).toBe('2022-03-07T08:30:00+01:00');
    expect(dateText(timeUpdated, a)).toBe('2022-03-07T08:30:00+01:00');
  });
});

describe('a <time> whose machine date is not what it prints', () => {
  test('its text (published, then updated) agrees with JSON-LD against the <meta> time: the JSON-LD day', () => {
    const input = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Port strike ends after nine days</title>
<meta property="article:published_time" content="2024-12-07T12:43:39Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Port strike ends after nine days","datePublished":"2024-12-06T22:00:40Z","dateModified":"2024-12-07T12:43:39Z"}</script>
</head><body><article><h1>Port strike ends after nine days</h1>
<div class="article-date"><time datetime="2024-12-07T12:43:39Z">Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC</time></div>
<p>Dock workers voted on Friday night to accept the new contract, ending a strike that had left more than forty ships waiting outside the harbour.</p>
<p>The first cranes were back at work on Saturday morning, and the port authority said the queue should clear within a week.</p>
</article></body></html>`;
    const a = parseArticle(input, { format: 'html' });
    expect(a.publishedAt).toBe('2024-12-06T22:00:40Z');
  });
});

describe('dates printed in more languages', () => {
  test.each([
    ['sv', 'Publicerad 12 maj 2020', '2020-05-12', '12 maj 2020'],
    ['da', 'Udgivet 3. marts 2021', '2021-03-03', '3. marts 2021'],
    ['no', 'Publisert 1. desember 2019', '2019-12-01', '1. desember 2019'],
    ['cs', 'Publikováno 12. března 2020', '2020-03-12', '12. března 2020'],
    ['sk', 'Publikované 5. októbra 2021', '2021-10-05', '5. októbra 2021'],
    ['ro', 'Publicat 7 octombrie 2018', '2018-10-07', '7 octombrie 2018'],
    ['hu', 'Közzétéve: 2020. március 12.', '2020-03-12', '2020. március 12.'],
    ['fi', 'Julkaistu 4. lokakuuta 2022', '2022-10-04', '4. lokakuuta 2022'],
    ['id', 'Diterbitkan 17 Agustus 2021', '2021-08-17', '17 Agustus 2021'],
    ['ca', 'Publicat el 9 de juliol de 2020', '2020-07-09', '9 de juliol de 2020'],
    ['bg', 'Публикувано на 21 ноември 2019', '2019-11-21', '21 ноември 2019'],
    ['el', 'Δημοσιεύθηκε 12 Μαΐου 2020', '2020-05-12', '12 Μαΐου 2020'],
    ['vi', 'Thứ năm, 12 tháng 3 năm 2020', '2020-03-12', '12 tháng 3 năm 2020'],
    ['fa', 'منتشر شده ۱۲ مارس ۲۰۲۰', '2020-03-12', '۱۲ مارس ۲۰۲۰'],
    ['en', 'Posted on the 12th of March 2020', '2020-03-12', '12th of March 2020'],
    ['en', 'Filed 12-Mar-2020', '2020-03-12', '12-Mar-2020'],
  ])('%s: "%s"', (lang, line, iso, written) => {
    const input = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Title</title></head><body><article>
<h1>Title of the piece</h1><p class="meta">${line}</p>
<p>${'Body text of the article, long enough to be read as its body and not as a line of page furniture. '.repeat(3)}</p>
</article></body></html>`;
    const a = parseArticle(input, { format: 'html' });
    expect(a.publishedAt).toBe(iso);
    expect(dateText(input, a)).toBe(written);
  });
});
