/**
 * Session 22 (tsh22): HTML body choices that were right by luck, found on the
 * tune pages of every set (issue 14). Synthetic pages written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const html = (page: string): ReturnType<typeof parseArticle> =>
  parseArticle(page, { format: 'html', url: 'https://example.org/news/2026/harbour-plan' });

const PARAS = [
  'The council voted seven to two on Tuesday evening for the harbour plan, after more than a year of argument over its cost and its route along the old quay, which fishermen, shop owners and the sailing club had all fought over in public meetings since the spring.',
  'Opponents said the plan would cut the old quay off from the town, while the mayor called it the most important decision of her term and promised that the works would be finished before the summer season of the following year, whatever the weather.',
  'Work on the first section is due to begin next spring, once the regional authority has signed off on the budget and the tender, and the contractor has moved its machines from the motorway site it is finishing twenty kilometres to the north.',
  'The harbour master said boats would keep their moorings during the works, although the ferry to the islands will leave from the north pier for about six months, and passengers will be taken there by a shuttle bus from the station every half hour.',
  'Shop owners on the quay asked for help with their rents while the street is closed, and the council agreed to look at a fund for them at its next meeting, after a petition signed by more than two thousand residents was handed to the mayor.',
  'The plan still needs the approval of the environment agency, which is studying its effect on the birds that nest on the breakwater every spring and on the seagrass meadows that lie just outside the harbour mouth, a report due in the autumn.',
];

/** A news page: a hero box (headline, `deck`, byline line) above a two-column layout whose main column holds the text. */
function heroPage(
  deck: string,
  meta = '<div class="c-byline">By Jane Doe Updated Mar 3, 2026, 10:28am</div>',
): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <main class="l-wrapper"><article class="l-segment">
    <div class="c-entry-hero">
      <h1 class="c-page-title">The council backs the harbour plan</h1>
      ${deck}
      ${meta}
    </div>
    <div class="l-sidebar-fixed"><div class="l-col__main"><div class="c-entry-content">
      ${PARAS.map((p) => `<p>${p}</p>`).join('\n      ')}
    </div></div>
    <div class="l-col__sidebar"><p>Sign up for our newsletter</p></div></div>
  </article></main>
  <footer><p>© Example Media</p></footer></body></html>`;
}

const DECK = 'A quay that divided the town for a year gets its new harbour after all.';

describe('a deck above the byline, taken in by the container climb', () => {
  test('the one-sentence deck between the headline and the byline is no part of the body', () => {
    const a = html(heroPage(`<p class="c-entry-summary">${DECK}</p>`));
    expect(a.text).not.toContain(DECK);
    expect(a.paragraphs[0]?.text).toBe(PARAS[0]);
    expect(a.text).toContain(PARAS[5]);
  });

  test('the same with a date line under the deck', () => {
    const a = html(heroPage(`<p>${DECK}</p>`, '<div class="meta"><time>3 March 2026</time></div>'));
    expect(a.text).not.toContain(DECK);
    expect(a.paragraphs[0]?.text).toBe(PARAS[0]);
  });

  test('control: a line under the byline, right above the text, stays (a lead after the date)', () => {
    const a = html(
      heroPage('', `<div class="c-byline">By Jane Doe, 3 March 2026</div><p>${DECK}</p>`),
    );
    expect(a.paragraphs[0]?.text).toBe(DECK);
  });

  test('control: with no byline or date line in the header, the deck stays as before', () => {
    const a = html(heroPage(`<p class="c-entry-summary">${DECK}</p>`, ''));
    expect(a.paragraphs[0]?.text).toBe(DECK);
  });

  test('control: a lead of two sentences above the byline is still the article opening', () => {
    const lead = `${DECK} The vote ends a year of argument over the route.`;
    const a = html(heroPage(`<p>${lead}</p>`));
    expect(a.paragraphs[0]?.text).toBe(lead);
  });
});

/** An article whose paragraphs sit straight in the `<article>` under its header box (headline, `deck`) and `meta` line. */
function articlePage(deck: string, meta: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <div class="single-article"><article>
    <header><h1>The council backs the harbour plan</h1>${deck}</header>
    ${meta}
    ${PARAS.map((p) => `<p>${p}</p>`).join('\n    ')}
  </article></div>
  <footer><p>© Example Media</p></footer></body></html>`;
}

const PUBLISHED =
  '<div class="publish-info"><div class="author">By Jane Doe</div><div class="dates">PUBLISHED: 10:48, Tue, Mar 3, 2026</div></div>';

describe('a deck between the headline and the byline, in the body container', () => {
  test('a standfirst set as a heading in the header box, above the byline and date, is left out', () => {
    const a = html(articlePage(`<h3>${DECK}</h3>`, PUBLISHED));
    expect(a.text).not.toContain(DECK);
    expect(a.paragraphs[0]?.text).toBe(PARAS[0]);
    expect(a.text).toContain(PARAS[5]);
  });

  test('control: with no byline or date line under it, the deck stays', () => {
    const a = html(articlePage(`<h3>${DECK}</h3>`, ''));
    expect(a.paragraphs[0]?.text).toBe(DECK);
  });

  test('control: a lead paragraph of prose above the byline keeps the opening whole', () => {
    const a = html(articlePage('', `<p>${PARAS[1]}</p>${PUBLISHED}`));
    expect(a.paragraphs[0]?.text).toBe(PARAS[1]);
  });
});

/** A post whose box holds a news ticker (`lines`) above its header and the article under it. */
function tickerPage(lines: readonly string[], paras: readonly string[] = PARAS): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The council backs the harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <main><article class="post">
    <div class="ticker">${lines.map((l) => `<div class="tick">${l}</div>`).join('')}</div>
    <header class="entry-header"><h1 class="entry-title">The council backs the harbour plan</h1></header>
    <div class="entry-content">${paras.map((p) => `<p>${p}</p>`).join('\n    ')}</div>
  </article></main>
  <footer><p>© Example Media</p></footer></body></html>`;
}

describe('lines above the title when most of the body is under it', () => {
  test('a news ticker above the post header is no part of the article', () => {
    const a = html(
      tickerPage([
        'Weather on Tuesday: cloudy, some rain in places and up to twelve degrees.',
        'Traffic: the ring road is closed at the station bridge until the end of August!',
      ]),
    );
    expect(a.text).not.toContain('Weather on Tuesday');
    expect(a.text).not.toContain('Traffic: the ring road');
    expect(a.paragraphs[0]?.text).toBe(PARAS[0]);
    expect(a.text).toContain(PARAS[5]);
  });

  test('control: a body written mostly above a title printed under it keeps its lines', () => {
    const a = html(tickerPage(PARAS.slice(0, 5), PARAS.slice(5)));
    expect(a.text).toContain(PARAS[0]);
    expect(a.text).toContain(PARAS[4]);
  });
});

/** An article with a bullet list (`items`, written as HTML) between its paragraphs. */
function listPage(items: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan</title></head><body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article><h1>The council backs the harbour plan</h1><div class="article-body">
    <p>${PARAS[0]}</p><p>${PARAS[1]}</p>
    <ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>
    <p>${PARAS[2]}</p><p>${PARAS[3]}</p>
  </div></article>
  <footer><p>© Example Media</p></footer></body></html>`;
}

describe('a sentence of a bullet list whose words are mostly a link', () => {
  test('it stays among the plain sentences of its list', () => {
    const a = html(
      listPage([
        'The quay will be closed to cars from March',
        'Ferries will leave from the north pier for six months',
        'The <a href="/news/2026/harbour-budget">budget will be published</a> in May',
      ]),
    );
    expect(a.text).toContain('Ferries will leave from the north pier for six months');
    expect(a.text).toContain('The budget will be published in May');
  });

  test('control: a list of links (related stories) stays out', () => {
    const a = html(
      listPage([
        '<a href="/news/a">The old quay in pictures</a> (video)',
        '<a href="/news/b">How the ferry timetable will change</a> (map)',
        '<a href="/news/c">Who pays for the harbour?</a> (analysis)',
      ]),
    );
    expect(a.text).not.toContain('The old quay in pictures');
    expect(a.text).not.toContain('Who pays for the harbour?');
    expect(a.text).toContain(PARAS[3]);
  });
});

describe('a byline or date line closing a short text', () => {
  test('the paragraphs above a signature are the text, not a header deck', () => {
    const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body><main><article>
      <h1>Budget</h1>
      <p>Le conseil municipal a voté, mardi soir, le budget de la ville pour 2026.</p>
      <p>Hier, le conseil a aussi adopté une hausse des investissements publics.</p>
      <p class="signature">(MAP)</p>
    </article></main></body></html>`;
    const a = parseArticle(page, { format: 'html' });
    expect(a.paragraphs.map((p) => p.text)).toEqual([
      'Le conseil municipal a voté, mardi soir, le budget de la ville pour 2026.',
      'Hier, le conseil a aussi adopté une hausse des investissements publics.',
    ]);
  });
});
