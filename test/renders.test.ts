/**
 * One page, four inputs: synthetic news pages in Maghreb layouts
 * (test/fixtures/renders, sites invented) as HTML and as the text Chromium's
 * `innerText`, `w3m -dump` and `lynx -dump` (default options: link numbers,
 * a closing list of references) print of it. A user holding any of the four
 * gets the same article: title, authors, day, body and its edges, the inline
 * related link; or, for a listing read with its address, the same items. What a path still gets wrong is listed in the gold's `gaps`
 * and checked with `test.fails`: a fix makes those fail, and the gap is then
 * taken out of the gold.
 */
import { describe, expect, test } from 'vitest';
import type { Article } from '../src/index.js';
import { parseArticle } from '../src/index.js';

const files = import.meta.glob('./fixtures/renders/*', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

interface RenderGold {
  /** The page's address, given to parseArticle (a listing's kind comes from it on HTML). */
  url?: string;
  /** `article` unless said. */
  kind?: 'article' | 'listing';
  lang: string;
  title?: string;
  authors?: string[];
  /** The credited source's name (an agency's signature, `Source : X`). */
  source?: string;
  day?: string;
  body_first_words?: string;
  body_last_words?: string;
  body_paragraphs?: number;
  related?: string[];
  /** Text no related link's title may hold (a footer's rights notice, a latest-news headline above the article). */
  not_related?: string[];
  /** Lines that must be in the body (a table's rows, a sub-head), whitespace folded. */
  in_body?: string[];
  not_in_body?: string[];
  /** A listing's item titles, in order, and their days. */
  items?: string[];
  item_days?: string[];
  /** Checks a renderer's text still fails, by renderer. */
  gaps: Partial<Record<Input, Check[]>>;
}

type Input = 'html' | 'chromium' | 'w3m' | 'lynx';
type Check =
  | 'lang'
  | 'title'
  | 'authors'
  | 'source'
  | 'day'
  | 'body_first_words'
  | 'body_last_words'
  | 'body_paragraphs'
  | 'related'
  | 'not_related'
  | 'in_body'
  | 'not_in_body'
  | 'items'
  | 'item_days';

const INPUTS: Input[] = ['html', 'chromium', 'w3m', 'lynx'];

/** Whitespace read as one space (lynx wraps, the HTML path normalises). */
const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** Each check, run only when the gold holds its field. */
const CHECKS: Record<Check, (a: Article, g: RenderGold) => void> = {
  lang: (a, g) => expect(a.lang).toBe(g.lang),
  title: (a, g) => expect(a.title).toBe(g.title),
  authors: (a, g) => expect(a.authors).toEqual(g.authors),
  source: (a, g) => expect(a.source?.name).toBe(g.source),
  day: (a, g) => expect(a.publishedAt?.slice(0, 10)).toBe(g.day),
  body_first_words: (a, g) =>
    expect(squash(a.text).startsWith(g.body_first_words ?? '')).toBe(true),
  body_last_words: (a, g) => expect(squash(a.text).endsWith(g.body_last_words ?? '')).toBe(true),
  body_paragraphs: (a, g) => expect(a.paragraphs).toHaveLength(g.body_paragraphs ?? 0),
  related: (a, g) => {
    const titles = a.related.map((r) => squash(r.title));
    for (const r of g.related ?? []) expect(titles).toContain(r);
  },
  not_related: (a, g) => {
    const titles = a.related.map((r) => squash(r.title));
    for (const r of g.not_related ?? []) expect(titles.filter((t) => t.includes(r))).toEqual([]);
  },
  in_body: (a, g) => {
    const body = squash(a.text);
    for (const line of g.in_body ?? []) expect(body).toContain(line);
  },
  not_in_body: (a, g) => {
    const body = squash(a.text);
    for (const line of g.not_in_body ?? []) expect(body).not.toContain(line);
  },
  items: (a, g) => expect(a.items?.map((i) => i.title)).toEqual(g.items),
  item_days: (a, g) => expect(a.items?.map((i) => i.publishedAt)).toEqual(g.item_days),
};

const pages = Object.keys(files)
  .filter((path) => path.endsWith('.gold.json'))
  .map((path) => ({
    name: path.replace('./fixtures/renders/', '').replace('.gold.json', ''),
    gold: JSON.parse(files[path] ?? '{}') as RenderGold,
  }));

test('the render fixtures are there, each page in four inputs', () => {
  expect(pages.length).toBe(27);
  for (const { name } of pages)
    for (const input of INPUTS)
      expect(
        files[`./fixtures/renders/${name}.${input === 'html' ? 'html' : `${input}.txt`}`],
      ).toBeTypeOf('string');
});

describe.each(pages)('$name', ({ name, gold }) => {
  describe.each(INPUTS)('%s', (input) => {
    const raw =
      files[`./fixtures/renders/${name}.${input === 'html' ? 'html' : `${input}.txt`}`] ?? '';
    const format = input === 'html' ? 'html' : 'text';
    const article = parseArticle(raw, gold.url ? { format, url: gold.url } : { format });
    const gaps = new Set(gold.gaps[input] ?? []);
    test(`kind ${gold.kind ?? 'article'}`, () => expect(article.kind).toBe(gold.kind ?? 'article'));
    if (gold.kind === 'listing')
      test('no title, date or body', () => {
        expect([article.title, article.publishedAt, article.paragraphs]).toEqual([
          undefined,
          undefined,
          [],
        ]);
      });
    for (const check of Object.keys(CHECKS) as Check[]) {
      if (gold[check] === undefined) continue;
      const run = () => CHECKS[check](article, gold);
      if (gaps.has(check)) test.fails(`known gap: ${check}`, run);
      else test(check, run);
    }
  });
});
