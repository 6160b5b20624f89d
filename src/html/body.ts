/**
 * Body selection for HTML pages, in the manner of Readability: paragraph
 * blocks vote for their ancestors, the best container (scaled by its link
 * density and class hints) is chosen and widened to siblings that look like
 * more of the same article; then the container's blocks are kept or dropped
 * one by one (navigation, share bars, captions, comments, related lists,
 * link lists, short furniture lines).
 */

import { isBareDateLine } from '../furniture/stamps.js';
import type { Paragraph, ParagraphKind } from '../types.js';
import { phrases } from '../util/tables.js';
import { withoutBioBox } from './bio-box.js';
import { isCardGrid } from './card-grid.js';
import { withoutClosingBox } from './closing-box.js';
import { at, type HtmlElements, holds, sameKind } from './elements.js';
import * as F from './flags.js';
import { isCountOnly, isFurnitureLine, isTeaserHeading } from './furniture.js';
import { withoutHeaderDeck } from './header-deck.js';
import { keepBlock } from './keep.js';
import { withLead } from './lead.js';
import { withMarkedLead } from './marked-lead.js';
import { withNextRows } from './next-rows.js';
import { isOutboundReference, linkTextCounts } from './outbound.js';
import { isProseListItem } from './prose-list.js';
import { dataRowEnd, joinedRow } from './table-rows.js';
import { trimTail } from './tail.js';
import { isCardExcerpt } from './teaser-cards.js';
import { withoutUnvotedHead } from './unvoted-head.js';
import type { HtmlBlock, HtmlPage } from './walk.js';
import { paywallFilter } from './walls.js';

const KIND_BY_TAG: Readonly<Record<string, ParagraphKind>> = {
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dd: 'list-item',
  dt: 'list-item',
  blockquote: 'quote',
};

/** Tags whose text votes for the parent (a paragraph); other owners vote for themselves (text right inside a div). */
const PARAGRAPH_TAGS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('p|pre|td|blockquote|li|dd|dt|th|figcaption|font'),
);

const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5,
  article: 5,
  section: 3,
  main: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** How much the region flags are trusted when choosing the body. */
interface BodyMasks {
  /** Regions that keep a block out of the vote. */
  noVote: number;
  /** Regions whose blocks are dropped when they start inside the chosen container. */
  dropInside: number;
}

/** Regions that keep a block out of the vote. */
const NO_VOTE = F.NEVER_BODY | F.COMMENTS | F.RELATED | F.SHARE | F.DIALOG | F.CAPTION;
/** Regions whose blocks are dropped when they start inside the chosen container. */
const DROP_INSIDE =
  F.NAV |
  F.FORM |
  F.COMMENTS |
  F.RELATED |
  F.SHARE |
  F.DIALOG |
  F.CAPTION |
  F.FURNITURE |
  F.ASIDE |
  F.FOOTER |
  F.HIDDEN;

/** The first pass trusts every region flag, class words included. */
const STRICT: BodyMasks = { noVote: NO_VOTE, dropInside: DROP_INSIDE };
/**
 * The second pass, for pages where the first found next to nothing, trusts
 * structure only: class words such as `teaser` or `related` on the article's
 * own container are how such pages lose their body (Readability retries
 * without its class filters in the same case).
 */
const RELAXED: BodyMasks = {
  noVote: F.NEVER_BODY,
  dropInside: F.NAV | F.FORM | F.DIALOG | F.HIDDEN | F.COMMENTS,
};

function density(links: number, text: number): number {
  return text === 0 ? 0 : links / text;
}

/** Votes of a paragraph block: longer, comma-rich, link-poor text votes more. */
function vote(b: HtmlBlock, noVote: number): number {
  if (b.text.length < 25 || (b.flags & noVote) !== 0) return 0;
  if (density(b.linkChars, b.text.length) > 0.5) return 0;
  return 1 + Math.min(b.commas, 10) + Math.min(3, Math.floor(b.text.length / 100));
}

/** The chosen container, its score, and the blocks selected as body. */
export interface BodyChoice {
  /** Id of the top container, -1 when none. */
  top: number;
  /** Blocks kept, in document order. */
  blocks: HtmlBlock[];
}

/** Blocks after the title within which a container counts as next to it. */
const NEAR_TITLE = 20;

/** Below this many characters the body is looked for again, trusting structure only. */
const SHORT_BODY = 500;

function textLength(blocks: readonly HtmlBlock[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

/**
 * Chooses the container of the article's body and the blocks to keep.
 * `titleBlock` is the index of the title's block (-1 when unknown): containers
 * that hold it or start right after it score half as much again. When the
 * region flags leave under {@link SHORT_BODY} characters, the body is chosen
 * again with {@link RELAXED} masks and that answer is taken if it holds more
 * than twice the text.
 */
export function chooseBody(
  page: HtmlPage,
  exclude: ReadonlySet<number>,
  titleBlock = -1,
  site?: string,
): BodyChoice {
  const first = chooseBodyWith(page, exclude, titleBlock, STRICT, site);
  const n = textLength(first.blocks);
  if (n >= SHORT_BODY) return withLeads(page, first, titleBlock);
  const second = chooseBodyWith(page, exclude, titleBlock, RELAXED, site);
  return withLeads(page, textLength(second.blocks) > 2 * n ? second : first, titleBlock);
}

/**
 * The choice with the blocks the page marks as its lead, when it has some:
 * the prose right before the body ({@link withLead}) is taken first, so the
 * lead is put in front of it rather than cutting it off.
 */
function withLeads(page: HtmlPage, choice: BodyChoice, titleBlock: number): BodyChoice {
  const { blocks, elements } = page;
  if (withMarkedLead(blocks, elements, choice.blocks, titleBlock, keepBlock) === choice.blocks)
    return choice;
  const near = withLead(blocks, choice.blocks, titleBlock);
  return {
    top: choice.top,
    blocks: [...withMarkedLead(blocks, elements, near, titleBlock, keepBlock)],
  };
}

/** One choice of the body, trusting the region flags that `masks` name. */
function chooseBodyWith(
  page: HtmlPage,
  exclude: ReadonlySet<number>,
  titleBlock: number,
  masks: BodyMasks,
  site: string | undefined,
): BodyChoice {
  const { blocks, elements } = page;
  const scores = new Float64Array(elements.length);
  const scored = new Uint8Array(elements.length);
  const touch = (id: number): void => {
    if (scored[id]) return;
    scored[id] = 1;
    // Class hints count in full only for containers with some text: a small box named `article-body` is not the body.
    const hint = at(elements.weight, id) + ((at(elements.own, id) & F.ARTICLE_BODY) !== 0 ? 30 : 0);
    scores[id] =
      (TAG_BASE[elements.tag(id)] ?? 0) + hint * Math.min(1, at(elements.text, id) / 500);
  };
  for (const b of blocks) {
    const v = vote(b, masks.noVote);
    if (v === 0 || b.owner >= elements.length) continue;
    const ownerTag = elements.tag(b.owner);
    let id =
      PARAGRAPH_TAGS.has(ownerTag) || ownerTag.startsWith('h')
        ? at(elements.parent, b.owner)
        : b.owner;
    for (let level = 0; level < 5 && id >= 0; level++) {
      const tag = elements.tag(id);
      if (tag === 'body' || tag === 'html') break;
      touch(id);
      scores[id] = (scores[id] ?? 0) + (level === 0 ? v : level === 1 ? v / 2 : v / (level * 3));
      id = at(elements.parent, id);
    }
  }
  let top = -1;
  let best = 0;
  for (let id = 0; id < elements.length; id++) {
    if (!scored[id]) continue;
    let s = (scores[id] ?? 0) * (1 - density(at(elements.links, id), at(elements.text, id)));
    const first = at(elements.firstBlock, id);
    const end = at(elements.endBlock, id);
    if (
      titleBlock >= 0 &&
      end > titleBlock &&
      first <= titleBlock + NEAR_TITLE &&
      (first > titleBlock || end > titleBlock)
    )
      s *= 1.5;
    scores[id] = s;
    if (s > best) {
      best = s;
      top = id;
    }
  }
  if (top < 0) return { top: -1, blocks: fallback(blocks, exclude) };
  top = sharedAncestor(top, scores, scored, elements);
  const climbed = climb(top, scores, scored, elements);
  top = withOwnProse(climbed.top, elements, blocks);
  // The parent taken for its own prose is voted for by that prose.
  const voted = top === climbed.top ? climbed.voted : top;
  // A page builder's later rows of the article (one row per section) lie past the top's own wrapper.
  const chosen = withNextRows(
    withSiblings(top, scores, scored, elements, blocks, masks.noVote),
    top,
    elements,
    blocks,
    masks.noVote,
    titleBlock,
  );
  const kept = trimTail(
    withoutUnvotedTail(
      withoutUnvotedHead(
        keepBlocks(page, chosen, top, exclude, masks.dropInside, site),
        blocks,
        voted,
        top,
        elements,
      ),
      voted,
      top,
      elements,
    ),
  );
  // A deck between the headline and its byline line is the header's, whichever way the climb took it in.
  const headless = withoutHeaderDeck(kept, blocks, titleBlock);
  const boxed = withoutClosingBox(
    withoutBioBox(withoutEndBox(headless, elements), elements),
    elements,
  );
  // The lines a closing box stood after are the tail now (`Get email updates` above a contact box).
  return { top, blocks: [...(boxed === headless ? headless : trimTail(boxed))] };
}

/** Candidates that score near the top one, and how near. */
const RIVALS = 5;
const RIVAL_SHARE = 0.75;
/** Rivals that must share an ancestor for the body to be that ancestor. */
const RIVALS_SHARING = 3;
/** Levels looked up from a candidate. */
const ANCESTOR_LEVELS = 40;

/**
 * Readability's rule for bodies split into many boxes (one `<section>` per
 * paragraph): when at least three near-top candidates sit under one ancestor
 * of the top, that ancestor is the body.
 */
function sharedAncestor(
  top: number,
  scores: Float64Array,
  scored: Uint8Array,
  elements: HtmlElements,
): number {
  const topScore = scores[top] ?? 0;
  // The best few candidates other than the top, found in one pass.
  const rivals: number[] = [];
  for (let id = 0; id < elements.length; id++) {
    if (!scored[id] || id === top) continue;
    const s = scores[id] ?? 0;
    if (s < RIVAL_SHARE * topScore) continue;
    rivals.push(id);
    if (rivals.length > RIVALS) {
      rivals.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
      rivals.length = RIVALS;
    }
  }
  if (rivals.length < RIVALS_SHARING) return top;
  const count = new Map<number, number>();
  // A rival counts for itself too: a rival that holds the top and two others is the body.
  for (const id of rivals) {
    let up = id;
    for (let level = 0; level < ANCESTOR_LEVELS && up >= 0; level++) {
      count.set(up, (count.get(up) ?? 0) + 1);
      up = at(elements.parent, up);
    }
  }
  let up = at(elements.parent, top);
  for (let level = 0; level < ANCESTOR_LEVELS && up >= 0; level++) {
    const tag = elements.tag(up);
    if (tag === 'body' || tag === 'html') break;
    if ((count.get(up) ?? 0) >= RIVALS_SHARING) return up;
    up = at(elements.parent, up);
  }
  return top;
}

/** The container climbed to, and the highest one reached because it scored about as well (the start when none did). */
interface Climbed {
  top: number;
  voted: number;
}

/**
 * Readability's widening: go up while the parent scores about as well, or holds the top alone. The parent
 * that holds the top alone brings up to a tenth of text that voted for nothing (a side box, a promotion);
 * `voted` is where the climb stood before such steps only.
 */
function climb(
  start: number,
  scores: Float64Array,
  scored: Uint8Array,
  elements: HtmlElements,
): Climbed {
  let top = start;
  let voted = start;
  const topScore = scores[top] ?? 0;
  for (let i = 0; i < 8; i++) {
    const parent = at(elements.parent, top);
    if (parent < 0 || top >= elements.length) break;
    const tag = elements.tag(parent);
    if (tag === 'body' || tag === 'html') break;
    // The parent adds little text of its own: the top is (nearly) its only content.
    const alone = at(elements.text, top) >= 0.9 * at(elements.text, parent);
    const better = scored[parent] === 1 && (scores[parent] ?? 0) >= 0.85 * topScore;
    if (!alone && !better) break;
    top = parent;
    if (better) voted = parent;
  }
  return { top, voted };
}

/** Prose a parent must hold as its own text (outside any child element) to be taken with the top. */
const OWN_PROSE = 200;

/**
 * The parent of the top when it holds prose as its own text beside the top (a `<div>` of text with `<br>`s and a
 * table in it: the table's cells outvote the text, written straight in the div). The parent must add no more
 * than that prose and the top: its other children are small.
 */
function withOwnProse(top: number, elements: HtmlElements, blocks: readonly HtmlBlock[]): number {
  const parent = at(elements.parent, top);
  if (parent < 0) return top;
  const tag = elements.tag(parent);
  if (tag === 'body' || tag === 'html') return top;
  let own = 0;
  let links = 0;
  const end = at(elements.endBlock, parent);
  for (let i = at(elements.firstBlock, parent); i < end; i++) {
    const b = blocks[i];
    if (b?.owner !== parent) continue;
    own += b.text.length;
    links += b.linkChars;
  }
  if (own < OWN_PROSE || links > 0.2 * own) return top;
  return at(elements.text, parent) <= 1.1 * (own + at(elements.text, top)) ? parent : top;
}

/** A paragraph this long, with few links, in the unvoted tail makes it the article's own. */
const TAIL_PARAGRAPH = 200;

/**
 * The kept blocks without the ones the climb took in after the voted container's end, when none of them is a
 * paragraph of prose: a container that holds the article and a small side box (a subscription offer, a press
 * contact, a "did you know" note) is climbed to as the article's "alone", and its extra lines voted for nothing.
 * Lines before the voted container (a lead, a deck) stay.
 */
function withoutUnvotedTail(
  kept: readonly HtmlBlock[],
  voted: number,
  top: number,
  elements: HtmlElements,
): readonly HtmlBlock[] {
  if (voted === top) return kept;
  const from = at(elements.endBlock, voted);
  const to = at(elements.endBlock, top);
  let any = false;
  for (const b of kept) {
    if (b.index < from || b.index >= to) continue;
    any = true;
    if (b.text.length >= TAIL_PARAGRAPH && b.linkChars < 0.2 * b.text.length) return kept;
  }
  return any ? kept.filter((b) => b.index < from || b.index >= to) : kept;
}

/** Blocks between the top container and a loose paragraph from which the run between them is looked at. */
const LOOSE_GAP = 10;
/** Share of link text in that run that makes it navigation or teasers. */
const LOOSE_GAP_LINKS = 0.4;

/** Running totals of block text and link text: `text[i]` is the text of the blocks before block `i`. */
interface RunningTotals {
  text: Float64Array;
  links: Float64Array;
}

function runningTotals(blocks: readonly HtmlBlock[]): RunningTotals {
  const text = new Float64Array(blocks.length + 1);
  const links = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    text[i + 1] = (text[i] ?? 0) + (blocks[i]?.text.length ?? 0);
    links[i + 1] = (links[i] ?? 0) + (blocks[i]?.linkChars ?? 0);
  }
  return { text, links };
}

/**
 * Whether a loose paragraph is cut off from the top container: at least
 * {@link LOOSE_GAP} blocks lie between them, and they are mostly links
 * (menus, teaser lists, a tag cloud). Readability's loose-paragraph rule is
 * for paragraphs next to the body, split from it by an ad or a figure.
 */
function cutOff(
  top: number,
  id: number,
  elements: HtmlElements,
  totals: () => RunningTotals,
): boolean {
  const from = id > top ? at(elements.endBlock, top) : at(elements.endBlock, id);
  const to = id > top ? at(elements.firstBlock, id) : at(elements.firstBlock, top);
  if (to - from < LOOSE_GAP) return false;
  const { text, links } = totals();
  const chars = (text[to] ?? 0) - (text[from] ?? 0);
  return chars > 0 && (links[to] ?? 0) - (links[from] ?? 0) >= LOOSE_GAP_LINKS * chars;
}

/** The top container plus siblings that read like more of the article. */
function withSiblings(
  top: number,
  scores: Float64Array,
  scored: Uint8Array,
  elements: HtmlElements,
  blocks: readonly HtmlBlock[],
  noVote: number,
): number[] {
  const parent = at(elements.parent, top);
  if (top >= elements.length || parent < 0) return [top];
  const threshold = Math.max(10, (scores[top] ?? 0) * 0.2);
  // Readability's bonus: a sibling of the top's own kind (same tag, same class) scores a fifth of the top more (a body split into `<section>`s).
  const kind = elements.classNames[top]?.trim();
  const bonus = (scores[top] ?? 0) * 0.2;
  const out: number[] = [];
  let running: RunningTotals | undefined;
  const totals = (): RunningTotals => {
    running ??= runningTotals(blocks);
    return running;
  };
  // Siblings are the elements whose parent is top's parent, found in id order from the parent on.
  const parentDepth = at(elements.depth, parent);
  for (let id = parent + 1; id < elements.length; id++) {
    if (at(elements.depth, id) <= parentDepth) break;
    if (at(elements.parent, id) !== parent) continue;
    if (id === top) {
      out.push(id);
      continue;
    }
    if ((at(elements.flags, id) & noVote) !== 0) continue;
    // A strip of teaser cards beside the article (a carousel of other posts) scores as prose but is not more of it;
    // cards that far outweigh the top are the page's own items (a gallery's slides after its introduction).
    if (
      at(elements.text, id) <= GRID_OVER_TOP * at(elements.text, top) &&
      isCardGrid(id, elements, blocks)
    )
      continue;
    const same =
      kind !== undefined &&
      kind.length > 0 &&
      elements.tag(id) === elements.tag(top) &&
      elements.classNames[id]?.trim() === kind;
    if (scored[id] && (scores[id] ?? 0) + (same ? bonus : 0) >= threshold) {
      out.push(id);
      continue;
    }
    // Readability's rule for loose paragraphs, minus containers whose class words say furniture,
    // and minus those cut off from the top by a run of links (a site's blurb at the foot of the page, past teasers and menus).
    const tag = elements.tag(id);
    const first = at(elements.firstBlock, id);
    if (
      (tag === 'p' || tag === 'div') &&
      at(elements.weight, id) >= 0 &&
      !cutOff(top, id, elements, totals)
    ) {
      const chars = at(elements.text, id);
      const d = density(at(elements.links, id), chars);
      const only = at(elements.endBlock, id) - first === 1 ? blocks[first] : undefined;
      const text = only?.text ?? '';
      if (chars > 80 && d < 0.25) out.push(id);
      else if (chars > 0 && chars <= 80 && d === 0 && /[.!?؟]\s*$/.test(text)) out.push(id);
    }
  }
  return out;
}

/** Most text a sibling grid of teaser cards may hold, relative to the top, to be left out as other articles' teasers. */
const GRID_OVER_TOP = 2;

/** Containers dropped inside the body when they are mostly links. */
const LINK_LIST_TAGS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('ul|ol|table|div|section|dl'),
);

/** Blocks of the chosen elements that are article text. */
function keepBlocks(
  page: HtmlPage,
  chosen: readonly number[],
  top: number,
  exclude: ReadonlySet<number>,
  dropInside: number,
  site: string | undefined,
): HtmlBlock[] {
  const { elements, blocks } = page;
  if (top < 0 || top >= elements.length) return [];
  const inChosen = chosenBlocks(chosen, elements, blocks.length);
  // A slideshow: when captions hold most of the chosen text, they are the article's text.
  const drop = isGallery(blocks, inChosen) ? dropInside & ~F.CAPTION : dropInside;
  const baseFlags = at(elements.flags, at(elements.parent, top));
  const topText = Math.max(1, at(elements.text, top));
  // One forward pass: elements come in document order, parents before children.
  const dropped = new Uint8Array(elements.length);
  const isChosen = new Uint8Array(elements.length);
  let first = blocks.length;
  let startId = elements.length;
  let end = 0;
  for (const id of chosen) {
    isChosen[id] = 1;
    startId = Math.min(startId, id);
    first = Math.min(first, id < elements.length ? at(elements.firstBlock, id) : first);
    end = Math.max(end, at(elements.endBlock, id));
  }
  for (let id = startId; id < elements.length; id++) {
    if (at(elements.firstBlock, id) >= end) break;
    const parent = at(elements.parent, id);
    if (parent >= 0 && dropped[parent]) {
      dropped[id] = 1;
      continue;
    }
    if (isChosen[id]) continue;
    const own = at(elements.own, id) & ~baseFlags;
    const chars = at(elements.text, id);
    const wrapper = chars > 0.6 * topText;
    if (!wrapper && (own & drop) !== 0) dropped[id] = 1;
    else if (
      !wrapper &&
      LINK_LIST_TAGS.has(elements.tag(id)) &&
      chars > 0 &&
      density(at(elements.links, id), chars) > 0.5
    )
      dropped[id] = 1;
  }
  const out: HtmlBlock[] = [];
  let chars = 0;
  const behindPaywall = paywallFilter();
  let counts: Map<string, number> | undefined;
  const linkTexts = (): Map<string, number> => {
    counts ??= linkTextCounts(blocks);
    return counts;
  };
  const proseLists = new Map<number, boolean>();
  let dropCap: HtmlBlock | undefined;
  const open = (j: number): boolean => {
    const b = blocks[j];
    return (
      b !== undefined &&
      inChosen[j] === 1 &&
      !exclude.has(j) &&
      dropped[b.owner] !== 1 &&
      (b.flags & (F.H1 | F.HIDDEN | F.NEVER_BODY)) === 0
    );
  };
  for (let i = first; i < end; i++) {
    if (!open(i)) continue;
    // A data table's row is one line of the body, all its cells in it (see table-rows.ts).
    const rowEnd = dataRowEnd(blocks, i, elements);
    const row =
      rowEnd > i && rowEnd <= end && allOpen(i, rowEnd, open)
        ? joinedRow(blocks, i, rowEnd)
        : undefined;
    const raw = row ?? blocks[i];
    if (row) i = rowEnd - 1;
    if (!raw) continue;
    // A drop cap set in an element of its own (`<span>T</span><p>urkey, …`) is its paragraph's first letter.
    if (isDropCap(raw)) {
      dropCap = raw;
      continue;
    }
    const b = dropCap?.index === i - 1 ? withDropCap(dropCap, raw) : raw;
    dropCap = undefined;
    if (behindPaywall(b)) continue;
    // `More from X`, `Related`, `Lire aussi` after the body: the rest is other articles' teasers.
    // A label in capitals (`RECENT ARTICLES`) is a heading styled as a paragraph; `DON'T MISS` boxes sit mid-article and are dropped alone.
    // So is a label with no closing punctuation right above a list (`<div class="heading-h3">More Great X Stories</div><ul>`).
    if (
      chars >= 150 &&
      b.text.length <= TEASER_LABEL_MAX &&
      ((b.flags & F.HEADING) !== 0 ||
        (isCapitals(b.text) && !isFurnitureLine(b.text)) ||
        labelsList(b, blocks[i + 1])) &&
      isTeaserHeading(b.text)
    )
      break;
    // A pull quote the reader may tweet (`<a href="https://twitter.com/intent/tweet?…">A sentence. Click To Tweet</a>`) is the article's own sentence.
    const kept = b.href !== undefined && TWEET_INTENT.test(b.href) ? tweetQuote(b) : b;
    // A line that is one link out of the site, after a paragraph, is a reference the article gives (not a teaser).
    if (
      !kept ||
      (!keepBlock(kept) &&
        !isOutboundReference(kept, out[out.length - 1], site, linkTexts) &&
        // A sentence of a bullet list whose words are mostly a link, among plain sentences.
        !(
          isProseListItem(kept, blocks, elements, proseLists) &&
          keepBlock({ ...kept, linkChars: 0 })
        ))
    )
      continue;
    // Another article's excerpt in a teaser card inside the body (its label and linked headline are dropped as links).
    if (isCardExcerpt(blocks, i, elements)) continue;
    // A number alone above the first paragraph is a counter (views, comments: `22`), not the lead.
    if (out.length === 0 && (kept.flags & F.HEADING) === 0 && isCountOnly(kept.text)) continue;
    // So is a date alone, with its weekday and time (`sexta-feira, 22 de outubro de 2010 às 20:13`): the page's stamp,
    // not an item of a list of dates (a tour's `Madrid, 3 de mayo de 2022`).
    if (out.length === 0 && (kept.flags & (F.HEADING | F.LIST)) === 0 && isBareDateLine(kept.text))
      continue;
    out.push(kept);
    chars += kept.text.length;
  }
  return out;
}

/** Whether `open` holds for every block from `from` to `to`. */
function allOpen(from: number, to: number, open: (j: number) => boolean): boolean {
  for (let j = from; j < to; j++) if (!open(j)) return false;
  return true;
}

/** A link that opens a tweet with prefilled text: a click-to-tweet box, or a share button. */
const TWEET_INTENT =
  /^(?:https?:)?\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/(?:share|intent\/tweet)(?:[/?#]|$)/i;
/** The button's label closing such a box (folded to lower case). */
const TWEET_BUTTONS = /* @__PURE__ */ phrases('click to tweet|tweet this|tweet');
/** Shortest quote: a share button's label (`Share on Twitter`) is shorter. */
const TWEET_QUOTE_MIN = 30;

/** The sentence of a click-to-tweet box, its button's label cut and its link no longer counted; undefined for a share button. */
function tweetQuote(b: HtmlBlock): HtmlBlock | undefined {
  let text = b.text.trimEnd();
  const lower = text.toLowerCase();
  const button = TWEET_BUTTONS.find((l) => lower.endsWith(l));
  if (button) text = text.slice(0, text.length - button.length).trimEnd();
  if (text.length < TWEET_QUOTE_MIN || !/\s\S+\s\S+\s/.test(text)) return undefined;
  return { ...b, text, linkChars: 0, flags: b.flags & ~F.LINK };
}

/** A block of one capital letter alone. */
function isDropCap(b: HtmlBlock): boolean {
  return b.text.length === 1 && /\p{Lu}/u.test(b.text);
}

/** The paragraph after a drop cap with the capital put back, when it opens with a small letter (the rest of a word). */
function withDropCap(cap: HtmlBlock, b: HtmlBlock): HtmlBlock {
  return /^\p{Ll}/u.test(b.text) ? { ...b, text: cap.text + b.text, start: cap.start } : b;
}

/** Which blocks the chosen elements hold (1) or not (0). */
function chosenBlocks(chosen: readonly number[], elements: HtmlElements, n: number): Uint8Array {
  const inChosen = new Uint8Array(n);
  for (const id of chosen) {
    const stop = at(elements.endBlock, id);
    for (let i = at(elements.firstBlock, id); i < stop; i++) inChosen[i] = 1;
  }
  return inChosen;
}

/** Share of the chosen text in captions from which the page is a slideshow told in its captions. */
const GALLERY_SHARE = 0.5;

/** Whether captions hold most of the chosen blocks' text (a slideshow, a photo essay). */
function isGallery(blocks: readonly HtmlBlock[], inChosen: Uint8Array): boolean {
  let all = 0;
  let captions = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b || !inChosen[i] || (b.flags & F.NEVER_BODY) !== 0) continue;
    all += b.text.length;
    if ((b.flags & F.CAPTION) !== 0) captions += b.text.length;
  }
  return captions > GALLERY_SHARE * all;
}

/** Longest closing box dropped. */
const END_BOX_MAX = 400;

/** The element that holds a block's own element: the box the paragraph sits in. */
function boxOf(b: HtmlBlock, elements: HtmlElements): number {
  return b.owner < elements.length ? at(elements.parent, b.owner) : -1;
}

/**
 * The body without a closing box: a last short paragraph in a box of its own,
 * after two paragraphs that share another box which does not hold it (a tip,
 * a call to act, a promotion set below the article). An embedded post between
 * them is looked past.
 */
function withoutEndBox(blocks: readonly HtmlBlock[], elements: HtmlElements): readonly HtmlBlock[] {
  const n = blocks.length;
  const last = blocks[n - 1];
  if (!last || last.text.length > END_BOX_MAX) return blocks;
  if ((last.flags & (F.HEADING | F.LIST | F.EMBED)) !== 0) return blocks;
  // The article's paragraphs before it: an embedded post's lines sit in the post's own box.
  let i = n - 2;
  while (i >= 0 && ((blocks[i]?.flags ?? 0) & F.EMBED) !== 0) i--;
  const before = blocks[i];
  const third = blocks[i - 1];
  if (!before || !third) return blocks;
  const box = boxOf(before, elements);
  if (box < 0 || box !== boxOf(third, elements) || holds(box, last.owner, elements)) return blocks;
  // The last paragraph's box holds paragraphs before the two (a list or a quotation nested in the body, then the body
  // again): it is the body's own box, not a box set below it.
  const lastBox = boxOf(last, elements);
  for (let j = 0; j < i - 1; j++) {
    const earlier = blocks[j];
    if (earlier && boxOf(earlier, elements) === lastBox) return blocks;
  }
  // A box of the same kind as the one before it (a live page's entries, `div.entry` after `div.entry`) is the article's next unit.
  if (sameKind(box, lastBox, elements)) return blocks;
  return blocks.slice(0, n - 1);
}

/** Longest teaser label (`More from The Washington Post`). */
const TEASER_LABEL_MAX = 40;

/** A line with no closing punctuation standing right above a list's first item. */
function labelsList(b: HtmlBlock, next: HtmlBlock | undefined): boolean {
  return next !== undefined && (next.flags & F.LIST) !== 0 && !/[.!?;,؟]\s*$/.test(b.text);
}

/** Letters, all of them capitals. */
function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

export { keepBlock } from './keep.js';

/** No container won: the link-poor blocks of some length, outside landmarks. */
function fallback(blocks: readonly HtmlBlock[], exclude: ReadonlySet<number>): HtmlBlock[] {
  return blocks.filter(
    (b) =>
      !exclude.has(b.index) &&
      (b.flags & (NO_VOTE | F.NAV | F.FOOTER | F.ASIDE | F.H1)) === 0 &&
      density(b.linkChars, b.text.length) <= 0.3 &&
      b.text.length >= 2,
  );
}

/** The kind of paragraph a block makes. */
export function paragraphKind(b: HtmlBlock): ParagraphKind {
  const byTag = KIND_BY_TAG[b.tag ?? ''];
  if (byTag) return byTag;
  if ((b.flags & F.HEADING) !== 0) return 'heading';
  if ((b.flags & F.QUOTE) !== 0) return 'quote';
  return 'paragraph';
}

/** A combining mark (U+0300–U+036F, the Latin accents a decomposed letter is written with). */
const COMBINING = /[\u0300-\u036f]/;

/**
 * A paragraph's text in composed form (NFC): a page written with decomposed
 * letters (`u` + U+0308, as some Mac editors save it) reads `ü` as every other
 * page does, so searches and comparisons match. Spans still cover the source.
 */
export function composed(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}

/** Paragraphs of the kept blocks. */
export function toParagraphs(kept: readonly HtmlBlock[]): Paragraph[] {
  return kept.map((b) => ({
    text: composed(b.text),
    start: b.start,
    end: b.end,
    kind: paragraphKind(b),
  }));
}
