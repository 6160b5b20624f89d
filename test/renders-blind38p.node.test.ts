/**
 * Blind round 38p (issue 10, session 38): five more synthetic pages of
 * Maghreb news sites (an interview in questions and answers; a Tunisian
 * Arabic portal reproducing a TAP dispatch; an aggregator's copy of a MAP
 * dispatch; an Arabic article signed `place - name`; a video article with a
 * player's interface lines), in test/fixtures/renders-blind38p/, each with its gold
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

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind38p');
const PAGES = ['ar-rabat', 'ar-tunis', 'fr-depeche', 'fr-entretien', 'fr-video'];

/** Body checks that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {};

/** Header checks that still fail, by page and renderer, with the reason. */
const KNOWN_HEADER: KnownFailures = {};

renderRound('blind round 38p: Maghreb news pages rendered to text', DIR, PAGES.length, KNOWN);

/** The header part of a page's gold; a `null` field is not checked. */
interface HeaderGold {
  url: string;
  title: string;
  authors: string[] | null;
  day: string | null;
}

describe('blind round 38p: the header of Maghreb news pages rendered to text', () => {
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
