/**
 * Refiner for the start of an HTML body: a lead that the page marks as one by
 * its class words (`chapo`, `standfirst`, `lead`, `intro`, `abstract`,
 * `subtitle`, `dek`…) between the title and the body. Such a lead is the
 * article's own opening even when it is a single sentence, sits in the page's
 * header box, or carries a word that made it look like furniture
 * (`class="lead teasertext"`).
 */
import { at, type HtmlElements } from './elements.js';
import * as F from './flags.js';
import { NOT_LEAD_REGIONS } from './lead.js';
import type { HtmlBlock } from './walk.js';

/**
 * Class words of a lead or standfirst, whole words or BEM parts
 * (`article__lead`, `contentHeader__abstract`), in the languages sites name
 * them in: French `chapo`/`chapeau`/`accroche`, German `Vorspann`/`Anriss`,
 * Spanish `entradilla`/`bajada`, Italian `sommario`. A deck under the headline (`dek`, `subtitle`, `summary`) is not
 * one: it restates the headline, and readers' copies of articles leave it out.
 */
const LEAD_WORDS =
  /(?:^|[\s_-])(?:lead|lede|leadtext|lead-text|intro|introduction|chapo|chapeau|accroche|vorspann|anriss|standfirst|stand-first|abstract|sapo|entradilla|bajada|sommario|teaser-?text|article-?lead|article-?intro|post-?intro|story-?intro)(?:$|[\s_-])/i;

/** Regions where no lead stands, whatever its class words (above the lead-marked element). */
const NOT_LEAD = NOT_LEAD_REGIONS | F.RELATED | F.FURNITURE | F.COMMENTS;

/** Levels looked up from a block's owner for an element marked by its class words. */
const LEVELS = 3;
/** Shortest marked lead: a deck of a few words is a kicker or a label. */
const MIN_LEAD = 40;
/** Longest: a lead-marked box holding more is a summary section, not a standfirst. */
const MAX_LEAD = 1200;
/** Longest line the body may open with and still be looked past for the lead. */
const OPENING_LINE = 80;
/** Blocks after the title within which the lead is looked for. */
const REACH = 20;

/**
 * The element holding block `b` (its owner or up to {@link LEVELS} above it)
 * whose class names match `words` (a lead's here, a deck's in deck.ts), -1
 * when none does.
 */
export function markedBox(b: HtmlBlock, elements: HtmlElements, words: RegExp): number {
  let id = b.owner;
  for (let level = 0; level <= LEVELS && id >= 0 && id < elements.length; level++) {
    const cls = elements.classNames[id];
    if (cls !== undefined && cls.length <= 200 && words.test(cls)) return id;
    id = at(elements.parent, id);
  }
  return -1;
}

/** Whether block `b` is a lead the page marks: its class words say so and nothing around that box says furniture. */
function isMarkedLead(
  b: HtmlBlock,
  elements: HtmlElements,
  keep: (b: HtmlBlock) => boolean,
): boolean {
  const t = b.text.trim();
  if (t.length < MIN_LEAD || t.length > MAX_LEAD) return false;
  if (b.linkChars > 0.2 * t.length) return false;
  if ((b.flags & (F.NEVER_BODY | F.H1 | F.CAPTION | F.BYLINE | F.DATE)) !== 0) return false;
  const box = markedBox(b, elements, LEAD_WORDS);
  if (box < 0) return false;
  // The box's surroundings (its parent's flags) must be the article's: a teaser list's `intro` is not this page's lead.
  if ((at(elements.flags, at(elements.parent, box)) & NOT_LEAD) !== 0) return false;
  // The element's own furniture words are looked past (`lead teasertext`), but not a byline, date or caption of its own.
  return keep({ ...b, flags: b.flags & ~(F.RELATED | F.FURNITURE | F.HEADER) });
}

/**
 * The body with the lead-marked blocks between the title and the body's
 * first block after the title put in front of that block, in document order.
 * `keep` is the body's own block test (a notice or a byline is no lead).
 */
export function withMarkedLead(
  blocks: readonly HtmlBlock[],
  elements: HtmlElements,
  body: readonly HtmlBlock[],
  titleBlock: number,
  keep: (b: HtmlBlock) => boolean,
): readonly HtmlBlock[] {
  if (titleBlock < 0) return body;
  // The body's first paragraph after the title (the body may open above it, with a kicker). Short lines the body
  // opens with (the headline printed again, a date line) are looked past, so that the lead does not hang on whether
  // the chosen container took them in.
  let k = 0;
  while (k < body.length && (body[k]?.index ?? 0) <= titleBlock) k++;
  while (k < body.length && (body[k]?.text.length ?? 0) < OPENING_LINE) k++;
  const first = body[k]?.index ?? blocks.length;
  const stop = Math.min(first, titleBlock + 1 + REACH);
  const inBody = new Set<number>();
  for (const b of body) inBody.add(b.index);
  const lead: HtmlBlock[] = [];
  for (let i = titleBlock + 1; i < stop; i++) {
    const b = blocks[i];
    if (!b || inBody.has(i)) continue;
    if (isMarkedLead(b, elements, keep)) lead.push(b);
  }
  if (lead.length === 0) return body;
  // In document order: the short lines looked past stay where they stand, before or after the lead.
  const out: HtmlBlock[] = [];
  let j = 0;
  for (const b of body) {
    for (
      let l = lead[j];
      l !== undefined && b.index > titleBlock && l.index < b.index;
      l = lead[j]
    ) {
      out.push(l);
      j++;
    }
    out.push(b);
  }
  return j < lead.length ? [...out, ...lead.slice(j)] : out;
}
