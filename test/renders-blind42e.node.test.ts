/**
 * Blind round 42e (issue 10, session 42): ten synthetic pages of the
 * trafilatura set's kinds (a nonprofit newsroom, a sports club's post, a
 * blog column, an NGO's report, an Arabic blog, magazines, a small news
 * site, a town hall) in English, German, French, Spanish, Arabic,
 * Portuguese and Italian. Half stress the body's END (an update and a
 * correction, a closing line and a signature, a P.S., an author's note and
 * sources, a quoted last line and notes, an Arabic note and closing formula
 * right above share rows, tags, author boxes, comments and related posts),
 * half its MIDDLE (inline teasers, captions with credits, related boxes,
 * promos, ad labels, an embedded tweet's furniture, pull quotes between
 * paragraphs). They are in test/fixtures/renders-blind42e/, each with its
 * gold written before it was rendered and its renders as Chromium's
 * `innerText`, `w3m -dump` and `lynx -dump` print it (`renderPages` in
 * bench/probes/render.ts). The checks are round 35b's
 * (test/helpers/render-round.ts). What still fails is listed in
 * {@link KNOWN} with its reason (the folder's README says more) and checked
 * with `test.fails`.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

/** Renders that still fail, by page and renderer, with the reason (the folder's README says more). */
const KNOWN: KnownFailures = {};

renderRound(
  "blind round 42e: the body's end and its middle",
  join(import.meta.dirname, 'fixtures', 'renders-blind42e'),
  10,
  KNOWN,
);
