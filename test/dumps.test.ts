/**
 * The dump fixtures of every layout family (test/fixtures/dumps/<family>/),
 * each checked against its hand-written gold: what a reader of that page
 * expects of title, source, date, authors, related links, kind, body and ticker.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

const texts = import.meta.glob(
  [
    './fixtures/dumps/**/*.txt',
    './fixtures/dumps-holdout/*.txt',
    './fixtures/dumps-blind26/*.txt',
    './fixtures/dumps-blind26b/*.txt',
    './fixtures/dumps-blind27/*.txt',
    './fixtures/dumps-blind28/*.txt',
    './fixtures/dumps-blind29a/*.txt',
    './fixtures/dumps-blind29b/*.txt',
    './fixtures/dumps-blind29c/*.txt',
    './fixtures/dumps-blind30/*.txt',
    './fixtures/dumps-blind31/*.txt',
    './fixtures/dumps-blind31b/*.txt',
    './fixtures/dumps-blind32/*.txt',
    './fixtures/dumps-blind33/*.txt',
  ],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;
const golds = import.meta.glob(
  [
    './fixtures/dumps/**/*.gold.json',
    './fixtures/dumps-holdout/*.gold.json',
    './fixtures/dumps-blind26/*.gold.json',
    './fixtures/dumps-blind26b/*.gold.json',
    './fixtures/dumps-blind27/*.gold.json',
    './fixtures/dumps-blind28/*.gold.json',
    './fixtures/dumps-blind29a/*.gold.json',
    './fixtures/dumps-blind29b/*.gold.json',
    './fixtures/dumps-blind29c/*.gold.json',
    './fixtures/dumps-blind30/*.gold.json',
    './fixtures/dumps-blind31/*.gold.json',
    './fixtures/dumps-blind31b/*.gold.json',
    './fixtures/dumps-blind32/*.gold.json',
    './fixtures/dumps-blind33/*.gold.json',
  ],
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
) as Record<string, string>;

interface Gold {
  url?: string;
  case?: string;
  kind?: string;
  lang?: string;
  truncated?: boolean;
  reference_date?: string | null;
  title?: string | null;
  source?: string | null;
  date?: string | null;
  datetime?: string | null;
  authors?: string[];
  related?: string[];
  body_first_words?: string | null;
  body_last_words?: string | null;
  body_span_chars?: [number, number] | null;
  items?: Array<{
    title?: string | null;
    teaser?: string | null;
    author?: string | null;
    date?: string | null;
  }>;
  ticker?: string[];
  ticker_kickers?: Array<string | null>;
  ticker_near_duplicates?: Array<[number, number]>;
  ticker_truncated_last?: boolean;
  boilerplate?: string[];
}

const fixtures = Object.entries(golds).flatMap(([path, raw]) => {
  const input = texts[path.replace(/\.gold\.json$/, '.txt')];
  return input === undefined
    ? []
    : [{ name: path.replace('./fixtures/', ''), input, gold: JSON.parse(raw) as Gold }];
});

test('the dump fixtures are there', () => {
  expect(fixtures.length).toBeGreaterThan(0);
});

for (const { name, input, gold } of fixtures) {
  describe(`${name}${gold.case ? ` (${gold.case})` : ''}`, () => {
    const options: { url?: string; referenceDate?: string } = {};
    if (gold.url) options.url = gold.url;
    if (gold.reference_date) options.referenceDate = gold.reference_date;
    const a = parseArticle(input, options);

    test('title, source, date and authors', () => {
      expect(a.title ?? null).toBe(gold.title ?? null);
      expect(a.source?.name ?? null).toBe(gold.source ?? null);
      expect(a.publishedAt?.slice(0, 10) ?? null).toBe(gold.date ?? null);
      if (gold.datetime) expect(a.publishedAt?.slice(0, 16)).toBe(gold.datetime.slice(0, 16));
      expect(a.authors).toEqual(gold.authors ?? []);
    });
    test('kind and language', () => {
      if (gold.kind) expect(a.kind).toBe(gold.kind);
      if (gold.lang) expect(a.lang).toBe(gold.lang);
    });
    test('related links', () => {
      expect(a.related.map((r) => r.title)).toEqual(gold.related ?? []);
    });
    test('body: from the first words to the last, no boilerplate', () => {
      if (gold.body_first_words)
        expect(a.paragraphs[0]?.text.startsWith(gold.body_first_words)).toBe(true);
      else if (gold.kind !== 'listing') expect(a.paragraphs).toEqual([]);
      if (gold.body_last_words)
        expect(a.paragraphs.at(-1)?.text.endsWith(gold.body_last_words)).toBe(true);
      for (const b of gold.boilerplate ?? []) expect(a.text).not.toContain(b);
      for (const p of a.paragraphs) expect(input.slice(p.start, p.end)).toBe(p.text);
    });
    if (gold.kind === 'listing' && gold.items) {
      test('listing items', () => {
        expect(a.items?.length).toBe(gold.items?.length);
        gold.items?.forEach((item, k) => {
          if (item.title) expect(a.items?.[k]?.title).toBe(item.title);
          if (item.author) expect(a.items?.[k]?.author).toBe(item.author);
        });
      });
    }
    if (gold.ticker) {
      test('ticker headlines', () => {
        const items = parseTicker(input);
        expect(items.map((i) => i.text)).toEqual(gold.ticker);
        if (gold.ticker_kickers)
          expect(items.map((i) => i.kicker ?? null)).toEqual(gold.ticker_kickers);
        if (gold.ticker_near_duplicates) {
          expect(
            items.flatMap((i, k) => (i.duplicateOf === undefined ? [] : [[i.duplicateOf, k]])),
          ).toEqual(gold.ticker_near_duplicates);
        }
        if (gold.ticker_truncated_last !== undefined)
          expect(items.at(-1)?.truncated === true).toBe(gold.ticker_truncated_last);
      });
    }
    // A cut shows when the dump stops inside text (not inside a ticker's separator).
    if (gold.truncated && (gold.ticker_truncated_last ?? !gold.ticker?.length)) {
      test('a cut dump says so', () => {
        expect(a.warnings.some((w) => w.startsWith('truncated'))).toBe(true);
      });
    }
  });
}
