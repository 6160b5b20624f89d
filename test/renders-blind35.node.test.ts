/**
 * Blind round 35b (issue 10, session 35): twelve synthetic web pages with an
 * article-like main text (recipes, how-tos, press releases, a forum thread,
 * news, a company's service page, blog posts; English, German, French), in
 * test/fixtures/renders-blind35/, each with its gold written before it was
 * rendered and its renders as Chromium's `innerText`, `w3m -dump` and
 * `lynx -dump` print it (`renderPages` in bench/probes/render.ts). For each
 * render, every paragraph of the gold's main text (`with`: paragraphs,
 * subheadings, list items) is in `article.text`, and none of the lines the
 * gold lists as another box's (`without`: comments, related headlines,
 * captions, footers, a cookie notice) is. What still fails is listed in
 * {@link KNOWN} with its reason (the folder's README says more) and checked
 * with `test.fails`: a fix makes it pass, and the entry is then taken out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, 'fixtures', 'renders-blind35');
const RENDERERS = ['chromium', 'w3m', 'lynx'] as const;
type Renderer = (typeof RENDERERS)[number];

interface BlindGold {
  url: string;
  lang: string;
  kind: string;
  with: string[];
  without: string[];
  notes: string;
}

/** Renders that still fail, by page and renderer, with the reason. */
const KNOWN: Record<string, Partial<Record<Renderer, string>>> = {
  'de-blog': {
    chromium:
      'a photo caption with no credit and no stop, between two subheadings, reads as a subheading',
    w3m: 'a photo caption with no credit and no stop, between two subheadings, reads as a subheading',
    lynx: 'a photo caption with no credit and no stop, between two subheadings, reads as a subheading',
  },
  'fr-recette': {
    chromium:
      'a photo caption with no credit, a full sentence between two paragraphs, reads as one',
    w3m: 'a photo caption with no credit, a full sentence between two paragraphs, reads as one',
    lynx: 'a photo caption with no credit, a full sentence between two paragraphs, reads as one',
  },
};

/** Whitespace folded, as the trafilatura segment score reads text. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.slice(0, -'.gold.json'.length))
  .sort();

describe('blind round 35b: web pages rendered to text', () => {
  test('twelve pages, each with its three renders', () => {
    expect(pages).toHaveLength(12);
    for (const name of pages)
      for (const r of RENDERERS) expect(readdirSync(dir)).toContain(`${name}.${r}.txt`);
  });

  for (const name of pages) {
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as BlindGold;
    for (const r of RENDERERS) {
      const known = KNOWN[name]?.[r];
      const run = known ? test.fails : test;
      run(
        `${name} (${r}): the main text in, the other boxes out${known ? ` — known: ${known}` : ''}`,
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
