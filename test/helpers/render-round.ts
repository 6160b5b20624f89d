/**
 * The checks of a blind round of web pages rendered to text (rounds 35b and
 * 35c): a folder of `<page>.gold.json` files, each beside its renders as
 * Chromium's `innerText`, `w3m -dump` and `lynx -dump` print the page. For
 * each render, every paragraph of the gold's main text (`with`) is in
 * `article.text` and none of the lines it lists as another box's (`without`)
 * is; a render listed in `known` with its reason is checked with
 * `test.fails`, so that a fix makes it pass and its entry is taken out.
 * Reads files: for `*.node.test.ts` only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/index.js';

export const RENDERERS = ['chromium', 'w3m', 'lynx'] as const;
/** A renderer of the rounds. */
export type Renderer = (typeof RENDERERS)[number];

/** Renders that still fail, by page and renderer, with the reason. */
export type KnownFailures = Record<string, Partial<Record<Renderer, string>>>;

/** A page's gold, written before it was rendered. */
interface BlindGold {
  url: string;
  with: string[];
  without: string[];
}

/** Whitespace folded, as the trafilatura segment score reads text. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The names of the pages of `dir` that have a gold, sorted. */
function goldPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .sort();
}

/** Declares the test that the round's `count` pages are all there, each with its three renders. */
function pagesThere(dir: string, pages: readonly string[], count: number): void {
  test(`${count} pages, each with its three renders`, () => {
    expect(pages).toHaveLength(count);
    for (const name of pages)
      for (const r of RENDERERS) expect(readdirSync(dir)).toContain(`${name}.${r}.txt`);
  });
}

/** Checks every render of the round in `dir`, which holds `count` pages. */
export function renderRound(title: string, dir: string, count: number, known: KnownFailures): void {
  const pages = goldPages(dir);

  describe(title, () => {
    pagesThere(dir, pages, count);

    for (const name of pages) {
      const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as BlindGold;
      for (const r of RENDERERS) {
        const reason = known[name]?.[r];
        const run = reason ? test.fails : test;
        run(
          `${name} (${r}): the main text in, the other boxes out${reason ? ` — known: ${reason}` : ''}`,
          () => {
            const text = readFileSync(join(dir, `${name}.${r}.txt`), 'utf8');
            const body = squash(parseArticle(text, { url: gold.url }).text);
            const missing = gold.with.filter((s) => !body.includes(squash(s)));
            const extra = gold.without.filter((s) => body.includes(squash(s)));
            expect({ missing, extra }).toEqual({ missing: [], extra: [] });
          },
        );
      }
    }
  });
}

/** The header part of a round's gold (rounds 38m on); a `null` field is not checked. */
interface HeaderGold {
  url: string;
  title: string;
  authors: string[] | null;
  day: string | null;
}

/**
 * The header checks of a blind round whose gold also gives the title, the
 * authors and the day (rounds 38m, 38n, 38p, 38r): for each render of each
 * page in `dir`, `parseArticle` with the page's address reads them as the
 * gold does; a render listed in `known` with its reason is checked with
 * `test.fails`.
 */
export function headerRound(title: string, dir: string, known: KnownFailures): void {
  const pages = goldPages(dir);
  describe(title, () => {
    for (const name of pages) {
      const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as HeaderGold;
      for (const r of RENDERERS) {
        const reason = known[name]?.[r];
        const run = reason ? test.fails : test;
        run(`${name} (${r}): title, authors and day${reason ? ` — known: ${reason}` : ''}`, () => {
          const a = parseArticle(readFileSync(join(dir, `${name}.${r}.txt`), 'utf8'), {
            url: gold.url,
          });
          expect({
            title: a.title,
            authors: gold.authors === null ? null : a.authors,
            day: gold.day === null ? null : a.publishedAt?.slice(0, 10),
          }).toEqual({ title: gold.title, authors: gold.authors, day: gold.day });
        });
      }
    }
  });
}

/** The gold of a round's page that lists articles (round 41k): its address and its items' headlines. */
interface ListingGold {
  url: string;
  items: string[];
}

/**
 * The checks of a blind round of pages that list articles (round 41k): for
 * each render of each page in `dir` (which holds `count` pages), the kind is
 * `listing`, no title, author or body is invented, and every headline of the
 * gold is among the items' titles; a render listed in `known` with its
 * reason is checked with `test.fails`.
 */
export function listingRound(
  title: string,
  dir: string,
  count: number,
  known: KnownFailures,
): void {
  const pages = goldPages(dir);
  describe(title, () => {
    pagesThere(dir, pages, count);
    for (const name of pages) {
      const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as ListingGold;
      for (const r of RENDERERS) {
        const reason = known[name]?.[r];
        (reason ? test.fails : test)(
          `${name} (${r}): a listing of its headlines${reason ? ` — known: ${reason}` : ''}`,
          () => {
            const a = parseArticle(readFileSync(join(dir, `${name}.${r}.txt`), 'utf8'), {
              url: gold.url,
            });
            const titles = (a.items ?? []).map((i) => i.title);
            expect({
              kind: a.kind,
              title: a.title,
              authors: a.authors,
              text: a.text,
              missing: gold.items.filter((t) => !titles.includes(t)),
            }).toEqual({ kind: 'listing', title: undefined, authors: [], text: '', missing: [] });
          },
        );
      }
    }
  });
}
