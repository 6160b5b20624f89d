/**
 * Blind round 38n (issue 10, session 38): five harder synthetic pages of
 * Maghreb news sites (a WordPress news theme with a trending bar and a hero
 * header; an Arabic portal under a Hijri day with a meta line closed by a view
 * counter; a column with the author's box over the headline; an English site
 * whose left sidebar of latest headlines comes first; a match report with a
 * score table), in test/fixtures/renders-blind38n/, each with its gold
 * written before it was rendered (`renderPages` in bench/probes/render.ts)
 * or read. The body checks are round 35b's (test/helpers/render-round.ts);
 * the gold also gives the header (title, authors, day), checked on each
 * render below. What still fails is listed with its reason and checked with
 * `test.fails` (the folder's README says more).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { type KnownFailures, RENDERERS, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind38n');
const PAGES = ['ar-maghrib', 'en-sidebar', 'fr-chronique', 'fr-sport', 'fr-wordpress'];

/** Body checks that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 38n: Maghreb news pages rendered to text', DIR, PAGES.length, KNOWN);

/** The header part of a page's gold; `authors: null` is not checked. */
interface HeaderGold {
  url: string;
  title: string;
  authors: string[] | null;
  day: string;
}

describe('blind round 38n: the header of Maghreb news pages rendered to text', () => {
  for (const name of PAGES) {
    const gold = JSON.parse(readFileSync(join(DIR, `${name}.gold.json`), 'utf8')) as HeaderGold;
    for (const r of RENDERERS) {
      const reason = KNOWN_HEADER[name]?.[r];
      const run = reason ? test.fails : test;
      run(`${name} (${r}): title, authors and day${reason ? ` — known: ${reason}` : ''}`, () => {
        const text = readFileSync(join(DIR, `${name}.${r}.txt`), 'utf8');
        const a = parseArticle(text, { url: gold.url });
        expect({
          title: a.title,
          authors: gold.authors === null ? null : a.authors,
          day: a.publishedAt?.slice(0, 10),
        }).toEqual({ title: gold.title, authors: gold.authors, day: gold.day });
      });
    }
  }
});
