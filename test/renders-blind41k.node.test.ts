/**
 * Blind round 41k (issue 10, session 41): four synthetic Maghreb pages that
 * list articles (a section front's second page, an Arabic tag page, an
 * author's page, search results), in test/fixtures/renders-blind41k/, each
 * with its gold written before it was rendered (`renderPages` in
 * bench/probes/render.ts) or read. For every render: the kind is `listing`,
 * no title, author or body is invented, and every headline of the gold is
 * among the items' titles. What still fails is listed with its reason and
 * checked with `test.fails` (the folder's README says more).
 */
import { join } from 'node:path';
import { type KnownFailures, listingRound } from './helpers/render-round.js';

const DIR = join(import.meta.dirname, 'fixtures', 'renders-blind41k');

/** Renders that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {
  'fr-auteur': {
    chromium:
      "the author's bio and the heading over the list (`Ses derniers articles`, its first headline read as the excerpt) are read as items; the units closed by the date lines are right, but only win when they outnumber the items read otherwise",
    w3m: 'the masthead over its menu and the heading over the list (`Ses derniers articles`) are read as items; the units closed by the date lines are right, but only win when they outnumber the items read otherwise',
    lynx: "the masthead over its menu, the bio's wrapped tail and the heading over the list (`Ses derniers articles`) are read as items; the units closed by the date lines are right, but only win when they outnumber the items read otherwise",
  },
  'ar-wasm': {
    lynx: "lynx glues each teaser's date to its headline (`…في المائة02 دجنبر 2026`) under a list bullet and wraps the excerpt under it: the items' headlines hold the dates and the masthead's line is read as the first (kind, title and body right)",
  },
};

listingRound('blind round 41k: Maghreb listing pages rendered to text', DIR, 4, KNOWN);
