import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';
import { parseHtmlArticle } from '../src/html/html-article.js';
import { expectOneAuthor } from './helpers/checks.js';

const BODY =
  '<p>Le conseil municipal a voté, mardi soir, le budget de la ville pour 2026, avec une hausse des investissements.</p>';

function withHead(head: string, body = BODY): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}
function ld(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}

describe('HTML metadata: JSON-LD', () => {
  test('an article inside @graph, with an author given by @id', () => {
    const a = parseArticle(
      withHead(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'Person', '@id': '#p1', name: 'Karim Benali' },
            { '@type': 'WebSite', name: 'Le Courrier' },
            {
              '@type': ['ReportageNewsArticle'],
              headline: 'Le budget 2026 adopté',
              datePublished: '2025-12-02T19:30:00+01:00',
              author: { '@id': '#p1' },
            },
          ],
        }),
      ),
    );
    expect(a.title).toBe('Le budget 2026 adopté');
    expect(a.publishedAt).toBe('2025-12-02T19:30:00+01:00');
    expect(a.authors).toEqual(['Karim Benali']);
    expect(a.site?.name).toBe('Le Courrier');
  });
  test('authors as a string, as objects in an array, and "By" removed', () => {
    const one = parseArticle(withHead(ld({ '@type': 'NewsArticle', author: 'By Ana Ruiz' })));
    expect(one.authors).toEqual(['Ana Ruiz']);
    const two = parseArticle(
      withHead(
        ld([
          { '@type': 'BreadcrumbList' },
          { '@type': 'Article', author: [{ name: 'Ana Ruiz' }, { name: 'Omar Tazi' }] },
        ]),
      ),
    );
    expect(two.authors).toEqual(['Ana Ruiz', 'Omar Tazi']);
  });
  test('a JSON-LD block is read up to 200,000 characters: a bigger one is left out, not parsed at length', () => {
    const small = `{"@type":"NewsArticle","headline":"Le budget adopté","datePublished":"2025-12-02"}`;
    expect(parseArticle(withHead(ld(JSON.parse(small)))).publishedAt).toBe('2025-12-02');
    // `dateCreated`: read only by parsing (a `datePublished` key is also found by the linear search of scripts' keys).
    const big = `<script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2025-12-02","x":"${'a'.repeat(200_000)}"}</script>`;
    // Not parsed: its date is at most the markup search's last guess, flagged as one.
    const unparsed = parseArticle(withHead(big));
    expect(
      unparsed.warnings.some((w) => w.includes("guessed from a date in the page's markup")),
    ).toBe(true);
    const bigKeyed = big.replace('dateCreated', 'datePublished');
    const keyed = parseArticle(withHead(bigKeyed));
    expect(keyed.publishedAt).toBe('2025-12-02');
  });
  test('JSON-LD wrapped in CDATA or with a raw line break in a string is still read', () => {
    const raw =
      '<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","headline":"Deux\nlignes"}]]></script>';
    expect(parseArticle(withHead(raw)).title).toBe('Deux lignes');
  });
  test("a JSON-LD name that is the publisher's is the site, not the title: the headline is", () => {
    const html = withHead(
      `<title>Heulage: besser als ihr Ruf? - fuetterung - praxis - Reitmagazin Nord</title>${ld({
        '@type': 'Article',
        name: 'Reitmagazin Nord',
        headline: 'Heulage: besser als ihr Ruf?',
        publisher: { '@type': 'Organization', name: 'Reitmagazin Nord' },
      })}`,
      `<h1 class="sr-only">Reitmagazin Nord</h1><article><h1>Heulage: besser als ihr Ruf?</h1>${BODY}</article>`,
    );
    const a = parseArticle(html);
    expect(a.title).toBe('Heulage: besser als ihr Ruf?');
    expect(a.spans.title && html.slice(a.spans.title.start, a.spans.title.end)).toBe(
      'Heulage: besser als ihr Ruf?',
    );
  });
});

describe('HTML metadata: <meta> conventions', () => {
  test('a `property` value beats a `name` one, and one attribute may list several names', () => {
    const a = parseArticle(
      withHead(
        '<meta name="dc:title" content="Name title"><meta property="dc:title og:title" content="Property title"><meta property="dc:creator" content="Lina Haddad">',
      ),
    );
    expect(a.title).toBe('Property title');
    expect(a.authors).toEqual(['Lina Haddad']);
  });
  test('Dublin Core written DC.date reads like dc:date', () => {
    const a = parseArticle(withHead('<meta name="DC.date.issued" content="2024-03-09">'));
    expect(a.publishedAt).toBe('2024-03-09');
  });
  test('an author that is a profile URL is not a name', () => {
    const a = parseArticle(
      withHead('<meta property="article:author" content="https://facebook.com/someone">'),
    );
    expect(a.authors).toEqual([]);
  });
  test('description, image, section, tags and canonical address', () => {
    const html = withHead(
      '<meta property="og:description" content="Le budget en hausse."><meta property="og:image" content="https://ex.ma/a.jpg"><meta property="article:section" content="Politique"><meta property="article:tag" content="budget"><meta property="article:tag" content="commune"><link rel="canonical" href="https://ex.ma/politique/budget-2026">',
    );
    expect(parseHtmlArticle(html).html).toEqual({
      description: 'Le budget en hausse.',
      image: 'https://ex.ma/a.jpg',
      section: 'Politique',
      tags: ['budget', 'commune'],
      canonicalUrl: 'https://ex.ma/politique/budget-2026',
    });
  });
});

describe('HTML metadata: title and byline in the page', () => {
  test('the <h1> that says the same as the metadata is the title, with its span', () => {
    const html = withHead(
      '<meta property="og:title" content="Budget 2026 : la ville investit">',
      `<h1>Budget 2026 : la ville investit</h1>${BODY}`,
    );
    const a = parseArticle(html);
    expect(a.title).toBe('Budget 2026 : la ville investit');
    expect(a.spans.title && html.slice(a.spans.title.start, a.spans.title.end)).toBe(
      'Budget 2026 : la ville investit',
    );
  });
  test('without metadata, the <title> loses its site name', () => {
    expect(
      parseArticle(withHead('<title>Le budget 2026 est adopté | Le Courrier</title>')).title,
    ).toBe('Le budget 2026 est adopté');
    expect(
      parseArticle(withHead('<title>Le Courrier » Le budget 2026 est adopté</title>')).title,
    ).toBe('Le budget 2026 est adopté');
  });
  test('a byline element: "Par" removed, the date after the name cut off', () => {
    const a = parseArticle(
      withHead(
        '',
        `<h1>Budget</h1><div class="byline">Par Nadia Alaoui le 02/12/2025 à 19h30</div>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['Nadia Alaoui']);
  });
  test.each([
    ['Par <a href="/auteur/nadia-alaoui">Nadia Alaoui</a> - Le 02/12/2025 à 19h30', 'Nadia Alaoui'],
    ['Par Nadia Alaoui | Le 2 décembre 2025', 'Nadia Alaoui'],
    ['By Nadia Alaoui - On 12/02/2025', 'Nadia Alaoui'],
    ['Par Marine Le Pen - Le 02/12/2025', 'Marine Le Pen'],
  ])('a byline element `%s`: the date and its capitalised `Le` cut off', (line, name) => {
    const a = parseArticle(withHead('', `<h1>Budget</h1><div class="byline">${line}</div>${BODY}`));
    expect(a.authors).toEqual([name]);
  });
  test.each([
    [
      'Publié le : mardi 15 juillet 2025 à 18:42 | Par : Samir Bensalem | 4 min de lecture',
      'Samir Bensalem',
    ],
    ['15/07/2025 • Par Samir Bensalem • Économie', 'Samir Bensalem'],
  ])('an info line `%s`: the byline among its parts', (line, name) => {
    const html = withHead(
      '',
      `<h1>Le prix du pain fixé à 15 dinars</h1><div class="info">${line}</div>${BODY}`,
    );
    const a = parseArticle(html);
    expectOneAuthor(html, a, name);
  });
  test.each([
    [
      'Publié par <a href="/author/leila">Leila Ben Salah</a> | le 02 octobre 2025 | 2 commentaires',
      'Leila Ben Salah',
    ],
    ['Rédigé par Leila Ben Salah', 'Leila Ben Salah'],
    ['Written by Leila Ben Salah', 'Leila Ben Salah'],
    ['Escrito por Leila Ben Salah', 'Leila Ben Salah'],
  ])('a meta line opened by a two-word label `%s`: its author', (line, name) => {
    const html = withHead(
      '',
      `<h1>Le prix du pain fixé à 15 dinars</h1><div class="post-meta">${line}</div>${BODY}`,
    );
    expect(parseArticle(html).authors).toEqual([name]);
  });
  test('guard: an info line naming no byline gives no author', () => {
    const html = withHead(
      '',
      `<h1>Le prix du pain fixé à 15 dinars</h1><div class="info">Publié le 15/07/2025 | Économie | 4 min de lecture</div>${BODY}`,
    );
    expect(parseArticle(html).authors).toEqual([]);
  });
  test('a rel=author link with a job title after the name', () => {
    const html = withHead(
      '',
      `<h1>Budget</h1><p class="meta">By <a rel="author" href="/a/ben">Ben Silverman</a></p><span class="author">Ben Silverman, Senior Editor</span>${BODY}`,
    );
    const a = parseArticle(html);
    expectOneAuthor(html, a, 'Ben Silverman');
  });
  test('one <meta> per author (Dublin Core repeats DC.Creator): every author, in page order', () => {
    const a = parseArticle(
      withHead(
        '<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">',
      ),
    );
    expect(a.authors).toEqual(['Kooman, F.', 'Jong, Michiel de']);
  });
  test('an Arabic byline labelled `كتبه:` (he wrote it): the name without its label', () => {
    const a = parseArticle(
      withHead(
        '',
        `<h1>Budget</h1><div class="meta"><span class="author">كتبه: يوسف العلوي</span> <span class="date">الثلاثاء 20 ماي 2025 - 19:45</span></div>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['يوسف العلوي']);
  });
  test('an info line naming two authors, then `| Publié le …`: the names, and nothing of the next part', () => {
    const a = parseArticle(
      withHead(
        '',
        `<h1>Budget</h1><div class="meta">Par <a href="/a/n">Nadia El Fassi</a> et <a href="/a/o">Omar Tazi</a> | Publié le 05/09/2025 à 06h30 | Mis à jour à 12h10</div>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['Nadia El Fassi', 'Omar Tazi']);
  });
  test("an author's box under the article: its heading's name, not the name glued to the biography", () => {
    const a = parseArticle(
      withHead(
        '',
        `<h1>Budget</h1>${BODY}<div class="author-box"><img src="/y.jpg" alt=""><h4>Youssef Benkirane</h4><p>Urbaniste et enseignant à Rabat.</p></div>`,
      ),
    );
    expect(a.authors).toEqual(['Youssef Benkirane']);
  });
  test('a byline box whose label and name are blocks of their own (`<div>Par</div><div>X</div>`) gives the name', () => {
    const a = parseArticle(
      withHead(
        '',
        `<h1>Budget</h1><div class="byline"><div>Par</div><div>Nadia Alaoui</div></div>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['Nadia Alaoui']);
  });
  test("a box of the author's other articles (`Du même auteur`) names no author", () => {
    const a = parseArticle(
      withHead(
        '',
        `<h1>Budget</h1>${BODY}<section class="same-author"><h2>Du même auteur</h2><ul><li><a href="/o1">Le tramway ne suffit pas à faire une ville</a></li><li><a href="/o2">Rendre les places aux piétons</a></li></ul></section>`,
      ),
    );
    expect(a.authors).toEqual([]);
  });
  test('a byline box that also names the publisher: the element marked itemprop=author wins', () => {
    const html = withHead(
      '',
      `<h1>Budget</h1><div class="attribution-author"><a href="https://partner.example">Tech Insider</a> <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Alex Perry</span></span> <time datetime="2016-11-15">1 day ago</time></div>${BODY}`,
    );
    const a = parseArticle(html);
    expectOneAuthor(html, a, 'Alex Perry');
  });
  test('the day name before a date is not part of the name, and a site name ending with the owner does not hide him', () => {
    const a = parseArticle(
      withHead(
        '<meta property="og:site_name" content="SIMPLYFOUND.COM | BY: JOE WEE">',
        `<h1>Budget</h1><div class="article-author"><a href="/latest?author=joewee">Joe Wee</a> Monday, February 29, 2016 @ 11:10 PM UTC</div>${BODY}`,
      ),
    );
    expect(a.authors).toEqual(['Joe Wee']);
  });
});

describe('HTML: the credited source, read as on text dumps', () => {
  const article = (after: string, lead = BODY) =>
    withHead(
      '',
      `<main><article><h1>Budget</h1>${lead}${BODY.replace('Le conseil', 'Hier, le conseil')}${after}</article></main>`,
    );
  test.each([
    ['<p class="signature">(MAP)</p>', 'MAP'],
    ['<p>Source : TAP</p>', 'TAP'],
  ])('a credit line under the body (%s)', (after, name) => {
    const html = article(after);
    const a = parseArticle(html);
    expect(a.source?.name).toBe(name);
    const span = a.spans.source;
    expect(span && html.slice(span.start, span.end)).toBe(name);
    expect(a.text).not.toContain(after.replace(/<[^>]+>/g, ''));
  });
  test('an agency in the lead’s dateline', () => {
    const lead =
      '<p>ALGER – Le conseil des ministres (APS) – a adopté mardi le projet de loi de finances, avec une hausse des investissements publics.</p>';
    expect(parseArticle(article('', lead)).source?.name).toBe('APS');
  });
  test('control: no credit, no source', () => {
    expect(parseArticle(article('')).source).toBeUndefined();
  });
});
