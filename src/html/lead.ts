/**
 * Refiners for the start of an HTML body. The lead (standfirst, `chapo`,
 * `intro`, a CMS's `teaser` paragraph) often sits in its own box between the
 * headline and the body's container, so the container vote leaves it out.
 * Prose paragraphs standing between the title and the chosen body are the
 * article's own opening: they are put back in front of the body.
 */
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** Regions whose text is never a lead. */
const NOT_LEAD =
  F.NEVER_BODY |
  F.NAV |
  F.ASIDE |
  F.FOOTER |
  F.CAPTION |
  F.BYLINE |
  F.DATE |
  F.SHARE |
  F.H1 |
  F.HEADING |
  F.FIGURE;
/** Blocks looked back from the body's first block: the lead touches the body, at most one short line (a date, a credit) between. */
const LOOK_BACK = 2;
/** Shortest lead paragraph. */
const MIN_LEAD = 80;

/** Closing punctuation of a sentence, quotes and brackets allowed after it. */
const SENTENCE_END = /[.!?…؟:]["'»”’)\]]*$/u;

/** Whether `b` reads as a paragraph of prose that may open the article. */
function isLeadParagraph(b: HtmlBlock): boolean {
  if ((b.flags & NOT_LEAD) !== 0) return false;
  if (b.linkChars > 0.2 * b.text.length) return false;
  const t = b.text.trimEnd();
  return t.length >= MIN_LEAD && (t.length >= 200 || SENTENCE_END.test(t));
}

/**
 * The body with the prose paragraphs that stand between the title block and
 * its first block put in front. Short lines between them (a date, a byline, a
 * caption) are passed over and stay out; a long block that is not prose ends
 * the search.
 */
export function withLead(
  blocks: readonly HtmlBlock[],
  body: readonly HtmlBlock[],
  titleBlock: number,
): readonly HtmlBlock[] {
  const first = body[0]?.index ?? -1;
  if (titleBlock < 0 || first <= titleBlock + 1) return body;
  const lead: HtmlBlock[] = [];
  const stop = Math.max(titleBlock + 1, first - LOOK_BACK);
  for (let i = first - 1; i >= stop; i--) {
    const b = blocks[i];
    if (!b) break;
    if (isLeadParagraph(b)) lead.push(b);
    else if (b.text.length >= MIN_LEAD) break;
  }
  return lead.length === 0 ? body : [...lead.reverse(), ...body];
}

/** Longest masthead line cut from before the title. */
const MASTHEAD_LINE = 100;

/**
 * The body without the lines that come before the title's own block when the
 * body holds it: a kicker, a section name, an issue's masthead, a price. They
 * go only when every one of them is a short line, not a sentence.
 */
export function trimHead(body: readonly HtmlBlock[], titleBlock: number): readonly HtmlBlock[] {
  if (titleBlock < 0 || (body[0]?.index ?? titleBlock) >= titleBlock) return body;
  let k = 0;
  while (k < body.length && (body[k]?.index ?? titleBlock) < titleBlock) {
    const t = body[k]?.text.trimEnd() ?? '';
    if (t.length >= MASTHEAD_LINE || (t.length >= 15 && SENTENCE_END.test(t))) return body;
    k++;
  }
  return k === body.length ? body : body.slice(k);
}
