/**
 * The tenth blind round of synthetic dumps (test/fixtures/dumps-blind34/):
 * article pages as lynx and w3m print them hard-wrapped, as WET records, under
 * a latest-news block, with no headline, with comments under the text and with
 * a related box inside it, each checked against its hand-written gold.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const texts = import.meta.glob('./fixtures/dumps-blind34/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const golds = import.meta.glob('./fixtures/dumps-blind34/*.gold.json', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

interface Gold {
  url?: string;
  kind: string;
  lang?: string;
  title: string | null;
  source: string | null;
  date: string | null;
  datetime: string | null;
  authors: string[];
  related: string[];
  body_first_words: string | null;
  body_last_words: string | null;
  ticker: string[];
  ticker_truncated_last?: boolean;
  boilerplate: string[];
}

/** Gold checks that fail on this code for a reason given in the README: `<page>/<check>`. */
const KNOWN: ReadonlySet<string> = new Set<string>(['en-dz-standfirst-byline-read-time-tags/body']);

const fixtures = Object.entries(golds).flatMap(([path, raw]) => {
  const input = texts[path.replace(/\.gold\.json$/, '.txt')];
  const name = path.replace(/^.*\//, '').replace(/\.gold\.json$/, '');
  return input === undefined ? [] : [{ name, input, gold: JSON.parse(raw) as Gold }];
});

test('the twelve pages are there', () => {
  expect(fixtures).toHaveLength(12);
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
    check('source', () => {
      expect(a.source?.name ?? null).toBe(gold.source);
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
    check('ticker', () => {
      const t = parseTicker(input);
      expect(t.map((i) => i.text)).toEqual(gold.ticker);
      if (gold.ticker.length > 0)
        expect(t.at(-1)?.truncated === true).toBe(gold.ticker_truncated_last === true);
    });
  });
}
