/**
 * The checks of a blind round of synthetic dumps: each dump of the round's
 * folder read against its hand-written gold (kind, title, source, date and
 * authors, related links, body, listing items, ticker headlines). Each round's
 * test file globs its own folder (the globs must be written out) and hands
 * the files here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle, parseTicker } from '../src/index.js';

/** A dump's gold, as the blind rounds write it. */
interface Gold {
  url?: string;
  kind: string;
  lang?: string;
  title: string | null;
  /** Checked when the round's gold names it (a credited source, or null for none). */
  source?: string | null;
  date: string | null;
  datetime: string | null;
  authors: string[];
  related: string[];
  body_first_words: string | null;
  body_last_words: string | null;
  /** Checked when the round's gold lists them. */
  items?: Array<{ title: string; author?: string; date?: string }>;
  ticker: string[];
  ticker_truncated_last?: boolean;
  boilerplate: string[];
}

/** A round: its dumps and golds by path (from `import.meta.glob`), how many there are, the checks known to fail. */
export interface Round {
  texts: Record<string, string>;
  golds: Record<string, string>;
  count: number;
  /** Gold checks that fail on this code for a reason the round's README gives: `<page>/<check>`. */
  known?: ReadonlySet<string>;
  /** Whether the gold's `source` is checked (rounds before 34 left it unchecked). */
  source?: boolean;
}

/** Declares the round's tests. */
export function checkRound({ texts, golds, count, known, source = false }: Round): void {
  const fixtures = Object.entries(golds).flatMap(([path, raw]) => {
    const input = texts[path.replace(/\.gold\.json$/, '.txt')];
    const name = path.replace(/^.*\//, '').replace(/\.gold\.json$/, '');
    return input === undefined ? [] : [{ name, input, gold: JSON.parse(raw) as Gold }];
  });

  test(`the ${count} pages are there`, () => {
    expect(fixtures).toHaveLength(count);
  });

  for (const { name, input, gold } of fixtures) {
    describe(name, () => {
      const a = parseArticle(input, gold.url ? { url: gold.url } : {});
      const check = (what: string, fn: () => void) =>
        (known?.has(`${name}/${what}`) ? test.fails : test)(what, fn);

      check('kind', () => {
        expect(a.kind).toBe(gold.kind);
        if (gold.lang) expect(a.lang).toBe(gold.lang);
      });
      check('title', () => {
        expect(a.title ?? null).toBe(gold.title);
      });
      if (source)
        check('source', () => {
          expect(a.source?.name ?? null).toBe(gold.source ?? null);
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
      const items = gold.items;
      if (items)
        check('items', () => {
          const got = a.items ?? [];
          expect(got.map((it) => it.title)).toEqual(items.map((it) => it.title));
          expect(got.map((it) => it.publishedAt?.slice(0, 10) ?? null)).toEqual(
            items.map((it) => it.date ?? null),
          );
          expect(got.map((it) => it.author ?? null)).toEqual(items.map((it) => it.author ?? null));
        });
      check('ticker', () => {
        const t = parseTicker(input);
        expect(t.map((i) => i.text)).toEqual(gold.ticker);
        if (gold.ticker.length > 0)
          expect(t.at(-1)?.truncated === true).toBe(gold.ticker_truncated_last === true);
      });
    });
  }
}
