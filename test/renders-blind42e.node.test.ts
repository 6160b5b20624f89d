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
const AD =
  "the ad's copy under its label (a line with no stop under `Advertisement`/`Anzeige`): nothing but the label tells it from a subheading of the story, which may stand under an ad as well";
const DE_MAGAZIN = `${AD}; and a pull quote in its own words (\`„Jeder Eimer zählt“\`, three words the text never prints): only its display shape tells it`;
const MAIRIE =
  "a newsletter box inside the story (a sentence addressed to the reader over a button) is kept, and the story's one-sentence last paragraph under the button is cut with it (interface text between it and the last full paragraph)";
const TRIBUNE =
  "the sources list under `Sources`, past the author's note, is cut as a short heading past the last full paragraph (Chromium prints the share row glued under its items)";
const RIVISTA =
  "an embedded post's button (`Visualizza su X`) and a subscription promo (a question over an offer with its price) inside the story are kept";
const KNOWN: KnownFailures = {
  'de-magazin': { chromium: DE_MAGAZIN, w3m: DE_MAGAZIN, lynx: DE_MAGAZIN },
  'en-quarterly': { chromium: AD, w3m: AD, lynx: AD },
  'fr-mairie': { chromium: MAIRIE, w3m: MAIRIE, lynx: MAIRIE },
  'fr-tribune': { chromium: TRIBUNE, w3m: TRIBUNE, lynx: TRIBUNE },
  'it-rivista': { chromium: RIVISTA, w3m: RIVISTA, lynx: RIVISTA },
  'pt-noticia': {
    chromium:
      "the body's run ends at a related box Chromium prints glued (its heading and two headlines, no bullets): the last two paragraphs under it are lost",
    lynx: 'lynx prints the caption right under a paragraph with no blank line: the joined block reads as a caption closed by its credit and leaves, the paragraph with it',
  },
};

renderRound(
  "blind round 42e: the body's end and its middle",
  join(import.meta.dirname, 'fixtures', 'renders-blind42e'),
  10,
  KNOWN,
);
