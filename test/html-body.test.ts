import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

/** A page of `body` with a title, an article container and the given extras around it. */
function page(article: string, around = ''): string {
  return `<!doctype html><html lang="en"><head><title>Harbour works begin | Coast News</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article><h1>Harbour works begin</h1>${article}</article>${around}</main>
<footer><p>Coast News, 12 Quay Street. All the news of the coast, every day of the year.</p></footer>
</body></html>`;
}

const P1 =
  'Work on the new breakwater started on Monday, the port authority said, after two years of studies and consultations.';
const P2 =
  'The project, worth 40 million dollars, will protect the fishing fleet from winter storms and double the quay length.';
const P3 =
  'Fishermen, who had asked for the works since 2015, welcomed the start but worry about noise during the season.';

describe('HTML body: what is kept', () => {
  test('the article paragraphs, without navigation, title or footer', () => {
    const a = parseArticle(page(`<p>${P1}</p><p>${P2}</p><p>${P3}</p>`));
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    expect(a.text).toBe(`${P1}\n\n${P2}\n\n${P3}`);
  });
  test('headings, list items and quotes keep their kind', () => {
    const a = parseArticle(
      page(
        `<p>${P1}</p><h2>What changes</h2><ul><li>A longer quay for trawlers</li><li>A new fish market</li></ul><blockquote>We waited ten years for this day, and it has come.</blockquote><p>${P2}</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => [p.kind, p.text])).toEqual([
      ['paragraph', P1],
      ['heading', 'What changes'],
      ['list-item', 'A longer quay for trawlers'],
      ['list-item', 'A new fish market'],
      ['quote', 'We waited ten years for this day, and it has come.'],
      ['paragraph', P2],
    ]);
  });
  test('each paragraph span covers its source text', () => {
    const html = page(`<p>${P1}</p><p>The <b>port</b> &amp; the town.</p><p>${P2}</p>`);
    const a = parseArticle(html);
    const second = a.paragraphs[1];
    expect(second?.text).toBe('The port & the town.');
    expect(second && html.slice(second.start, second.end)).toBe('The <b>port</b> &amp; the town.');
  });
});

describe('HTML body: what is dropped', () => {
  test('share bars, figure captions and short furniture lines inside the article', () => {
    const a = parseArticle(
      page(
        `<div class="share-buttons"><a href="https://facebook.com/x">Facebook</a> <a href="https://x.com/x">Twitter</a></div>
<figure><img src="a.jpg"><figcaption>The harbour at dawn. Photo: J. Smith</figcaption></figure>
<p>${P1}</p><p>Advertisement</p><p>${P2}</p><p>Read more: Storm damage in the north</p><p>${P3}</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test.each([
    "Les opinions exprimées dans cette chronique n'engagent que leur auteur.",
    'The views expressed in this column are the author’s own and do not necessarily reflect those of Coast News.',
    'المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي الموقع.',
  ])('an opinion column’s disclaimer under it (%s)', (disclaimer) => {
    const a = parseArticle(
      page(`<p>${P1}</p><p>${P2}</p><p>${P3}</p><p><em>${disclaimer}</em></p>`),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test("a columnist box's trade under the name (`Urbaniste et chroniqueur`) is not the body's first paragraph", () => {
    const a = parseArticle(
      page(
        `<div class="columnist"><img src="/y.jpg" alt=""><div><a href="/auteur/y"><strong>Youssef Benkirane</strong></a><p>Urbaniste et chroniqueur</p></div></div><p>${P1}</p><p>${P2}</p><p>${P3}</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test.each([
    'Votre navigateur ne peut pas lire cette vidéo.',
    'Your browser does not support the video tag.',
    'متصفحك لا يدعم تشغيل الفيديو',
  ])("a video player's placeholder notice (%s) is not a paragraph", (notice) => {
    const a = parseArticle(
      page(`<div class="player"><div>${notice}</div></div><p>${P1}</p><p>${P2}</p><p>${P3}</p>`),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test.each([
    [
      '<p><b>Read also:</b> <a href="/r1">Trade with the islands up 18 percent in 2024</a></p>',
      'Trade with the islands up 18 percent in 2024',
    ],
    [
      '<div class="see-also"><strong>شاهد أيضا</strong><a href="/v1">فيديو: حافلات جديدة تدخل الخدمة بمدينة طنجة</a></div>',
      'فيديو: حافلات جديدة تدخل الخدمة بمدينة طنجة',
    ],
  ])(
    'a related label and its link in elements of their own (%s): a related link, not a paragraph',
    (box, title) => {
      const html = page(`<p>${P1}</p>${box}<p>${P2}</p><p>${P3}</p>`);
      const a = parseArticle(html);
      expect(a.related.map((r) => r.title)).toEqual([title]);
      expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
      const r = a.related[0];
      expect(r && html.slice(r.start, r.end)).toBe(title);
    },
  );
  test.each([
    ['<h2>More in Morocco</h2>', 'a section box heading'],
    ['<h2>Related Articles</h2>', 'a related box heading'],
  ])(
    '%s over linked headlines in headings (<h3><a>…</a></h3>, excerpt, Read more): each headline is a related link (%s)',
    (heading) => {
      const unit = (href: string, title: string) =>
        `<div class="item"><h3><a href="${href}">${title}</a></h3><p>The restoration replaced the dye pits and the old wooden doors of the…</p><a href="${href}">Read more</a> <span>0</span></div>`;
      const a = parseArticle(
        page(
          `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`,
          `<section class="more">${heading}${unit('/r1', 'Fez tanneries reopen after two-year restoration')}${unit('/r2', "Morocco's handicraft exports reach a ten-year high")}</section>`,
        ),
      );
      expect(a.related.map((r) => r.title)).toEqual([
        'Fez tanneries reopen after two-year restoration',
        "Morocco's handicraft exports reach a ten-year high",
      ]);
      expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
    },
  );
  test.each([
    ['<div class="views">22</div>', 'a view counter'],
    ['<div class="views">2,345</div>', 'a counter with grouped thousands'],
    [
      '<div class="font-size">الخط : <a href="#">+</a> <a href="#">-</a></div>',
      'a font-size widget',
    ],
  ])('%s above the lead is not a paragraph (%s)', (box) => {
    const a = parseArticle(page(`${box}<p>${P1}</p><p>${P2}</p><p>${P3}</p>`));
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test('a number alone inside the body stays (a score, a step)', () => {
    const a = parseArticle(page(`<p>${P1}</p><p>22</p><p>${P2}</p><p>${P3}</p>`));
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, '22', P2, P3]);
  });
  test.each([
    '2 min',
    '3 min read',
    '4 min de lecture',
    "▶ Écouter l'article 2 min",
    'Listen to this article',
  ])('a reading time or a listen button above the lead (%s) is not a paragraph', (line) => {
    const a = parseArticle(
      page(`<div class="audio"><span>${line}</span></div><p>${P1}</p><p>${P2}</p><p>${P3}</p>`),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test('a comment section and a link list after the article', () => {
    const a = parseArticle(
      page(
        `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`,
        `<section id="comments"><h3>3 comments</h3><p>Finally! I have been waiting for this for years, thanks for the report.</p></section>
<ul class="links"><li><a href="/a">Port traffic up in May</a></li><li><a href="/b">New ferry line to the islands</a></li></ul>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test('teasers after a "More from" heading are other articles', () => {
    const a = parseArticle(
      page(
        `<p>${P1}</p><p>${P2}</p><h2>More from Coast News</h2><p>Ferry prices will rise by five percent next month, the operator announced on Friday.</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
  test('hidden elements and screen-reader text', () => {
    const a = parseArticle(
      page(
        `<p>${P1}</p><div style="display:none"><p>Subscribe to read the rest of this story right now.</p></div><p hidden>Hidden paragraph that nobody sees on the page.</p><span class="sr-only">Skip</span><p>${P2}</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
  test('a page wrapped in one <form> (as ASP.NET pages are) still has a body', () => {
    const html = `<html><body><form id="aspnetForm"><div class="menu"><a href="/">Home</a></div><h1>Harbour works begin</h1><div><p>${P1}</p><p>${P2}</p></div></form></body></html>`;
    expect(parseArticle(html).paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});

describe('HTML body: second look and furniture tail', () => {
  test('an article whose container carries a teaser class is still found', () => {
    // Blog engines reuse their teaser markup for the full post: the class word must not lose the body.
    const html = `<!doctype html><html><head><title>Council backs the new school | Town group</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/contact">Contact</a></div>
<h1>Council backs the new school</h1>
<div id="blog_detail" class="blog_teaser_text"><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1.replace('Monday', 'Tuesday')}</p></div>
<div class="footer">Town group, Main Street 4.</div></body></html>`;
    const a = parseArticle(html);
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P1.replace('Monday', 'Tuesday')]);
  });
  test('a heading and short label lines after the last sentence are cut', () => {
    const a = parseArticle(
      page(
        `<p>${P1}</p><p>${P2}</p><p>${P3}</p><h3>Contact</h3><p>Port authority press office</p><p>+216 71 000 000</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test('a closing list and a long run of short lines stay: they are the article’s own', () => {
    const dates = Array.from(
      { length: 12 },
      (_, i) => `<p>March ${i + 1} — Harbour stage, Sousse</p>`,
    );
    const a = parseArticle(page(`<p>${P1}</p><p>${P2}</p><h2>Tour dates</h2>${dates.join('')}`));
    expect(a.paragraphs.length).toBe(15);
    expect(a.paragraphs.at(-1)?.text).toBe('March 12 — Harbour stage, Sousse');
    const b = parseArticle(
      page(`<p>${P1}</p><p>${P2}</p><ul><li>Longer quay</li><li>New fish market</li></ul>`),
    );
    expect(b.paragraphs.map((p) => p.text)).toEqual([P1, P2, 'Longer quay', 'New fish market']);
  });
});

describe('HTML body: caption credits and post-meta lines', () => {
  test('a caption ending with a photo credit, a credit alone, a © line and a post-meta line are dropped', () => {
    const a = parseArticle(
      page(
        `<p>January 13, 2020 at 08:45 AM | categories: Harbour, Fishing | View Comments</p>
<p>${P1}</p><p>The new quay at dawn, seen from the lighthouse. (mlharing / iStock.com)</p>
<p>Judy Eddy/WENN.com</p><p>${P2}</p><p>Logo of the harbour authority | © Port of Sfax</p>
<p>Veröffentlichung: 2. Februar 2022</p><p>${P3}</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test('a sentence that quotes an agency or holds a slash and a date stays', () => {
    const s1 = 'Sales rose 4% in 2021/2022, the ministry said (figures from 12/03/2022).';
    const s2 = 'The port, 12 km north of Sfax, reopened on 2 February 2022 after repairs.';
    const a = parseArticle(page(`<p>${P1}</p><p>${s1}</p><p>${s2}</p><p>${P2}</p>`));
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, s1, s2, P2]);
  });
});

describe('HTML body: a body split into boxes', () => {
  test('one <section> per paragraph under one parent: every paragraph is kept', () => {
    const box = (p: string) =>
      `<section class="co coTextmedia"><div class="co__container"><div class="co__main"><div class="rteContent">${p}</div></div></div></section>`;
    const html = `<!doctype html><html><head><title>Heat pumps boom</title></head><body>
<nav><a href="/">Home</a> <a href="/energy">Energy</a></nav><h1>Heat pumps boom</h1>
<section class="contentMain">${box(`<p>${P1}</p>`)}${box(`<p>${P2}</p>`)}${box(`<p>${P3}</p>`)}${box(`<p>${P1.replace('Monday', 'Friday')}</p>`)}</section>
<aside><h3>Most read</h3><ul><li><a href="/a">Storm in the north</a></li><li><a href="/b">Fish prices</a></li></ul></aside>
</body></html>`;
    const a = parseArticle(html);
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3, P1.replace('Monday', 'Friday')]);
  });
  test('captions credited in parentheses and a "Don’t miss" label inside the body are dropped', () => {
    const a = parseArticle(
      page(`<p>${P1}</p><p>The quay at dawn (Image: GETTY)</p><p>DON'T MISS</p><p>${P2}</p>`),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});

describe('HTML body: notices and capitalised teaser labels', () => {
  test('legal notices, newsletter and follow calls, tip lines are not article text', () => {
    const a = parseArticle(
      page(
        `<p>${P1}</p><p>${P2}</p><p>Have a tip? Our reporter may be reached at desk@coast.example. Follow her on Twitter @desk.</p><p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p><p>Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy.</p><p>${P3}</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, P3]);
  });
  test('an agency copyright line that closes a wire story stays', () => {
    const line =
      '© 2019 Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed.';
    const a = parseArticle(page(`<p>${P1}</p><p>${P2}</p><p>${line}</p>`));
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2, line]);
  });
  test('RECENT ARTICLES in capitals opens other articles’ teasers; DON’T MISS mid-article is dropped alone', () => {
    const a = parseArticle(
      page(
        `<p>${P1}</p><p>DON'T MISS</p><p>${P2}</p><p>RECENT ARTICLES</p><p>Aston Martin reveals a new SUV with a V8 engine from the Vantage</p><p>Jose Altoveros</p>`,
      ),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual([P1, P2]);
  });
});
