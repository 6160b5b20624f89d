import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/article/parse-article.js';

const texts = (html: string): string[] =>
  parseArticle(html, { format: 'html' }).paragraphs.map((p) => p.text);

/** Timeout of the heavy tests: a few hundred ms alone, with margin for a loaded CI machine. */
const HEAVY = 60_000;

describe('HTML reading: structure and text', () => {
  test('unclosed <p> and <li> close where the HTML standard closes them', () => {
    const html =
      '<body><h1>Notes</h1><div><p>The first paragraph is long enough to be article text, with commas, too.<p>The second paragraph follows without any end tag, as old pages write.<ul><li>one item<li>another item</ul></div></body>';
    expect(texts(html)).toEqual([
      'The first paragraph is long enough to be article text, with commas, too.',
      'The second paragraph follows without any end tag, as old pages write.',
      'one item',
      'another item',
    ]);
  });
  test('a stray end tag does not close the paragraph it sits in', () => {
    const html =
      '<body><h1>Notes</h1><div><p>Text with a stray </span> end tag, still one paragraph of the article.</p><p>And a second paragraph, long enough to count as text of the body.</p></div></body>';
    expect(texts(html)).toEqual([
      'Text with a stray end tag, still one paragraph of the article.',
      'And a second paragraph, long enough to count as text of the body.',
    ]);
  });
  test('a missing </head> ends at the first body element', () => {
    const html =
      '<html><head><title>Notes</title><div><p>Body text that a page forgot to put after the head, but a browser shows.</p></div></html>';
    expect(texts(html)).toEqual([
      'Body text that a page forgot to put after the head, but a browser shows.',
    ]);
  });
  test('scripts and styles are skipped, and spans after them still point at the text', () => {
    const p =
      'Après le script, ce paragraphe garde sa place exacte dans la page, virgule comprise.';
    const html = `<body><script>var s = "<p>not text</p>"; if (a < b) {}</script><style>p{color:red}</style><h1>Titre</h1><p>${p}</p><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-02-03"}</script></body>`;
    const a = parseArticle(html);
    expect(a.paragraphs.map((x) => x.text)).toEqual([p]);
    const first = a.paragraphs[0];
    expect(first && html.slice(first.start, first.end)).toBe(p);
    expect(a.publishedAt).toBe('2021-02-03');
  });
  test('soft hyphens and ruby readings are not text; no-break spaces are spaces', () => {
    const html =
      "<body><h1>T</h1><div><p>Ein Wein\u00adberg bei Bozen, mit vielen Wörtern und einem Komma, für den Test.</p><p><ruby>漢<rt>かん</rt></ruby><ruby>字<rt>じ</rt></ruby>の読み方は、ここでは本文に入りません。これは長い文です。</p><p>Prix&nbsp;: 12&nbsp;€, payable à l'entrée du festival, dès samedi matin.</p></div></body>";
    expect(texts(html)).toEqual([
      'Ein Weinberg bei Bozen, mit vielen Wörtern und einem Komma, für den Test.',
      '漢字の読み方は、ここでは本文に入りません。これは長い文です。',
      "Prix : 12 €, payable à l'entrée du festival, dès samedi matin.",
    ]);
  });
  // Heavy: 200,000 tags in one page. No clock here: the linear-time claim is measured by
  // `npm run bench` (bench/bench.ts), which doubles the input and reports the time ratio.
  test(
    'deep nesting costs no stack',
    () => {
      const deep = `<body>${'<div>'.repeat(100_000)}<p>Deep text, inside a hundred thousand divs, still read.</p>${'</div>'.repeat(100_000)}</body>`;
      expect(texts(deep)).toEqual(['Deep text, inside a hundred thousand divs, still read.']);
    },
    HEAVY,
  );
  test(
    'a page of ten thousand sibling paragraphs is read to its last one',
    () => {
      const n = 10_000;
      const html = `<body><article>${Array.from({ length: n }, (_, i) => `<div><p>Paragraphe numéro ${i + 1}, une phrase de longueur ordinaire.</p></div>`).join('')}</article></body>`;
      const a = parseArticle(html, { format: 'html' });
      expect(a.paragraphs.length).toBe(n);
      expect(a.paragraphs.at(-1)?.text).toBe(
        `Paragraphe numéro ${n}, une phrase de longueur ordinaire.`,
      );
    },
    HEAVY,
  );
  test('broken markup never throws', () => {
    for (const s of [
      '<',
      '<<p>>',
      '</p></div></body>',
      '<script>',
      '<svg><p>x',
      '<table><td>a<tr>b',
      '<!--',
      '&#xD800;',
    ]) {
      expect(() => parseArticle(s, { format: 'html' })).not.toThrow();
    }
  });
});
