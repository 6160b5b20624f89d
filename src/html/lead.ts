/**
 * Refiners for the start of an HTML body. The lead (standfirst, `chapo`,
 * `intro`, a CMS's `teaser` paragraph) often sits in its own box between the
 * headline and the body's container, so the container vote leaves it out.
 * Prose paragraphs standing between the title and the chosen body are the
 * article's own opening: they are put back in front of the body.
 */

import * as F from './flags.js';
import { keepBlock } from './keep.js';
import type { HtmlBlock } from './walk.js';

/** Regions no lead stands in, whether read by its shape (here) or by its class words (marked-lead.ts). */
export const NOT_LEAD_REGIONS =
  F.NEVER_BODY |
  F.NAV |
  F.ASIDE |
  F.FOOTER |
  F.CAPTION |
  F.BYLINE |
  F.DATE |
  F.SHARE |
  F.H1 |
  F.FIGURE;

/** Regions whose text is never a lead: those, and a heading. */
const NOT_LEAD = NOT_LEAD_REGIONS | F.HEADING;
/** Blocks looked back from the body's first block: the lead touches the body, at most one short line (a date, a credit) between. */
const LOOK_BACK = 2;
/** Shortest lead paragraph. */
const MIN_LEAD = 80;

/** Closing punctuation of a sentence, quotes and brackets allowed after it. */
const SENTENCE_END = /[.!?…؟:]["'»”’“‘)\]]*$/u;

/** Whether `b` reads as a paragraph of prose that may open the article. */
function isLeadParagraph(b: HtmlBlock): boolean {
  if ((b.flags & NOT_LEAD) !== 0) return false;
  if (b.linkChars > 0.2 * b.text.length) return false;
  const t = b.text.trimEnd();
  // A block the body would drop (a caption, a notice, a byline line) is no lead either.
  return t.length >= MIN_LEAD && (t.length >= 200 || SENTENCE_END.test(t)) && keepBlock(b);
}

/** Regions a look-back for the lead passes over: a photo and its caption, a share bar, the date and byline boxes. */
const PASSABLE = F.CAPTION | F.FIGURE | F.SHARE | F.DATE | F.BYLINE;
/** Blocks looked back at most when passing over such regions. */
const LOOK_FAR = 14;
/** Longest other line passed over beyond the body's neighbourhood. */
const SHORT_LINE = 40;

/** Sentences in `t`: closing punctuation before a capital or the end. */
function sentences(t: string): number {
  let n = 0;
  for (const _ of t.matchAll(/[.!?…؟](?=["'»”’)\]]*(?:\s+\p{Lu}|\s*$))/gu)) n++;
  return n;
}

/**
 * The body with the prose paragraphs that stand between the title block and
 * its first block put in front. Next to the body (at most one short line
 * between), a prose paragraph is the lead. Further up, past a photo and its
 * caption, a share bar, the date or byline box and short lines, only a
 * paragraph of two sentences or more is: a one-sentence deck or a caption
 * that was not marked as one is not the article's text.
 */
export function withLead(
  blocks: readonly HtmlBlock[],
  body: readonly HtmlBlock[],
  titleBlock: number,
): readonly HtmlBlock[] {
  const first = body[0]?.index ?? -1;
  if (titleBlock < 0 || first <= titleBlock + 1) return body;
  const lead: HtmlBlock[] = [];
  const stop = Math.max(titleBlock + 1, first - LOOK_FAR);
  let passedLong = false;
  for (let i = first - 1; i >= stop; i--) {
    const b = blocks[i];
    if (!b) break;
    const near = first - i <= LOOK_BACK && !passedLong;
    if (isLeadParagraph(b) && (near || sentences(b.text) >= 2)) {
      lead.push(b);
      continue;
    }
    if (lead.length > 0) break;
    const passable = (b.flags & PASSABLE) !== 0 || b.text.length < (near ? MIN_LEAD : SHORT_LINE);
    if (!passable) break;
    if (b.text.length >= MIN_LEAD) passedLong = true;
  }
  return lead.length === 0 ? body : [...lead.reverse(), ...body];
}

/** The body's text under the title, as a multiple of its text above it, past which the lines above are cut whatever they are. */
const UNDER_TITLE = 3;

/** Longest masthead line cut from before the title. */
const MASTHEAD_LINE = 100;

/**
 * The body without the lines that come before the title's own block when the
 * body holds it: a kicker, a section name, an issue's masthead, a price. They
 * go when every one of them is a short line, not a sentence, or whatever they
 * are when the body holds at least {@link UNDER_TITLE} times as much text
 * under the title (a news ticker or a carousel's captions above the header):
 * a body that runs mostly above the title (a theme printing the title under
 * the post) keeps its lines.
 */
export function trimHead(body: readonly HtmlBlock[], titleBlock: number): readonly HtmlBlock[] {
  if (titleBlock < 0 || (body[0]?.index ?? titleBlock) >= titleBlock) return body;
  // Most of the body under the title: the lines above it are another box's (a news ticker, a carousel's captions).
  let before = 0;
  let after = 0;
  for (const b of body) {
    if (b.index < titleBlock) before += b.text.length;
    else after += b.text.length;
  }
  if (after >= UNDER_TITLE * before) return body.filter((b) => b.index >= titleBlock);
  let k = 0;
  while (k < body.length && (body[k]?.index ?? titleBlock) < titleBlock) {
    const t = body[k]?.text.trimEnd() ?? '';
    if (t.length >= MASTHEAD_LINE || (t.length >= 15 && SENTENCE_END.test(t))) return body;
    k++;
  }
  return k === body.length ? body : body.slice(k);
}
