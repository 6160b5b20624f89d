/**
 * Blind round 40 (issue 10, session 40): eight synthetic news and magazine
 * pages (English, French, German, Spanish) whose body holds in its middle,
 * between ordinary paragraphs, units the gold keeps that look like
 * furniture: one-line paragraphs, a short quote over its speaker's line, an
 * interview in Q/A form, sentences opening with a date or a time,
 * caption-like sentences, paragraphs whose subject is the comments or the
 * subscribers, short lists under a colon, short subheadings, a sign's text in
 * capitals and a score alone on its line. They are in
 * test/fixtures/renders-blind40/, each with its gold written before it was
 * rendered and its renders as Chromium's `innerText`, `w3m -dump` and `lynx
 * -dump` print it (`renderPages` in bench/probes/render.ts). The checks are
 * round 35b's (test/helpers/render-round.ts). What still fails is listed in
 * {@link KNOWN} with its reason (the folder's README says more) and checked
 * with `test.fails`.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

/** Renders that still fail, by page and renderer, with the reason (the folder's README says more). */
const KNOWN: KnownFailures = {};

renderRound(
  'blind round 40: furniture-looking units in the middle of the body',
  join(import.meta.dirname, 'fixtures', 'renders-blind40'),
  8,
  KNOWN,
);
