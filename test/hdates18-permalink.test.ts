/**
 * A date printed as a link to the page itself (a blog theme's permalink,
 * `<li class="entry-date"><a href="…this post…">13. Februar 2017</a></li>`)
 * is the page's own date, even above the title in a linked list item, where
 * a linked date usually dates the item it links to. Synthetic pages written
 * for these tests (session 18).
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const URL = 'https://www.blog.example/streit-ums-holz/';

/** A post whose date box, above its title, holds `date` linked to `href`. */
function post(href: string, date = '13. Februar 2017'): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Streit ums Holz</title>
  <link rel="canonical" href="${URL}"></head><body>
  <header id="header"><div id="site-title"><a href="/">Ein Blog</a></div></header>
  <div id="content"><article class="post">
    <aside class="entry-details"><ul>
      <li class="entry-date"><a href="${href}">${date}</a></li>
      <li class="entry-comments"><a href="${href}#respond">0 Kommentare</a></li>
    </ul></aside>
    <header class="entry-header"><h1 class="entry-title">Streit ums Holz in einem großen Lager</h1></header>
    <div class="entry-content">
      <p>Im Lager leben seit Jahren viele Menschen, und das Holz zum Kochen wird knapp, weil die Wälder ringsum längst abgeholzt sind.</p>
      <p>Die Frauen gehen deshalb immer weiter hinaus, um Holz zu sammeln, und geraten dabei in Streit mit den Bauern der Umgebung.</p>
    </div>
  </article></div></body></html>`;
}

describe("a date linked to the page's own address", () => {
  test('dates the page (the address given)', () => {
    const a = parseArticle(post(URL), { format: 'html', url: URL });
    expect(a.publishedAt).toBe('2017-02-13');
    expect(a.warnings.filter((w) => w.includes('guessed'))).toEqual([]);
  });

  test('dates the page (the canonical address, written relative to the site)', () => {
    const a = parseArticle(post('/streit-ums-holz/'), { format: 'html' });
    expect(a.publishedAt).toBe('2017-02-13');
  });

  test("control: a date linked to another post's address dates that post, not this page", () => {
    const a = parseArticle(post('https://www.blog.example/anderer-beitrag/'), {
      format: 'html',
      url: URL,
    });
    expect(a.publishedAt).toBeUndefined();
  });

  test("control: a date linked to the site's day archive is at most a guess", () => {
    const a = parseArticle(post('https://www.blog.example/2017/02/13/'), {
      format: 'html',
      url: URL,
    });
    expect(a.warnings.some((w) => w.startsWith('publication date guessed'))).toBe(true);
  });
});
