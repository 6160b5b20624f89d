/**
 * Blind round 34b (test/fixtures/dumps-blind34b/): listing pages in shapes the
 * earlier rounds left out (a lynx tag page, a WET Arabic search page, a year
 * archive, a section page with no address, an Arabic author page) and a brief
 * over post navigation as a guard, each checked against its hand-written gold.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const texts = import.meta.glob('./fixtures/dumps-blind34b/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const golds = import.meta.glob('./fixtures/dumps-blind34b/*.gold.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

interface Gold {
  url?: string;
  kind: string;
  lang?: string;
  truncated?: boolean;
  title: string | null;
  date: string | null;
  datetime: string | null;
  authors: string[];
  related: string[];
  body_first_words: string | null;
  body_last_words: string | null;
  items: Array<{ title: string; author?: string; date?: string }>;
  ticker: string[];
  ticker_truncated_last?: boolean;
  boilerplate: string[];
}

/** Gold checks that fail on this code for a reason given in the README: `<page>/<check>`. */
const KNOWN: ReadonlySet<string> = new Set<string>([]);

const fixtures = Object.entries(golds).flatMap(([path, raw]) => {
  const input = texts[path.replace(/\.gold\.json$/, '.txt')];
  const name = path.replace(/^.*\//, '').replace(/\.gold\.json$/, '');
  return input === undefined ? [] : [{ name, input, gold: JSON.parse(raw) as Gold }];
});

test('the six pages are there', () => {
  expect(fixtures).toHaveLength(6);
});

for (const { name, input, gold } of fixtures) {
  describe(name, () => {
    const a = parseArticle(input, gold.url ? { url: gold.url } : {});
    const check = (what: string, fn: () => void) =>
      (KNOWN.has(`${name}/${what}`) ? test.fails : test)(what, fn);

    check('kind', () => {
      expect(a.kind).toBe(gold.kind);
      if (gold.lang) expect(a.lang).toBe(gold.lang);
    });
    check('title', () => {
      expect(a.title ?? null).toBe(gold.title);
    });
    check('date and authors', () => {
      expect(a.publishedAt?.slice(0, 10) ?? null).toBe(gold.date);
      if (gold.datetime) expect(a.publishedAt?.slice(0, 16)).toBe(gold.datetime);
      expect(a.authors).toEqual(gold.authors);
    });
    check('related', () => {
      expect(a.related.map((r) => r.title)).toEqual(gold.related);
    });
    check('body', () => {
      if (gold.body_first_words === null) expect(a.paragraphs).toEqual([]);
      else expect(a.paragraphs[0]?.text.startsWith(gold.body_first_words)).toBe(true);
      if (gold.body_last_words !== null)
        expect(a.paragraphs.at(-1)?.text.endsWith(gold.body_last_words)).toBe(true);
      for (const b of gold.boilerplate) expect(a.text).not.toContain(b);
    });
    check('items', () => {
      const items = a.items ?? [];
      expect(items.map((it) => it.title)).toEqual(gold.items.map((it) => it.title));
      expect(items.map((it) => it.publishedAt?.slice(0, 10) ?? null)).toEqual(
        gold.items.map((it) => it.date ?? null),
      );
      expect(items.map((it) => it.author ?? null)).toEqual(
        gold.items.map((it) => it.author ?? null),
      );
    });
    check('ticker', () => {
      const t = parseTicker(input);
      expect(t.map((i) => i.text)).toEqual(gold.ticker);
      if (gold.ticker.length > 0)
        expect(t.at(-1)?.truncated === true).toBe(gold.ticker_truncated_last === true);
    });
  });
}
