/**
 * The HTML date cascade's last resorts (session 15): a page with no dated
 * header still gets the best guess its text or source holds, flagged as a
 * guess. Synthetic pages written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const guessed = (a: ReturnType<typeof parseArticle>): boolean =>
  a.warnings.some((w) => w.includes('guessed'));

/** A page around `body`, with no date in its head. */
function page(body: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ein Forum</title></head><body>${body}</body></html>`;
}

describe('a thread whose posts print a two-digit year and a clock time', () => {
  const thread = page(`
    <main><article>
      <h1>Kein Zugriff mehr über mobile Daten seit dem letzten Update</h1>
      <div class="comment-list">
        <div class="comment"><div class="comment-head"><span>walter_k</span><span>14.03.21</span><span>09:12</span></div>
          <p>Seit dem Update lädt der Store über das Mobilnetz nichts mehr, über WLAN geht alles wie immer.</p></div>
        <div class="comment"><div class="comment-head"><span>ines</span><span>15.03.21</span><span>18:40</span></div>
          <p>Bei mir genauso, ein Neustart hat nichts geändert, erst das Zurücksetzen der Netzwerkeinstellungen.</p></div>
      </div>
    </article></main>`);

  test("the first post's day dates the thread, even when the spans join without a space", () => {
    const a = parseArticle(thread, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-03-14');
    expect(guessed(a)).toBe(true);
  });

  test('a two-digit year with no clock time after it is no date (a score, a version)', () => {
    const plain = thread.replace('<span>09:12</span>', '').replace('<span>18:40</span>', '');
    const a = parseArticle(plain, { format: 'html' });
    expect(a.publishedAt).toBeUndefined();
  });
});

describe('a page whose only dates stand outside its article', () => {
  test('a date inside a sentence of the article is the guess left when nothing else dates the page', () => {
    const html = page(`
      <main><article><h1>Wandern im Herbst: die schönsten Routen im Tal</h1>
        <p>Die Wege führen durch lichte Wälder und über Almen, auf denen im Herbst das Vieh noch weidet und die Hütten geöffnet bleiben.</p>
        <p>Unterwegs laden mehrere Gasthöfe zur Rast ein, die meisten mit regionaler Küche und einem weiten Blick über das Tal.</p>
        <h2>Die Seilbahn fährt ab dem 2. Oktober 2023 nur noch am Wochenende</h2>
      </article></main>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2023-10-02');
    expect(guessed(a)).toBe(true);
  });

  test("guard: a side box's dates are other items', even as a guess", () => {
    const html = page(`
      <main><article><h1>Wandern im Herbst: die schönsten Routen im Tal</h1>
        <p>Die Wege führen durch lichte Wälder und über Almen, auf denen im Herbst das Vieh noch weidet und die Hütten geöffnet bleiben.</p>
        <p>Unterwegs laden mehrere Gasthöfe zur Rast ein, die meisten mit regionaler Küche und einem weiten Blick über das Tal.</p>
      </article></main>
      <aside class="sidebar"><h3>Neu im Blog</h3><ul><li><a href="/touren/klamm">Durch die Klamm</a> 02.10.2023</li></ul></aside>`);
    expect(parseArticle(html, { format: 'html' }).publishedAt).toBeUndefined();
  });

  test("a date only in the source (a form's preset day) is the last guess", () => {
    const html = page(`
      <main><article><h1>Anreise mit Bahn und Bus in die Region</h1>
        <p>Mit dem Zug erreichen Sie den Hauptbahnhof, von dort fahren Busse im Stundentakt in alle Orte des Tals und zurück.</p>
      </article></main>
      <form class="planner"><input type="text" name="journeyDate" value="07.09.2017"><button>Verbindung suchen</button></form>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2017-09-07');
    expect(guessed(a)).toBe(true);
  });

  test('a date a reader sees in the footer is not read as markup', () => {
    const html = page(`
      <main><article><h1>Anreise mit Bahn und Bus in die Region</h1>
        <p>Mit dem Zug erreichen Sie den Hauptbahnhof, von dort fahren Busse im Stundentakt in alle Orte des Tals und zurück.</p>
      </article></main>
      <footer><p>Stand 10.11.2021</p><script>var built = "x";</script></footer>`);
    expect(parseArticle(html, { format: 'html' }).publishedAt).toBeUndefined();
  });

  test('a copyright year is still no date', () => {
    const html = page(`
      <main><article><h1>Anreise mit Bahn und Bus in die Region</h1>
        <p>Mit dem Zug erreichen Sie den Hauptbahnhof, von dort fahren Busse im Stundentakt in alle Orte des Tals und zurück.</p>
      </article></main>
      <footer><p>© 1998-2022 Tourismusverband</p></footer>`);
    const a = parseArticle(html, { format: 'html' });
    expect(a.publishedAt).toBeUndefined();
  });
});

describe("the date in an article's own <footer> right under its title", () => {
  const article = (meta: string): string =>
    page(`
      <main><article>
        <h1>Zweinutzungshühner: ein Tag für Hahn und Henne</h1>
        ${meta}
        <p>Seit Jahresbeginn ist das Töten männlicher Küken verboten, doch noch lange nicht jeder Bruder einer Legehenne wird auch aufgezogen.</p>
        <p>Zweinutzungsrassen legen weniger Eier, setzen aber genug Fleisch an, damit sich auch die Mast der Hähne für die Betriebe lohnt.</p>
      </article></main>`);

  test("HTML5 puts the article's date in its <footer>: under the title, it dates the page", () => {
    const a = parseArticle(
      article('<footer class="article-meta"><span class="news-date">21.01.2022</span></footer>'),
      {
        format: 'html',
      },
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2022-01-21');
    expect(guessed(a)).toBe(false);
  });

  test("guard: a footer's list of other posts under the title still dates nothing of its own", () => {
    const a = parseArticle(
      article(
        '<footer class="more"><ul><li><a href="/n/1">Legehennen im Winter</a> <span class="date">03.12.2021</span></li></ul></footer>',
      ),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).not.toBe('2021-12-03');
  });
});

describe("a blog theme's entry footer after the text", () => {
  const post = (footer: string): string =>
    page(`
      <main><article class="post">
        <header class="entry-header"><h1 class="entry-title">Wir suchen eine Medienpädagogin für unser Büro</h1></header>
        <div class="entry-content">
          <p>Wir suchen zum 1. April 2016 eine Medienpädagogin in Teilzeit, die Stelle ist zunächst auf ein Jahr befristet und kann verlängert werden.</p>
          ${'<p>Zu den Aufgaben gehören Workshops mit Schulklassen, die Betreuung unserer Projekte und die Arbeit mit Eltern und Lehrkräften.</p>'.repeat(3)}
        </div>
        ${footer}
      </article></main>`);

  test("the time the theme marks as the publication's, in the article's own footer, dates the post", () => {
    const a = parseArticle(
      post(
        '<footer class="entry-footer"><span class="posted-on"><a href="/2016/01/stelle/"><time class="entry-date published" datetime="2016-01-15T09:00:18+00:00">15/01/2016</time><time class="updated" datetime="2016-01-14T02:02:26+00:00">14/01/2016</time></a></span></footer>',
      ),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).toBe('2016-01-15');
    expect(guessed(a)).toBe(false);
  });

  test("guard: a list of other posts' times in that footer is not the post's", () => {
    const a = parseArticle(
      post(
        '<footer class="entry-footer"><ul class="more-posts"><li><a href="/2015/12/kurs/">Kurs für Eltern</a> <time class="entry-date published" datetime="2015-12-03">03/12/2015</time></li></ul></footer>',
      ),
      { format: 'html' },
    );
    expect(a.publishedAt?.slice(0, 10)).not.toBe('2015-12-03');
  });
});

describe('a numeric date that reads both ways', () => {
  const article = (printed: string): string =>
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Elektroroller im Test</title>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Elektroroller im Test","datePublished":"2021-11-01T05:00:14"}</script></head><body>
      <main><article>
        <h1>Was kann der Elektroroller mit dem Akku-Trolley?</h1>
        <div class="byline"><span class="date">${printed}</span></div>
        <p>Der Roller fährt bis zu 125 Kilometer weit, der Akku lässt sich wie ein Trolley herausziehen und in der Wohnung laden.</p>
        <p>Im Stadtverkehr zieht er kräftig an, auf der Landstraße reicht die Leistung für zügiges Mitschwimmen im Verkehr.</p>
      </article></main></body></html>`;

  test("agrees with the page's machine date when one of its two readings is that day (11/01/2021 written month first)", () => {
    const a = parseArticle(article('11/01/2021'), { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-11-01');
  });

  test('control: a printed date that reads only one way and names another day still wins over a lone machine date', () => {
    const a = parseArticle(article('13.01.2021'), { format: 'html' });
    expect(a.publishedAt?.slice(0, 10)).toBe('2021-01-13');
  });
});
