/**
 * Blind round 38q (issue 10, session 38): five more synthetic pages of
 * Maghreb news sites (a numbered comment thread under a short article; an
 * APS dispatch in Arabic; an English op-ed with the author's bio; a press
 * release on a regional CMS; an Arabic live page of timed entries), in
 * test/fixtures/renders-blind38q/, each with its gold written before it was
 * rendered (`renderPages` in bench/probes/render.ts) or read. The body checks
 * are round 35b's (test/helpers/render-round.ts); the gold also gives the
 * header (title, authors, day; a `null` field is not checked), checked on
 * each render below. What still fails is listed with its reason and checked
 * with `test.fails` (the folder's README says more).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';
import { type KnownFailures, RENDERERS, renderRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind38q');
const PAGES = ['ar-aps', 'ar-live', 'en-opinion', 'fr-commentaires', 'fr-communique'];

/** Body checks that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 38q: Maghreb news pages rendered to text', DIR, PAGES.length, KNOWN);

/** The header part of a page's gold; a `null` field is not checked. */
interface HeaderGold {
  url: string;
  title: string;
  authors: string[] | null;
  day: string | null;
}

describe('blind round 38q: the header of Maghreb news pages rendered to text', () => {
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
          day: gold.day === null ? null : a.publishedAt?.slice(0, 10),
        }).toEqual({ title: gold.title, authors: gold.authors, day: gold.day });
      });
    }
  }
});
