/**
 * Blind round 38q (issue 10, session 38): six synthetic pages of the
 * question-and-answer, forum and FAQ kinds (a StackExchange-style question on
 * German usage with three answers, a Stack-Overflow-like question with code
 * blocks, a phpBB thread with quotes, signatures and profile boxes, a
 * library's FAQ with questions as headings, a French forum thread, a
 * Reddit-like thread), in test/fixtures/renders-blind38q/, each with its gold
 * written before it was rendered and its renders as Chromium's `innerText`,
 * `w3m -dump` and `lynx -dump` print it (`renderPages` in
 * bench/probes/render.ts). The checks are round 35b's
 * (test/helpers/render-round.ts): for each render, every paragraph of the
 * gold's main text (`with`) is in `article.text`, and none of the lines the
 * gold lists as another box's (`without`) is. What still fails is listed in
 * {@link KNOWN} with its reason (the folder's README says more) and checked
 * with `test.fails`: a fix makes it pass, and the entry is then taken out.
 */
import { join } from 'node:path';
import { type KnownFailures, renderRound } from './helpers/render-round.js';

const BANNER =
  "the network's banner sentence and a joined menu line outweigh the question's short lines, and each `Add a comment` (a comment form's prompt, a wall) damps the answers under it: the body is the banner";
const CODE_TAIL =
  "the first answer's last code line stands among its action row and answerer's dated line, and leaves with them; `Thanks for contributing an answer` under the last answer reads as its text";
const COUNT_ROW =
  "the post's `186 Comments Share Save Report` row (a comment count before the buttons) is no action row";

/** Renders that still fail, by page and renderer, with the reason. */
const KNOWN: KnownFailures = {
  'de-sprachfrage': { chromium: BANNER, w3m: BANNER, lynx: BANNER },
  'en-codequestion': { chromium: CODE_TAIL, w3m: CODE_TAIL, lynx: CODE_TAIL },
  'en-thread': { chromium: COUNT_ROW, w3m: COUNT_ROW, lynx: COUNT_ROW },
};

renderRound(
  'blind round 38q: Q&A, forum and FAQ pages rendered to text',
  join(import.meta.dirname, 'fixtures', 'renders-blind38q'),
  6,
  KNOWN,
);
