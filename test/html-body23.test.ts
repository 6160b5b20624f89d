/**
 * Session 23 (tsh23): HTML body lines that are the page's furniture without a
 * class word to say so, found on the tune pages (issue 14). Synthetic pages
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { HARBOUR_PARAS, HARBOUR_URL, html } from './helpers/harbour-page.js';

const PARAS = HARBOUR_PARAS;

const NOTICE =
  'Damit unsere Seiten für Sie besser nutzbar sind, setzen wir Cookies ein. Wenn Sie auf OK klicken, stimmen Sie dem zu. Einige Cookies sind für den Betrieb der Seite nötig, andere helfen uns, die Seite zu verbessern und Ihnen Inhalte zu zeigen, die Sie interessieren. Wie Sie das ablehnen und Ihre Einstellungen jederzeit ändern können, lesen Sie in unserer Datenschutzerklärung.';

/** A plain page: the article's paragraphs straight in a bare `<div>`, then `extra` in a bare `<div>` of its own inside it. */
function barePage(extra: string, before = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
  <div><h1>The council backs the harbour plan</h1>
  ${before}
  ${PARAS.map((p) => `<p>${p}</p>`).join('\n  ')}
  <div>${extra}</div></div>
  <p>Copyright 2026 Example Media</p></body></html>`;
}

describe('a cookie notice with no class word to name it', () => {
  test('a consent notice in a bare box after the article is no part of the body', () => {
    const a = html(barePage(NOTICE));
    expect(a.text).not.toContain('setzen wir Cookies ein');
    expect(a.text).toContain(PARAS[3]);
  });

  test('control: a paragraph about cookies that addresses nobody stays', () => {
    const about =
      'The regulator said that most sites still set tracking cookies before visitors can refuse them, and that it would fine the worst offenders from the autumn on. Its report, published on Monday, looked at more than four hundred sites of shops, newspapers and public services, and found that fewer than one in ten let people say no as easily as yes.';
    const a = html(barePage(about));
    expect(a.text).toContain(about);
  });
});

describe("the page's own address printed as the body's first line", () => {
  test('a short address on the site itself above the text is no part of the body', () => {
    const a = html(barePage('', '<div>https://www.example.org/-x7k2q</div>'));
    expect(a.text).not.toContain('example.org');
    expect(a.paragraphs[0]?.text).toBe(PARAS[0]);
  });

  test("the page's full address printed above the text is none either", () => {
    const a = html(barePage('', `<div>${HARBOUR_URL}</div>`));
    expect(a.paragraphs[0]?.text).toBe(PARAS[0]);
  });

  test('control: an address on another site, written out first, stays (a reference the author gives)', () => {
    const a = html(barePage('', '<p>https://www.gnu.org/philosophy/free-sw.html</p>'));
    expect(a.paragraphs[0]?.text).toBe('https://www.gnu.org/philosophy/free-sw.html');
  });
});

const MORE = [
  'The second section of the plan covers the old fish market, which is to become a covered hall for a weekly farmers market, a small museum of the fishing fleet and a café run by the sailing club.',
  'The third section, along the north pier, is the most expensive: the pier must be rebuilt on new piles before the ferry can use it, and the work can only be done at low tide in the summer months.',
  'The last section is a cycle path from the station to the beach, which the regional authority will pay for in full, and which should be open before the end of the next year if the tender goes well.',
];

/** A page builder's article: rows of one kind, the first holding two text boxes, then a row of links, then more rows of text. */
function builderPage(middle: string, second = ''): string {
  const row = (inner: string) => `<div class="row"><div class="col">${inner}</div></div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <h1>The council backs the harbour plan</h1>
  <div class="builder">
  ${row(
    `<div class="text">${PARAS.slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join('')}</div><div class="text"><p>${PARAS[3]}</p></div>`,
  )}
  ${row(middle)}
  ${second ? row(second) : ''}
  ${MORE.map((p) => row(`<div class="text"><p>${p}</p></div>`)).join('\n  ')}
  </div>
  <footer><p>© Example Media</p></footer></body></html>`;
}

describe("a page builder's rows past a row that is no prose", () => {
  test('the rows of text after a row of links are more of the article', () => {
    const a = html(
      builderPage(
        '<p><a href="/files/harbour-plan.pdf">The harbour plan (PDF, 2 MB)</a></p><p><a href="/gallery/harbour">Pictures of the quay</a></p>',
      ),
    );
    expect(a.text).toContain(PARAS[0]);
    expect(a.text).toContain(MORE[0]);
    expect(a.text).toContain(MORE[2]);
    expect(a.text).not.toContain('PDF, 2 MB');
  });

  test('control: after two rows of links the rows are left out (the page goes on with something else)', () => {
    const links =
      '<p><a href="/files/harbour-plan.pdf">The harbour plan (PDF, 2 MB)</a></p><p><a href="/gallery/harbour">Pictures of the quay</a></p>';
    const a = html(
      builderPage(
        links,
        '<p><a href="/news/ferry">Ferry times change</a></p><p><a href="/news/beach">Beach reopens</a></p>',
      ),
    );
    expect(a.text).toContain(PARAS[0]);
    expect(a.text).not.toContain(MORE[0]);
  });
});

describe('a marked lead behind the short lines the body opens with', () => {
  const LEAD =
    'After a year of argument, the town will get its new harbour: the council backed the plan by seven votes to two.';
  /** An article box that prints the headline again and a date line above its `teaser-text` lead (a TYPO3 news page). */
  const page = (
    lead: string,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <h1>The council backs the harbour plan</h1>
  <div class="article">
  <div class="headline">The council backs the harbour plan</div>
  <p>03.03.2026 Example News</p>
  ${lead}
  ${PARAS.map((p) => `<p>${p}</p>`).join('\n  ')}
  </div>
  <footer><p>Copyright 2026 Example Media</p></footer></body></html>`;

  test('the lead the page marks (`teaser-text`) stays, before the first paragraph', () => {
    const a = html(page(`<div class="teaser-text"><p>${LEAD}</p></div>`));
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts).toContain(LEAD);
    expect(texts.indexOf(LEAD)).toBe(texts.indexOf(PARAS[0] ?? '') - 1);
  });

  test('control: a teaser box with no lead word there is still left out', () => {
    const a = html(page(`<div class="teaser"><p>${LEAD}</p></div>`));
    expect(a.text).not.toContain(LEAD);
  });
});

describe("the author's box after the article", () => {
  const BIO = [
    'I grew up by the sea, on a street where every second house had a net drying in its yard, and I have never really left it since then.',
    'Before this paper I spent ten years at the regional radio station, where I learned that a good story is mostly a matter of listening long enough.',
    'When I am not at the council, you will find me on the water, or at the market on Saturdays, buying far more fish than two people can eat.',
    'My first story for the paper was about a storm that took the roof off the fish market; my second was about the council meeting that argued for a year over who should pay for the new one.',
  ];
  /** An article whose `<article>` holds the text and then the author's box (over 600 characters: no byline box), `box` its class. */
  const page = (
    box: string,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article><h1>The council backs the harbour plan</h1>
  ${PARAS.map((p) => `<p>${p}</p>`).join('\n  ')}
  <div class="${box}"><div class="author-name">Jane Doe</div>${BIO.map((p) => `<p>${p}</p>`).join('')}</div>
  </article>
  <footer><p>Copyright 2026 Example Media</p></footer></body></html>`;

  test('a box named `author-bio` closing the body is no part of it', () => {
    const a = html(page('author-bio'));
    expect(a.text).not.toContain(BIO[0]);
    expect(a.text).not.toContain(BIO[2]);
    expect(a.paragraphs.at(-1)?.text).toBe(PARAS[3]);
  });

  test('the same box named `about-the-author`', () => {
    const a = html(page('about-the-author'));
    expect(a.text).not.toContain(BIO[2]);
  });

  test('control: a box of another name there stays', () => {
    const a = html(page('factbox'));
    expect(a.text).toContain(BIO[2]);
  });
});

describe("a page's sections before the chosen one", () => {
  /** A section of the page, its text two wrappers deep (a page builder's markup). */
  const section = (inner: string) =>
    `<section class="page-section"><div class="inner"><div class="text">${inner}</div></div></section>`;
  /** The article in sections of one kind, the headline in the first; the last section holds the most text. */
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <div class="page">
  ${section(`<h1>The council backs the harbour plan</h1><p>${PARAS[0]}</p>`)}
  ${section(`<p>${MORE[0]}</p>`)}
  ${section(`<p>${MORE[1]}</p>`)}
  ${section(
    PARAS.slice(1)
      .concat(MORE[2] ?? '')
      .map((p) => `<p>${p}</p>`)
      .join(''),
  )}
  ${section('<p><a href="/tags/harbour">Harbour</a> <a href="/tags/council">Council</a></p>')}
  </div>
  <footer><p>Copyright 2026 Example Media</p></footer></body></html>`;

  test('the sections of prose between the headline and the chosen section are the article', () => {
    const a = html(page);
    expect(a.paragraphs[0]?.text).toBe(PARAS[0]);
    expect(a.text).toContain(MORE[0]);
    expect(a.text).toContain(MORE[1]);
    expect(a.text).toContain(PARAS[3]);
    expect(a.text).not.toContain('Harbour Council');
  });

  test('control: a section of that kind above the headline stays out', () => {
    const blurb =
      'Example Media has reported on the coast and its towns since 1921, and is owned by a trust that keeps it independent of any party or company.';
    const a = html(
      page.replace('<div class="page">', `<div class="page">\n  ${section(`<p>${blurb}</p>`)}`),
    );
    expect(a.text).not.toContain(blurb);
    expect(a.text).toContain(MORE[1]);
  });
});
