/**
 * Refiner: where a text page's body runs. Every block after the header gets a
 * weight from its shape (prose dense with function words weighs its length,
 * short non-sentences and furniture weigh against), and the body is the run of
 * blocks with the largest total weight that crosses no wall (a comment
 * thread's heading, a heading over other articles' teasers, the footer). So
 * the menus before the article and the lists, comments and footers after it
 * fall away on any site, without knowing its wording.
 */

import { opensWithDayMonth } from '../../dates/day-month.js';
import { isCallToAction } from '../../furniture/calls-to-action.js';
import {
  countedOnTitle,
  failsFormGate,
  isCommenterLine,
  isCommentFormLine,
  isCommentHeading,
  isCommentLine,
  MAX_FORM_LINE,
  mayEndCommenterLine,
  mayOpenCommentHeading,
  WALL_GATE,
} from '../../furniture/comments.js';
import { isConsentNotice } from '../../furniture/consent.js';
import { endsWithEntryCount, isEngagementCounter } from '../../furniture/counters.js';
import {
  closesWithFullCredit,
  endsWithPhotoCredit,
  isAgencyCaption,
  isLabelledCaption,
  isPhotoCredit,
  isPlaceholderLine,
} from '../../furniture/credits.js';
import { isInterfaceLine } from '../../furniture/interface.js';
import { holdsPrice } from '../../furniture/paywall.js';
import { isRightsLine, RIGHTS_MAX } from '../../furniture/rights.js';
import { isStampLine } from '../../furniture/stamps.js';
import { isMoreHeading, mayOpenMoreHeading } from '../../furniture/teaser-headings.js';
import {
  isFurnitureBlock,
  isTeaserHeading,
  mayOpenTeaserHeading,
  opensLikeTeaserHeading,
} from '../../html/furniture.js';
import type { Block } from '../../input/block.js';
import { countWords, FUNCTION_WORDS, holdsWord, wordsUpTo } from '../../lang/function-words.js';
import { isSalutation } from '../../lang/salutations.js';
import {
  isSpace,
  isTableRowLine,
  paddedGaps,
  proseLength,
  spacesAtLeast,
  startsWithBullet,
  startsWithOrderedNumber,
  stopBeforeQuote,
} from '../../text/chars.js';
import { fold, foldHeadCode } from '../../text/fold.js';
import { printedTwice } from '../../text/printed-twice.js';
import { introducesList, isListLabel, isResultLine } from '../../ticker/latest-news.js';
import { isReadMoreLine } from '../recognisers/read-more.js';
import { bylinedUnit } from './bylined-units.js';
import { isChartCell } from './chart-cells.js';
import {
  blockFlag,
  blockFold,
  blockNumber,
  bodyLike,
  brokenSentence,
  foldedOf,
  knownFold,
  type Role,
  sentenceTail,
  type TextDoc,
} from './doc.js';
import { isPostAttribution } from './embedded-posts.js';
import { withEntryHeading } from './entry-heading.js';
import { endsLikeSentence, headlineShaped } from './headline-items.js';
import { headOf } from './line-facts.js';
import { listBulletLength } from './list-items.js';
import { teaserLike } from './listing.js';
import { isIngredientsHeading, recipeAt } from './recipe.js';
import { rowCells } from './row-cells.js';
import { shopBoxes } from './shop-boxes.js';

/** Weight of a line that cannot start or end a body. */
export const FURNITURE_WEIGHT = -40;
/** Weight of a cookie-consent notice: no text of the page's, and no sign of where the article ends either. */
const CONSENT_WEIGHT = 0;
/** Weight of a short line that is no sentence (a menu item, a headline, a label). */
const SHORT = -18;
/** Weight of a block another recogniser claimed (widget, boilerplate…). */
const CLAIMED = -30;
/** Weight per character of an embedded post's attribution line: a short sentence's. */
const ATTRIBUTION_WEIGHT = 0.3;
/** Spaces in a cut dump's last line that make it a paragraph's stub on its own (five words). */
const STUB_SPACES = 4;

/** Whether every word of a line opens with a capital or no letter (`WordPress Admin`, `NHK NEWS WEB`). */
function capitalisedWords(text: string): boolean {
  for (const word of text.split(' ')) {
    const c = word.charAt(0);
    if (c !== c.toUpperCase()) return false;
  }
  return text !== text.toLowerCase();
}
/** Weight of a related link or read-more line: they sit inside bodies (`Lire aussi`), so they cut little. */
const LINK = -8;
/** What a run after a comment thread's start counts for, against the article before it. */
const AFTER_COMMENTS = 1 / 6;
/** Blocks in a row with no prose that end a body: more than a caption or a related box, as many as a menu. */
const MAX_GAP = 12;
/** Share of function words above which a long block reads as prose. */
const PROSE_DENSITY = 0.12;

/** The marks that end a sentence on a line's last character. */
const SENTENCE_END = '.!?…;:)]؟。';
/** The codes of {@link SENTENCE_END}: a line's last character is compared by code, not sliced out. */
const SENTENCE_END_CODES: ReadonlySet<number> = new Set(
  Array.from(SENTENCE_END, (c) => c.charCodeAt(0)),
);
/** The marks that end a quoted sentence before its closing quote (a bracket or a colon there closes none: `„(ebd.: 9)“`). */
const QUOTED_STOPS = '.!?…؟。';

/**
 * Whether a line ends like a sentence (an empty one does, as `includes('')`
 * said). A closing quote is looked past: the mark before it tells (`… sagte
 * sie: „Wir kommen wieder.“`, `… says “no.”`), so a headline quoting a phrase
 * (`Zehn Jahre „Tag des Einbruchschutzes“`, `… “Burned Her Up”`) ends none,
 * whichever quotes the site prints.
 */
export function endsSentence(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  return stopBeforeQuote(text, QUOTED_STOPS) ?? SENTENCE_END_CODES.has(text.charCodeAt(n - 1));
}

/** A capital glued to the word before it and opening a lower-case word (`RunDenny`, `Rise?Violence`): its match starts one before it. */
const GLUED_CAPITAL = /[a-z?!’'"”][A-Z][a-z]/g;

/**
 * A teaser card copied as one line: a title-cased headline glued to its
 * excerpt with no space (`Tape Gaffe Ends Hamlin's Title RunDenny Hamlin's…`,
 * `On The Rise?Violence is…`). The headline has no sentence end, three words
 * or more, most of them capitalised.
 */
export function gluedTeaser(text: string): boolean {
  if (text.length < 40) return false;
  // A headline glued after a `. ` returns false below: the search stops where a head would hold one.
  const stop = text.indexOf('. ');
  const n = Math.min(text.length - 2, 160, stop < 0 ? text.length : stop + 2);
  // An ASCII capital opening a lower-case word, glued to the previous word (a small letter or `?!’'"”`),
  // found by a native search from position 20 on, over the first n + 1 characters only.
  const scanned = text.length > n + 1 ? text.slice(0, n + 1) : text;
  GLUED_CAPITAL.lastIndex = 19;
  for (;;) {
    const m = GLUED_CAPITAL.exec(scanned);
    const i = m ? m.index + 1 : n;
    if (i >= n) break;
    GLUED_CAPITAL.lastIndex = i;
    const before = text.charCodeAt(i - 1);
    const lower = before >= 0x61 && before <= 0x7a;
    if (lower && !(text.charCodeAt(i - 2) >= 0x61 && text.charCodeAt(i - 3) >= 0x61)) continue;
    // A straight quote after a space opens a quotation (`Steubing: "Ich…`): only one glued to a word closes a headline.
    if ((before === 0x22 || before === 0x27) && isSpace(text.charCodeAt(i - 2))) continue;
    const head = text.slice(0, i);
    if (head.includes('. ')) return false;
    const words = head.split(' ').filter((w) => w.length > 0);
    if (words.length < 3) continue;
    const capitalised = words.filter((w) => w.charAt(0) !== w.charAt(0).toLowerCase()).length;
    return capitalised * 10 >= words.length * 6;
  }
  return false;
}

/** Whether a line holds a clause break or ends a sentence: `, `, `، `, `; ` or a final stop. */
function hasClause(text: string): boolean {
  return (
    endsSentence(text) ||
    text.includes(', ') ||
    text.includes('، ') ||
    text.includes('; ') ||
    text.includes('，') ||
    text.includes('、')
  );
}

/**
 * Whether a line is a table's row as a browser copies it: cells separated by
 * tabs (`Hauck Comfort Fix⇥120 €⇥nein⇥2,4`). A results or price table sits in
 * articles; its rows are no prose and no furniture, so they weigh nothing and
 * a long table is no gap in the body.
 */
function isTableRow(text: string): boolean {
  return isTableRowLine(text, false);
}

/** Longest line checked against the furniture lists. */
const FURNITURE_MAX = 300;

/**
 * Whether a short line is furniture: the HTML pipeline's lines and notices, comment lines, interface text, credits, placeholders,
 * an image's text printed twice in a row.
 * keepRegion reads a no here as no photo credit either ({@link knownNotFurniture}): the credit check stays one of these.
 */
export function isFurnitureText(text: string, folded?: string): boolean {
  if (text.length >= FURNITURE_MAX) return false;
  const f = folded ?? fold(text);
  return (
    isFurnitureBlock(text, false, f) ||
    isCommentLine(text, f) ||
    isInterfaceLine(text, f) ||
    isPhotoCredit(text, f) ||
    closesWithFullCredit(f) ||
    isAgencyCaption(text) ||
    isLabelledCaption(text, f) ||
    isPlaceholderLine(text) ||
    isEngagementCounter(f) ||
    isStampLine(text, f) ||
    printedTwice(text)
  );
}

/** {@link isFurnitureText} of block `b`, computed once per block of the document. */
export function furnitureOf(doc: TextDoc, b: Block): boolean {
  return b.text.length < FURNITURE_MAX && blockFlag(doc, 'furniture', b, furnitureText);
}

/** {@link isFurnitureText} of a block's text. */
const furnitureText = (doc: TextDoc, b: Block): boolean =>
  isFurnitureText(b.text, foldedOf(doc, b));

/**
 * Whether block `b` is known to be no furniture: its check ran and said no. Then
 * none of {@link isFurnitureText}'s recognisers (a photo credit's among them) took it.
 */
export function knownNotFurniture(doc: TextDoc, b: Block): boolean {
  return doc.furniture?.[b.index] === 1;
}

/** The weight of one body candidate, from its text alone. */
export function proseWeight(text: string, folded?: string): number {
  return isFurnitureText(text, folded) ? FURNITURE_WEIGHT : lineWeight(text);
}

/** {@link proseWeight} of block `b`'s text, its furniture answer kept per block ({@link furnitureOf}) for the body's choice. */
function proseWeightOf(doc: TextDoc, b: Block): number {
  return furnitureOf(doc, b) ? FURNITURE_WEIGHT : lineWeightOf(doc, b);
}

/**
 * A teaser card's excerpt copied with its date glued in front
 * (`21.01.2022Erst mit den richtigen…`, `2022-01-21Sobald…`): the card's date
 * element and its text have no space between them, which an article's own
 * sentence never shows.
 */
export function datedExcerpt(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return false;
  return GLUED_DATE.test(text.slice(0, 12));
}

/** A numeric date (`21.01.2022`, `1/21/22`, `2022-01-21`) right before a letter. */
const GLUED_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\p{L}/u;

/** Runs of spaces, read as one where a row's cells are weighed. */
const SPACE_RUNS = / {2,}/g;

/**
 * The weight of a row of cells side by side: each cell weighed alone, summed,
 * and never below a short line's. A row of four headlines (`Mayor opens…
 * River rises… School choir wins…`) reads as a paragraph once its cells are
 * joined, yet each cell is a headline.
 */
function cellsWeight(text: string): number {
  let sum = 0;
  for (const cell of rowCells(text)) sum += lineWeight(cell);
  return Math.max(sum, SHORT);
}

/**
 * A list item that is only a picture's placeholder (`* [facebook_3]`: w3m
 * prints a linked icon by its alt text, cut short in brackets): a share bar's
 * button, no text, so no gap between a lede and the text under the bar.
 */
const ICON_ITEM = /^[*+-] \[[^\]\s]{1,12}\]$/u;

/** An empty list item: a bullet alone on its line (w3m and lynx print a picture with no alt text so). */
const BARE_BULLET = /^[*+•]$/u;

/** A line's weight from its shape alone, furniture not checked. */
function lineWeight(text: string): number {
  // A row of three cells or more side by side (w3m's print of a layout table) weighs its text, not its padding,
  // and no more than its cells weighed one by one.
  if (paddedGaps(text) >= 2)
    return Math.min(lineWeight(text.replace(SPACE_RUNS, ' ')), cellsWeight(text));
  const w = shapeWeight(text);
  // A line that weighs SHORT by its shape weighs SHORT glued or not: only other lines are searched.
  // So does an archive's or a category list's entry closed by its count (`Februar 2020 (4)`).
  if (w === SHORT || gluedTeaser(text) || datedExcerpt(text) || endsWithEntryCount(text))
    return SHORT;
  // A list item weighs half: lists sit in bodies, and teaser lists of whole sentences sit beside them.
  return w > 0 && startsWithBullet(text) ? w * 0.5 : w;
}

/** Fewest characters that hold 20 words outside Chinese and Japanese: one-letter words, one character between them. */
const TWENTY_WORDS = 39;

/** The weight of a line from its length, words and punctuation. */
function shapeWeight(text: string): number {
  // Chinese and Japanese characters count three times (proseLength).
  const len = proseLength(text);
  // A long line with a clause weighs its length whatever its share of function words (below):
  // only whether it holds a word at all is read, not its counts.
  if (len >= 140 && hasClause(text)) return holdsWord(text) ? len : SHORT;
  // A short line that ends no sentence weighs SHORT unless it holds 20 words (below), which takes
  // 39 characters at least when none is Chinese or Japanese (each such character is a word): not counted.
  if (text.length < TWENTY_WORDS && len === text.length && !endsSentence(text)) return SHORT;
  // Under 140 characters the share of function words counts from 20 words on (below):
  // fewer words are only counted (up to 20), not looked up.
  let words = len < 140 ? wordsUpTo(text, 20) : 20;
  let functionWords = 0;
  if (words >= 20) ({ words, functionWords } = countWords(text));
  // A rule, a row of dingbats or of empty form fields: however long, no text.
  if (words === 0) return SHORT;
  const density = functionWords / words;
  // Scripts whose function words cling to the next word (Arabic `وقال`, `للمغرب`) show their prose by punctuation.
  if (words >= 20 || len >= 140)
    return density >= PROSE_DENSITY || hasClause(text) ? len : len * 0.1 + SHORT;
  if (words >= 7) {
    // A line of some words with no sentence end is a headline or a subheading: it never opens a body.
    return endsSentence(text) ? len * 0.8 : SHORT;
  }
  return endsSentence(text) && words >= 3 ? len * 0.3 : SHORT;
}

/** {@link lineWeight} of block `b`'s text, computed once per block of the document. */
function lineWeightOf(doc: TextDoc, b: Block): number {
  return blockNumber(doc, 'lineWeights', b, lineWeightOfText);
}

/** {@link lineWeight} of a block's text. */
const lineWeightOfText = (_: TextDoc, b: Block): number => lineWeight(b.text);

/** The weight of block `b`, computed once per block of the document. */
export function weightOf(doc: TextDoc, b: Block): number {
  return blockNumber(doc, 'weights', b, blockWeight);
}

/** The weight of block `b` ({@link weightOf}, not kept). */
function blockWeight(doc: TextDoc, b: Block): number {
  // Furniture is looked for only where it would count: a line that weighs for the body.
  // A line that already weighs against it is checked later, if the body holds it (isFurnitureIn).
  const w = lineWeightOf(doc, b);
  // A cookie-consent notice, long or short, at the page's end or over a video inside the article: left out, yet no gap.
  if (w > 0 && isConsentNotice(b.text, () => foldedOf(doc, b))) return CONSENT_WEIGHT;
  if (w > 0 && b.text.length < FURNITURE_MAX && furnitureOf(doc, b)) return FURNITURE_WEIGHT;
  // A long caption is known by the credit closing it, or by the agency's way of opening it.
  if (
    w > 0 &&
    b.text.length >= FURNITURE_MAX &&
    (endsWithPhotoCredit(b.text) || isAgencyCaption(b.text) || isLabelledCaption(b.text))
  )
    return FURNITURE_WEIGHT;
  return w;
}

/** Longest line read as a table of contents' entry. */
const MAX_ENTRY = 80;

/**
 * Whether `text` reads as a table of contents' numbered entry (`12. 4.How to
 * start?`, as w3m and lynx number an ordered list): a heading's words, even
 * closed by a question mark, and no prose.
 */
export function contentsEntry(text: string): boolean {
  return text.length <= MAX_ENTRY && startsWithOrderedNumber(text);
}

/** Whether block `b`, inside the chosen body, is furniture to leave out. */
export function isFurnitureIn(doc: TextDoc, b: Block): boolean {
  const w = weightOf(doc, b);
  if (
    w === FURNITURE_WEIGHT ||
    (w === CONSENT_WEIGHT && isConsentNotice(b.text, () => foldedOf(doc, b)))
  )
    return true;
  return w <= 0 && furnitureOf(doc, b);
}

/** Longest line either of {@link WALL_GATE}'s checks reads. */
const WALL_GATE_MAX = Math.max(RIGHTS_MAX, MAX_FORM_LINE);

/** A block that ends any body before it: a comment thread, the footer or its rights notice starts here. */
export function isWall(doc: TextDoc, b: Block): boolean {
  const role = doc.roles.get(b.index);
  if (role === 'footer' || role === 'after-footer') return true;
  // The rest reads the block's text and the line above: answered once per block (the body's choice asks again).
  return blockFlag(doc, 'walls', b, wallText);
}

/** {@link isWall} from the block's text alone, its role not read. */
function wallText(doc: TextDoc, b: Block): boolean {
  const n = b.text.length;
  // Used at once, before any other block's: one getter per document (see blockFold).
  const folded = blockFold(doc, b);
  // Both gates below in one native search first: most lines hold neither piece.
  if (n <= WALL_GATE_MAX) {
    if (WALL_GATE.test(b.text)) {
      // The footer's rights notice: what follows is the footer's, or a hidden dialog's.
      // A line going on, in lower case, with the sentence the line above opens is that sentence's end
      // (`… zwischen dem` ⏎ `traditionellen Copyright (all rights reserved) und …`), no notice.
      if (isRightsLine(b.text, folded) && !brokenSentence(doc.blocks[b.index - 1] ?? b, b))
        return true;
      // A comment form's consent box, notice or prompts.
      if (isCommentFormLine(b.text, folded)) return true;
    }
    // The furniture check asks the comment form's gate about this line next: it is told the answer.
    else failsFormGate(b.text);
  }
  // A counted heading quoting the article's title (`11 Antworten zu „…“`) is longer than the others.
  if (n > 48 && countedOnTitle(b.text) && isCommentHeading(b.text, folded())) return true;
  // A commenter's line ends with its colon or its reply button's bracket.
  const last = b.text.charAt(n - 1);
  if (n > 48 && (n > 120 || (last !== ':' && last !== ']'))) return false;
  // Both checks read the fold's first or last characters: the raw line rules most lines out unfolded.
  const heading = n <= 48 && mayOpenCommentHeading(headOf(doc, b));
  if (!heading && !mayEndCommenterLine(b.text)) return false;
  const f = foldedOf(doc, b);
  return (heading && isCommentHeading(b.text, f)) || isCommenterLine(b.text, f);
}

/**
 * Weight of a heading over other articles' teasers (`Related`, `Most read`):
 * heavy, for such a list usually closes the article, yet crossable, for a
 * related box also sits inside long bodies with the article going on below.
 */
const TEASER_HEADING = -150;

/** Whether a block announces other articles' teasers (a `Lire aussi` label the related recogniser took stays light). */
export function isTeaserHeadingBlock(doc: TextDoc, b: Block): boolean {
  // (A widget's line, a Q&A page's sort box `Trending (recent votes count more)`, heads no teasers either.)
  const role = doc.roles.get(b.index);
  if (b.text.length > 48 || role === 'related' || role === 'widget') return false;
  // The text's answer is computed once per block; the role is read on each call, for roles change.
  return blockFlag(doc, 'teaserHeadings', b, teaserHeadingText) && !headsPromoBox(doc, b.index);
}

/** Longest paragraph of a promotion box under its heading (promo-boxes.ts drops such boxes from the body). */
const PROMO_TEXT = 400;

/**
 * Whether the heading at block `k` is a promotion box's, not a list of other articles': one paragraph closing a
 * sentence right under it, then a call to action (`Recommended tour` ⏎ `Prefer not to plan it yourself? …` ⏎
 * `Check prices and availability`). A teaser's excerpt reads on with a link (`Read more`, `Weiterlesen`), no button.
 */
function headsPromoBox(doc: TextDoc, k: number): boolean {
  const text = doc.blocks[k + 1]?.text;
  const button = doc.blocks[k + 2];
  return (
    text !== undefined &&
    button !== undefined &&
    text.length <= PROMO_TEXT &&
    endsSentence(text) &&
    !text.endsWith('…') &&
    !text.endsWith('...') &&
    doc.roles.get(k + 2) !== 'read-more' &&
    isCallToAction(button.text) &&
    !isReadMoreLine(button.text)
  );
}

/** {@link isTeaserHeadingBlock} from the block's text alone, its role not read. */
function teaserHeadingText(doc: TextDoc, b: Block): boolean {
  // w3m and lynx print a heading inside a list item behind its bullet (`* Top stories`).
  const bullet = startsWithBullet(b.text);
  const text = bullet ? b.text.slice(2) : b.text;
  // Both checks need the fold's first two characters among their openings: read off the raw line.
  const head = bullet ? foldHeadCode(text) : headOf(doc, b);
  if (!mayOpenTeaserHeading(head) && !mayOpenMoreHeading(head)) return false;
  const full = foldedOf(doc, b);
  // The line's fold is kept: the bullet and its space fold to two characters.
  const f = !bullet ? full : full.charAt(1) === ' ' ? full.slice(2) : fold(text);
  return isTeaserHeading(text, f) || isMoreHeading(text, f);
}

/** Length from which one paragraph is an article's prose on its own, not a teaser's excerpt. */
export const LONE_PROSE = 400;
/** Longest headline over a teaser's excerpt. */
const TEASER_TITLE = 160;

/**
 * Whether block `k` is a teaser's excerpt: a paragraph under a headline (a
 * short line, no sentence end, no caption or credit) with no more prose
 * right after it and another excerpt a few lines below. The article's own
 * prose comes back as a run, or after its furniture, or alone at its end.
 */
function loneExcerpt(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  const prev = doc.blocks[k - 1];
  if (!b || !prev || b.text.length >= LONE_PROSE) return false;
  // A headline may end with a quote (`… o „Patoreakcji”`): the mark before it tells.
  if (prev.text.length > TEASER_TITLE || endsLikeSentence(prev.text)) return false;
  if (doc.roles.get(k - 1) !== 'body' || furnitureOf(doc, prev)) return false;
  return repeatedUnit(doc, k);
}

/** Whether no prose follows block `k` but more comes within a few lines: a box repeats its units (the article's last paragraph stands alone). */
function repeatedUnit(doc: TextDoc, k: number): boolean {
  if (prosy(doc, k + 1)) return false;
  for (let j = k + 2; j <= k + UNIT_REACH; j++) if (prosy(doc, j)) return true;
  return false;
}

/** Longest line read as a teaser's headline with its dek glued on (`<headline> <one or two sentences>`). */
const GLUED_UNIT = 260;
/** Length from which a line is a paragraph whose spacing tells how the article sets its paragraphs apart. */
const SPACED_PROSE = 200;
/** Most lines of a box of teasers under its heading: a longer run of lines is a page's menus and more. */
const MAX_BOX_ITEMS = 12;

/**
 * Whether block `b` can go on the list right above it: set right under the
 * line above (no blank line between, as renderers print a list's items; an
 * article's paragraphs stand a blank line apart), short enough for a
 * headline and its dek (`Most Read` ⏎ `<headline> Even their own witnesses
 * said damaging stuff.` ⏎ …).
 */
function listedUnder(b: Block): boolean {
  return b.blankBefore === 0 && b.text.length <= GLUED_UNIT;
}

/**
 * Whether block `k` opens a list of teaser units as w3m and lynx print a
 * sidebar's recent posts: a bulleted headline (`* Strike Debt hilft …`, no
 * sentence end), its excerpt under it without a bullet, and the next unit's
 * bulleted headline right after, twice in a row.
 */
function bulletedUnits(doc: TextDoc, k: number): boolean {
  return bulletedUnit(doc, k) && bulletedUnit(doc, k + 2);
}

function bulletedUnit(doc: TextDoc, k: number): boolean {
  const next = doc.blocks[k + 2];
  return next !== undefined && startsWithBullet(next.text) && underBulletedHeadline(doc, k + 1);
}

/** Whether block `k`, prose without a bullet, stands right under a bulleted headline (no sentence end). */
function underBulletedHeadline(doc: TextDoc, k: number): boolean {
  const head = doc.blocks[k - 1];
  const excerpt = doc.blocks[k];
  if (!head || !excerpt || !startsWithBullet(head.text) || startsWithBullet(excerpt.text))
    return false;
  if (head.text.length > TEASER_TITLE || endsSentence(head.text)) return false;
  if (afterList(doc, k)) return false;
  return doc.roles.get(k) === 'body' && weightOf(doc, excerpt) > 0;
}

/**
 * Whether block `k`, a paragraph right under a list's bulleted item, follows
 * the list rather than belonging to the item: w3m and lynx indent an item's
 * own text under its bullet, so a paragraph set left of the bullet is the
 * text going on after the list.
 */
export function afterList(doc: TextDoc, k: number): boolean {
  const item = doc.blocks[k - 1];
  const b = doc.blocks[k];
  if (!item || !b || !startsWithBullet(item.text) || startsWithBullet(b.text)) return false;
  return bodyLike(b.text) && indentOf(doc.input, b.start) < indentOf(doc.input, item.start);
}

/** Most spaces read back from a block's start for its indentation. */
const MAX_INDENT = 40;

/** Spaces and tabs between a block's start and the line break before it (at most {@link MAX_INDENT}). */
function indentOf(input: string, start: number): number {
  let n = 0;
  while (n < MAX_INDENT && start - n > 0) {
    const c = input.charCodeAt(start - n - 1);
    if (c !== 0x20 && c !== 0x09) break;
    n++;
  }
  return n;
}

/** Lines after a teaser's excerpt searched for the next one. */
const UNIT_REACH = 5;

/** Whether block `k` is body text that weighs for the body. */
function prosy(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return b !== undefined && doc.roles.get(k) === 'body' && weightOf(doc, b) > 0;
}

/** Whether block `b` introduces a list of the article's own (`…looked like this:`), not a list of links (`Related coverage from …:`). */
export function opensList(doc: TextDoc, b: Block): boolean {
  return (
    introducesList(b.text, knownFold(doc, b.index, b.text)) &&
    !opensLikeTeaserHeading(foldedOf(doc, b))
  );
}

/** First and last block index of the chosen body, inclusive. */
export interface Region {
  first: number;
  last: number;
  weight: number;
  /** Blocks between the lead and the rest of the article (a box the body was joined over): only prose is kept there. */
  bridge?: { first: number; last: number };
  /** Blocks where the article's prose went on under a related box inside the run: no teaser's excerpt. */
  resumed?: ReadonlySet<number>;
}

/**
 * The heaviest run of blocks from `from` on, crossing no wall (Kadane's
 * maximum-sum run, one pass). Blocks with the role `body` are weighed by
 * their text; other claimed blocks weigh {@link CLAIMED}. When the input was
 * `cut` mid-sentence, its last block is the stub of a body paragraph.
 */
export function chooseRegion(
  doc: TextDoc,
  from: number,
  cut = false,
  anchored = false,
): Region | undefined {
  let best: Region | undefined;
  // The first run, right under the header: the article's lead when a box (a job carousel) splits the article.
  let opening: Region | undefined;
  let openingDone = false;
  let wallAfterOpening = Number.POSITIVE_INFINITY;
  let runStart = -1;
  let run = 0;
  let gap = 0;
  // Past a comment thread's start, text is the readers': it must weigh six times the article found before it.
  let damp = 1;
  let underTeasers = false;
  // A related box inside the run: the run's weight and start at its heading, and its claimed links.
  let boxRun = 0;
  let boxStart = -2;
  let boxLinks = 0;
  const resumed = new Set<number>();
  // Lines of the list right under the last teaser heading so far (-1: none goes on), see listedUnder.
  let listItems = -1;
  let proseSeen = 0;
  let spacedSeen = 0;
  // Items taken since a sentence introducing a list (`…looked like this:`); MAX_LIST when no list is open.
  let listed = MAX_LIST;
  const start = Math.max(0, from);
  const reach = runReach(doc, start, cut);
  // A shop box's lines (a product's name, its price, its button: shop-boxes.ts) are a box set inside the text, no gap:
  // w3m prints three boxes in a row as a dozen lines with no prose, and the article goes on under them.
  const shop = new Uint8Array(doc.blocks.length);
  shopBoxes(doc, start, doc.blocks.length - 1, (first, last) => shop.fill(1, first, last + 1));
  for (let k = start; k < doc.blocks.length; k++) {
    const b = doc.blocks[k];
    if (!b) break;
    // Nothing from here on can outweigh the best run: the rest of the page is not weighed.
    // (The lead's run is settled too: no run starting this far down can be it, and the first one has ended.)
    if (
      best &&
      (opening ? openingDone : k > start + LEDE_SLACK) &&
      (Math.max(run, 0) + (reach[k - start] ?? 0)) * damp < best.weight - REACH_MARGIN
    )
      break;
    if (isWall(doc, b)) {
      runStart = -1;
      run = 0;
      if (best) damp = AFTER_COMMENTS;
      if (opening) wallAfterOpening = Math.min(wallAfterOpening, k);
      continue;
    }
    const role = doc.roles.get(k);
    const heading = isTeaserHeadingBlock(doc, b);
    let w = heading
      ? TEASER_HEADING
      : role === 'body'
        ? weightOf(doc, b)
        : role === undefined
          ? 0
          : role === 'related' || role === 'read-more'
            ? (doc.boxItems?.[k] ?? 0) === 2
              ? Math.min(LINK, lineWeightOf(doc, b))
              : LINK
            : ICON_ITEM.test(b.text)
              ? 0
              : CLAIMED;
    // An empty list item (a share button's icon with no alt text, as w3m and lynx print it) right under the lead's
    // first lines: no text, so no gap between the lede and the body under it.
    // (Not under a copy of a line above it: the deck printed again under the byline is no lede.)
    if (
      w === CLAIMED &&
      opening &&
      !openingDone &&
      run > 0 &&
      BARE_BULLET.test(b.text) &&
      !printedAbove(doc, opening.first)
    )
      w = 0;
    // An embedded post's attribution (`— Name (@handle) February 17, 2020`) closes a quotation of the article's.
    // A chart's or a survey's figure (`38 %`, `$263`) between two paragraphs weighs nothing against them.
    // So does a results table's row (`EST 3 - 0 ST`, `1. EST 28 pts`) between two paragraphs of a report.
    if (w < 0 && role === 'body' && (isChartCell(b.text) || isResultLine(b.text))) w = 0;
    if (w < 0 && role === 'body' && isPostAttribution(b.text))
      w = b.text.length * ATTRIBUTION_WEIGHT;
    // The post's text over it weighs nothing against the body, however it ends (`… pic.twitter.com/x`).
    else if (w < 0 && role === 'body' && isPostAttribution(doc.blocks[k + 1]?.text ?? '')) w = 0;
    // A paragraph signed right under it, another such a few lines away: units of a box of other articles.
    if (w > 0 && role === 'body' && bylinedUnit(doc, k, (j) => prosy(doc, j))) w = SHORT;
    // Under a teaser heading, a cut excerpt (`…`, read-more) is a teaser's, until prose of the article's own comes back.
    // A paragraph alone between short lines there is a teaser's excerpt too: the article's prose comes back as a run.
    // An excerpt is prose all the same: a box of teasers is no gap in the page's text.
    const prose = w > 0;
    const row =
      role === 'body' &&
      !heading &&
      w < 0 &&
      w !== FURNITURE_WEIGHT &&
      // A layout table's row of cells side by side (w3m) is no gap either: a grid of pictures, dates and headlines.
      (isRow(b, listed) || dashRow(doc, k) || paddedGaps(b.text) >= 2);
    if (row) {
      w = 0;
      listed++;
    } else if (listed < MAX_LIST && w > 0 && b.blankBefore === 0 && !endsSentence(b.text)) {
      // A long item of the open list (two items a renderer printed on one line) keeps it open.
      listed++;
    } else listed = w !== FURNITURE_WEIGHT && opensList(doc, b) ? 0 : MAX_LIST;
    // Items of the list right under a teaser heading, this block among them (-1: no such list goes on here):
    // told from the article only when most of its paragraphs above stood a blank line apart.
    if (heading) listItems = spacedSeen * 2 > proseSeen ? 0 : -1;
    else if (listItems >= 0 && listItems < MAX_BOX_ITEMS && listedUnder(b)) listItems++;
    else listItems = -1;
    if (heading) {
      boxStart = run > 0 ? runStart : -2;
      boxRun = run;
      boxLinks = 0;
    } else if (underTeasers && w <= 0) {
      // Unclaimed lines after its last link other than furniture (an ad's label): the box gave way to something else.
      if (role === 'related') boxLinks++;
      else if (role === 'body' && !furnitureOf(doc, b)) boxLinks = 0;
    }
    if (heading || bulletedUnits(doc, k)) underTeasers = true;
    // The article's own header (its title, byline, date or source line) closes any box of teasers above it.
    else if (role !== undefined && HEADER_ROLES.has(role)) underTeasers = false;
    else if (underTeasers && w > 0) {
      if (
        // A headline with its dek glued on, in the list right under its heading: the article's prose comes back a blank line apart.
        listItems > 0 ||
        teaserLike(b.text) ||
        loneExcerpt(doc, k) ||
        underBulletedHeadline(doc, k) ||
        // A headline alone on its line (no excerpt): a link of the box, however long.
        headlineShaped(b.text) ||
        // A ranked list's entry (`1. <headline> <dek>`): a most-read ranking.
        startsWithOrderedNumber(b.text)
      )
        w = SHORT;
      else {
        underTeasers = false;
        // The article's prose going on under a box the related recogniser claimed, the run carried over it:
        // a box inside the text, not the body's end; what it cost the run is given back.
        if (
          boxLinks > 0 &&
          runStart === boxStart &&
          run > 0 &&
          // (Prose of the article's register: weighed at its full length, not a short line's share.)
          w >= b.text.length &&
          endsSentence(b.text) &&
          !repeatedUnit(doc, k)
        ) {
          w += boxRun - run;
          resumed.add(k);
        }
        boxLinks = 0;
      }
    }
    // Paragraphs of prose so far, and those among them a blank line under the line above.
    if (w > 0 && b.text.length >= SPACED_PROSE) {
      proseSeen++;
      if (b.blankBefore > 0) spacedSeen++;
    }
    // A dump cut at a byte limit stops inside its last paragraph: that stub goes on the body when it holds five words,
    // or when the body's run reaches it and it reads as a sentence's start; alone, or every word capitalised, a last
    // short line is a link or a name the copy stopped after (`Privacy policy`, `WordPress Admin`).
    if (
      cut &&
      role === 'body' &&
      k === doc.blocks.length - 1 &&
      w !== FURNITURE_WEIGHT &&
      (spacesAtLeast(b.text, STUB_SPACES) || (run > 0 && !capitalisedWords(b.text)))
    )
      w = Math.max(w, 1);
    // A long stretch with no prose (a menu, a list of teasers) ends the body whatever follows it.
    // A table's rows are neither: a long table is no gap.
    // So are a chart's cells (`$263`, `’17`) printed between two paragraphs: a figure, not a gap.
    // A line printed twice in a row counts once: w3m prints a picture's alt text over its caption or link (`Name` ⏎ `Name`),
    // where Chromium prints the line once.
    if (prose) gap = 0;
    else if (!row && shop[k] === 0 && !isChartCell(b.text) && (role !== 'body' || !altCopy(doc, b)))
      gap++;
    if (gap >= MAX_GAP) runStart = -1;
    if (runStart < 0 || run <= 0) {
      if (opening) openingDone = true;
      if (w <= 0) continue;
      runStart = k;
      run = 0;
    }
    run += w;
    if (!opening && runStart <= from + LEDE_SLACK && !headedBefore(doc, from, runStart))
      opening = { first: runStart, last: k, weight: run };
    else if (opening && !openingDone && run > opening.weight)
      // (A literal, not a spread: this runs on each block of the first run. The lead has no bridge.)
      opening = { first: opening.first, last: k, weight: run };
    if (!best || run * damp > best.weight) best = { first: runStart, last: k, weight: run * damp };
  }
  if (anchored && best && opening && wallAfterOpening > best.first)
    best = withLead(best, opening, boxedLede(doc, opening, best));
  if (best) best = withRecipe(doc, start, best);
  if (best) best.resumed = resumed;
  return (
    best &&
    withSalutation(
      doc,
      withBrokenSentence(
        doc,
        withBrokenTail(
          doc,
          withSchedule(
            doc,
            withEntryHeading(
              doc,
              withHeadedLists(doc, withListsAbove(doc, withIntroducedList(doc, best), start)),
            ),
          ),
        ),
      ),
    )
  );
}

/** Longest line read as a picture's alt text printed again. */
const ALT_MAX = 80;

/**
 * Whether block `b` prints the line right above it again, no blank line
 * between, as one pair (no third copy on either side: a gallery's run of one
 * caption is no pair), neither of them furniture (a share button printed twice).
 */
function altCopy(doc: TextDoc, b: Block): boolean {
  const a = doc.blocks[b.index - 1];
  return (
    b.blankBefore === 0 &&
    b.text.length <= ALT_MAX &&
    a?.text === b.text &&
    doc.blocks[b.index - 2]?.text !== b.text &&
    doc.blocks[b.index + 1]?.text !== b.text &&
    !furnitureOf(doc, b)
  );
}

/** Blocks above a line searched for the same line printed before it. */
const COPY_REACH = 12;

/** Whether block `k`'s text was printed a few blocks above it (a deck printed again under the byline). */
function printedAbove(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  if (!b) return false;
  const key = foldedOf(doc, b);
  for (let j = k - 1; j >= 0 && j >= k - COPY_REACH; j--) {
    const a = doc.blocks[j];
    if (a && a.text.length === b.text.length && foldedOf(doc, a) === key) return true;
  }
  return false;
}

/** Records a run of blocks a refiner took into the body on purpose (see TextDoc.takenIn). */
function takeIn(doc: TextDoc, run: { first: number; last: number }): void {
  doc.takenIn ??= [];
  doc.takenIn.push(run);
}

/** Fewest entries of a schedule taken into the body. */
const MIN_SCHEDULE = 4;
/** Longest heading over a schedule (`The Doobie Brothers Tour Dates`). */
const MAX_SCHEDULE_HEADING = 80;

/**
 * Refiner: a schedule right under the body's last paragraph, a heading
 * allowed over it (`Tour Dates`, `Le programme`), belongs to the article:
 * four lines or more, no blank line between them, each opening with a day and
 * a month (`June 9 – West Palm Beach, FL`, `12 juin : Casablanca`). A list of
 * other articles' headlines never opens so.
 */
function withSchedule(doc: TextDoc, region: Region): Region {
  // The run may already end inside the schedule (its first entries weigh nothing, as a list's rows).
  let first = region.last + 1;
  while (
    first - 1 > region.first &&
    (doc.blocks[first]?.blankBefore ?? 0) === 0 &&
    opensWithDayMonth(doc.blocks[first - 1]?.text ?? '')
  )
    first--;
  // Its heading, under the run's prose or past its end.
  const head = doc.blocks[first];
  const headed = head !== undefined && scheduleHeading(head.text) ? first : -1;
  const start = headed >= 0 ? first + 1 : first;
  let last = -1;
  for (let k = start; k < doc.blocks.length && k - start < MAX_LIST; k++) {
    const b = doc.blocks[k];
    if (!b || (k > start && b.blankBefore > 0)) break;
    if (doc.roles.get(k) !== 'body' || b.text.length > 200 || isWall(doc, b)) break;
    if (!opensWithDayMonth(b.text)) break;
    last = k;
  }
  if (last < 0 || last - start + 1 < MIN_SCHEDULE) return region;
  // The heading right above entries the run already holds is taken in with them.
  const above = doc.blocks[start - 1];
  const from = headed < 0 && above !== undefined && scheduleHeading(above.text) ? start - 1 : start;
  takeIn(doc, { first: headed >= 0 ? headed : from, last });
  return last > region.last ? { ...region, last } : region;
}

/** Whether a line may head a schedule: short, no sentence, no entry itself. */
function scheduleHeading(text: string): boolean {
  return text.length <= MAX_SCHEDULE_HEADING && !endsSentence(text) && !opensWithDayMonth(text);
}

/** Blocks above the run's first and under its last searched for a recipe card's ingredients heading. */
const RECIPE_REACH = 40;

/**
 * Refiner: a recipe card (recipe.ts) right above or under the run, or
 * overlapping it, joins the body, no wall between: its ingredients and steps
 * are the page's text. Lines between the run and the card are a bridge where
 * only prose is kept.
 */
function withRecipe(doc: TextDoc, from: number, best: Region): Region {
  const hi = Math.min(doc.blocks.length - 1, best.last + RECIPE_REACH);
  let card: { first: number; last: number } | undefined;
  // A card wholly inside the run changes nothing: the run's middle is skipped.
  const skipFrom = best.first;
  const skipTo = best.last - RECIPE_REACH;
  for (let k = Math.max(from, best.first - RECIPE_REACH); k <= hi && !card; k++) {
    if (k === skipFrom && skipTo > skipFrom) k = skipTo;
    const b = doc.blocks[k];
    if (b && b.text.length <= 40 && isIngredientsHeading(b))
      card = recipeAt(doc.blocks, k, endsSentence);
  }
  if (!card) return best;
  // A card inside the run: its lines and those between the run's start and it (servings, times) are the page's text.
  if (card.first >= best.first && card.last <= best.last) {
    takeIn(doc, { first: best.first, last: card.last });
    return best;
  }
  // A card above the run takes the recipe's introduction right above it with it (its prose, down to the header).
  let first = Math.min(card.first, best.first);
  if (card.first < best.first) while (first > from && prosy(doc, first - 1)) first--;
  const last = Math.max(card.last, best.last);
  for (let k = first; k <= last; k++) {
    const b = doc.blocks[k];
    if (b && isWall(doc, b)) return best;
  }
  const gap =
    card.first > best.last
      ? { first: best.last + 1, last: card.first - 1 }
      : card.last < best.first
        ? { first: card.last + 1, last: best.first - 1 }
        : undefined;
  if (gap && best.bridge) return best;
  const bridge = gap ?? best.bridge;
  takeIn(doc, card);
  return { first, last, weight: best.weight, ...(bridge ? { bridge } : {}) };
}

/**
 * Refiner: the run's first block continues, in lower case and with no blank
 * line between, the sentence a body line right above it opens (`Der
 * Wettbewerb für Kinder⏎findet in diesem Jahr …`, a paragraph broken by line
 * breaks): that line is where the run starts.
 */
function withBrokenSentence(doc: TextDoc, best: Region): Region {
  const above = best.first - 1;
  const line = doc.blocks[above];
  if (!line || doc.roles.get(above) !== 'body' || !sentenceTail(line, doc.blocks[best.first]))
    return best;
  return { ...best, first: above };
}

/** Fewest words of a line whose sentence goes on under it, for {@link withBrokenTail}. */
const BROKEN_WORDS = 4;

/**
 * Whether `text` stops on a function word in small letters (`… sende deine
 * Botschaft an die`): the sentence goes on on the next line, no heading or
 * menu entry ends so.
 */
export function endsOnFunctionWord(text: string): boolean {
  const t = text.trimEnd();
  const space = t.lastIndexOf(' ');
  if (space < 0) return false;
  const word = t.slice(space + 1);
  return (
    word.toLowerCase() === word &&
    FUNCTION_WORDS.has(word) &&
    wordsUpTo(t, BROKEN_WORDS) >= BROKEN_WORDS
  );
}

/**
 * Refiner: a sentence broken over two lines right under the run's last block,
 * no blank line between any of them (`Mach dir Gedanken und sende sie an
 * die⏎Berliner*innen und ihre Gäste.`): the first line stops on a function
 * word, the second closes the sentence. Both are the text's, however short.
 */
function withBrokenTail(doc: TextDoc, best: Region): Region {
  const line = doc.blocks[best.last + 1];
  const next = doc.blocks[best.last + 2];
  if (
    !line ||
    !next ||
    line.blankBefore !== 0 ||
    next.blankBefore !== 0 ||
    doc.roles.get(line.index) !== 'body' ||
    doc.roles.get(next.index) !== 'body' ||
    !endsSentence(next.text) ||
    !endsOnFunctionWord(line.text)
  )
    return best;
  return { ...best, last: best.last + 2 };
}

/**
 * Refiner: a letter's salutation (`Dear readers,`, `Liebe_r Besucher_in,`) on
 * the body line right above the run, one blank line at most between: the
 * text's opening line, however short, so the run starts there.
 */
function withSalutation(doc: TextDoc, best: Region): Region {
  const above = best.first - 1;
  const line = doc.blocks[above];
  const first = doc.blocks[best.first];
  if (
    !line ||
    !first ||
    first.blankBefore > 1 ||
    doc.roles.get(above) !== 'body' ||
    !isSalutation(line.text)
  )
    return best;
  return { ...best, first: above };
}

/** Roles of an article's header lines: a box of teasers above one has ended (a menu's `Latest news` over the article). */
const HEADER_ROLES: ReadonlySet<Role> = new Set<Role>(['title', 'byline', 'date', 'source']);

/** Slack under the best run's weight for the stop test, far above any rounding in the sums. */
const REACH_MARGIN = 1e-6;

/**
 * The most each block from `start` on, with all those after it, can add to
 * a run: `reach[k - start]` sums the shape weight ({@link lineWeight}) of
 * every body block from `k` on that weighs for the body. The weight
 * chooseRegion gives a block is never more than this: furniture, consent
 * notices and long captions weigh less than their shape, teaser headings and
 * lines under them weigh against, claimed and unclaimed blocks weigh nothing
 * or less, a row weighs nothing; only the stub of a `cut` text's last block
 * can weigh 1, and an embedded post's attribution its length times
 * {@link ATTRIBUTION_WEIGHT} whatever its shape (both counted here). Walls and
 * long gaps only end runs.
 */
function runReach(doc: TextDoc, start: number, cut: boolean): Float64Array {
  const n = doc.blocks.length;
  const reach = new Float64Array(Math.max(0, n - start) + 1);
  let sum = cut ? 1 : 0;
  for (let k = n - 1; k >= start; k--) {
    const b = doc.blocks[k];
    if (b && doc.roles.get(k) === 'body') sum += Math.max(0, lineWeightOf(doc, b), postWeight(b));
    reach[k - start] = sum;
  }
  return reach;
}

/** The most an embedded post's attribution line weighs in chooseRegion (0 for any other line). */
function postWeight(b: Block): number {
  return isPostAttribution(b.text) ? b.text.length * ATTRIBUTION_WEIGHT : 0;
}

/**
 * Whether a short line that weighs against the body is a row that weighs
 * nothing instead: a table's row, or an item (or a label over items) of a list
 * a sentence opened `listed` items ago, its items following with no blank line
 * (w3m and lynx set one around a group's label and its bulleted items).
 */
function isRow(b: Block, listed: number): boolean {
  if (isTableRow(b.text)) return true;
  if (listed >= MAX_LIST || b.text.length > 200) return false;
  return listed === 0 || b.blankBefore === 0 || startsWithBullet(b.text) || isListLabel(b.text);
}

/** Longest line read as an item of a list written with dashes. */
const MAX_DASH_ITEM = 200;

/** Whether a line opens with an en or em dash and a space (`– Name muss genannt werden`). */
function opensWithDash(text: string): boolean {
  const c = text.charCodeAt(0);
  return text.length > 2 && (c === 0x2013 || c === 0x2014) && text.charCodeAt(1) === 0x20;
}

/**
 * Whether block `k` is an item of a list written with dashes: two dash-led
 * lines or more set with no blank line between (`– Name muss genannt werden`
 * ⏎ `– sonst ist alles erlaubt`). Such a list is the author's (renderers print
 * their own bullets as `*`, `+`, `o`, `•`): a row, no gap in the body.
 */
function dashRow(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  if (!b || b.text.length > MAX_DASH_ITEM || !opensWithDash(b.text)) return false;
  const prev = doc.blocks[k - 1];
  const next = doc.blocks[k + 1];
  return (
    (b.blankBefore === 0 && prev !== undefined && opensWithDash(prev.text)) ||
    (next !== undefined && next.blankBefore === 0 && opensWithDash(next.text))
  );
}

/**
 * Refiner: the article's lead right under a dated header joined to the
 * heavier run below it, when a box (a job carousel) split the two and no wall
 * stands between: the box's lines between are the `bridge`, where only prose is kept.
 */
function withLead(best: Region, opening: Region, boxed = false): Region {
  if (opening.weight < (boxed ? BOXED_LEDE_MASS : LEDE_MASS) || best.first <= opening.last)
    return best;
  return {
    first: opening.first,
    last: best.last,
    weight: best.weight + opening.weight,
    bridge: { first: opening.last + 1, last: best.first - 1 },
  };
}

/** Weight a one-sentence lede must reach when only a labelled box of headlines parts it from the article. */
const BOXED_LEDE_MASS = 80;
/** Most lines of such a box: its heading and a few headlines. */
const MAX_BOX_LINES = 7;

/**
 * Whether the opening run is a lede ending its sentence and only a labelled
 * box of headlines (`Related` over two or three titles, no sentence among
 * them) stands between it and the heavier run below: a related box set
 * between the lede and the rest of the article.
 */
function boxedLede(doc: TextDoc, opening: Region, best: Region): boolean {
  const lede = doc.blocks[opening.last];
  const from = opening.last + 1;
  const to = best.first - 1;
  if (!lede || !endsSentence(lede.text) || to < from || to - from + 1 > MAX_BOX_LINES) return false;
  const heading = doc.blocks[from];
  if (!heading || !isTeaserHeadingBlock(doc, heading)) return false;
  for (let k = from + 1; k <= to; k++) {
    const b = doc.blocks[k];
    if (!b || b.text.length > TEASER_TITLE || endsSentence(b.text)) return false;
  }
  return true;
}

/** Whether a line of the page's own (no furniture, no claimed line) stands between the header's end and block `k`: a heading over a box (`Latest Headlines`), not the lead. */
function headedBefore(doc: TextDoc, from: number, k: number): boolean {
  for (let j = from; j < k; j++) {
    const b = doc.blocks[j];
    if (b && doc.roles.get(j) === 'body' && !isFurnitureIn(doc, b)) return true;
  }
  return false;
}

/** Blocks under the header within which the first run must start to be the article's lead. */
const LEDE_SLACK = 4;
/** Weight the lead must reach: a paragraph or two, not a teaser line. */
const LEDE_MASS = 300;

/** Most items of a list taken into the body after the sentence that introduces it. */
const MAX_LIST = 80;

/** Whether `b` reads as one of a list's items right under the line before it: no blank line between, no sentence end. */
function listItemLine(b: Block | undefined): boolean {
  return b !== undefined && b.blankBefore === 0 && !endsSentence(b.text);
}

/**
 * Refiner: a list the body's last sentence introduces (`The tour dates:`,
 * `You will need:`) belongs to the body, item lines weighing against it or
 * not: its lines that follow with no blank line between them, up to the first
 * furniture, wall or teaser heading. The run may already end on some of its
 * items (a long one, two items printed on one line, weighs as prose). A list
 * of units set a blank line apart (a place's name over its line, as blogs and
 * w3m print them) goes on over the blank line while each unit holds as many
 * lines as the first and a blank line closes it. A shorter label closing the
 * run (`Das Wichtigste im Überblick:`, {@link closingLabel}) opens such a list too:
 * the label and its items are taken in on purpose, as a sentence's would be.
 */
function withIntroducedList(doc: TextDoc, region: Region): Region {
  let at = region.last;
  while (at > region.first && region.last - at < MAX_LIST && listItemLine(doc.blocks[at])) at--;
  const intro = doc.blocks[at];
  if (!intro) return region;
  // A label closing the run (`Das Wichtigste im Überblick:`) is no sentence: its items are taken in with it, on purpose.
  const label = !opensList(doc, intro) && at === region.last && closingLabel(doc, intro);
  if (!label && !opensList(doc, intro)) return region;
  let last = region.last;
  for (let k = region.last + 1; k <= region.last + MAX_LIST; k++) {
    const b = doc.blocks[k];
    // The first item may stand one blank line under the sentence (a code block, a list set apart).
    if (!b || b.blankBefore > (k === region.last + 1 ? 1 : 0) || b.text.length > 200) break;
    if (!listItem(doc, b)) break;
    last = k;
  }
  // Units of the list's first unit's size, each closed by a blank line.
  const size = last - at;
  let grouped = last;
  while (size >= 2 && grouped - at < MAX_LIST && unitAt(doc, grouped + 1, size)) grouped += size;
  if (label && last > at) takeIn(doc, { first: at, last });
  if (grouped > last) takeIn(doc, { first: last + 1, last: grouped });
  return grouped === region.last ? region : { ...region, last: grouped };
}

/** Longest heading over a list of the text's own ({@link headedListAt}). */
const MAX_LIST_HEADING = 80;
/** Longest item of such a list: a line, no paragraph. */
const MAX_LIST_ITEM = 120;

/**
 * Refiner: lists of the page's own text right under the run's last block
 * (one blank line at most), each under its heading (`Ihre Aufgaben`, `Nos
 * valeurs`, `Features`): a product's features, a job advert's tasks, an
 * association's values, short lines that weigh against the body one by one.
 * A sentence closing the text under them (`Wir freuen uns auf Ihre
 * Bewerbung!`) goes with them, and ends them: a box under that sentence (a
 * sidebar's heading over its links, a footer's line under them) is held by
 * nothing of the story's. A lone word
 * the body's reader left out as a menu entry may head a list (`Pros`,
 * `Cons`). See {@link headedListAt} for what such a list holds.
 */
function withHeadedLists(doc: TextDoc, region: Region): Region {
  // The last block taken (the sentence closing the lists), and the last block read.
  let last = region.last;
  let at = region.last;
  for (let end = listBelowAt(doc, at + 1); end > at; end = listBelowAt(doc, at + 1)) {
    at = end;
    // The text's sentence under the lists holds them in the text: a menu or a box of links has none under it.
    const close = closingLineAt(doc, at + 1) ? at + 1 : -1;
    if (close > at) {
      takeBack(doc, last + 1, close);
      takeIn(doc, { first: last + 1, last: close });
      at = close;
      last = at;
      break;
    }
  }
  return last === region.last ? region : { ...region, last };
}

/** The last block of a headed list ({@link headedListAt}) or a definition list ({@link definitionListAt}) opening at block `k`, or -1. */
function listBelowAt(doc: TextDoc, k: number): number {
  const end = headedListAt(doc, k);
  return end >= 0 ? end : definitionListAt(doc, k);
}

/** A contents entry's number (`1.Le matériel`, `2. Découper …`), the renderer's space after it or none. */
const NUMBERED_ENTRY = /^\d{1,2}\./;

/**
 * Refiner: the same lists right above the run's first block, under a sentence
 * of the text's (`Bring your spare seeds.` ⏎ `Programme` ⏎ timed items ⏎ the
 * run): the text's opening lines above them and the lists start the body, the
 * run having started under them (each of the lists' lines weighs against it,
 * and the opening lines weigh less than the closing one). The sentence and the
 * lines of the text's right above it (to the header's end, `start`) come in.
 * A table of contents there (numbered entries) is no such list.
 */
function withListsAbove(doc: TextDoc, region: Region, start: number): Region {
  // A list's last item stands right under the line above it, no sentence's end (a gate: most runs open under prose).
  const item = doc.blocks[region.first - 1];
  if (
    (doc.blocks[region.first]?.blankBefore ?? 2) > 1 ||
    !item ||
    item.blankBefore > 0 ||
    endsSentence(item.text)
  )
    return region;
  const top = listsTopAbove(doc, region.first, start);
  const above = doc.blocks[top - 1];
  // The lists' first heading stands a blank line under the sentence, as a section's does (a menu's lines hang under the alert over it).
  const gapped = (doc.blocks[top]?.blankBefore ?? 0) > 0;
  if (top === region.first || top - 1 < start || !above || !gapped || !closingLine(doc, above))
    return region;
  // A table of contents between the intro and the text (`Sommaire` ⏎ `1.Le matériel …`) is no list of the text's.
  // Nor is a menu over the page's headline (a trail, an account link among its lines): no line of the lists is furniture.
  for (let j = top; j < region.first; j++) {
    const b = doc.blocks[j];
    if (!b || NUMBERED_ENTRY.test(b.text) || furnitureOf(doc, b)) return region;
  }
  let first = top - 1;
  for (let k = first - 1; k >= start; k--) {
    const b = doc.blocks[k];
    if (!b || doc.roles.get(k) !== 'body' || weightOf(doc, b) <= 0 || isFurnitureIn(doc, b)) break;
    first = k;
  }
  takeBack(doc, top, region.first - 1);
  takeIn(doc, { first, last: region.first - 1 });
  return { ...region, first };
}

/**
 * The first heading of the headed lists ({@link headedListAt}) standing right above block `first`, one under
 * the other, none above block `start`; `first` when none ends right above it. An item over two more reads as a
 * heading over them too: the topmost heading whose list ends there is taken.
 */
export function listsTopAbove(doc: TextDoc, first: number, start: number): number {
  let top = first;
  for (;;) {
    // A list read from heading `h` ends at `top - 1` ({@link headedListAt}) when block `top` goes on as no item
    // and every block from `h + 2` to `top - 1` does, line after line: both are read once here, not walked again
    // from each heading (a menu of short lines over the run is one list of items for every line of it).
    if (listItemUnder(doc, top)) break;
    let head = -1;
    for (let h = top - 3; h >= start && top - h <= MAX_LIST; h--) {
      const b = doc.blocks[h];
      // A list's heading and items are lines of the text's (a line left out or claimed ends the search).
      if (!b || !listRow(doc, b)) break;
      // A line between that is no item ends every list from a heading higher up above it.
      if (!listItemUnder(doc, h + 2)) break;
      if (listHeading(doc, h) && firstListItem(doc, h)) head = h;
      // Its items stand line after line, the first a blank line under its heading at most: no heading is higher.
      if ((doc.blocks[h + 1]?.blankBefore ?? 2) > 0) break;
    }
    if (head < 0) break;
    top = head;
  }
  return top;
}

/** Whether block `b` may stand in a headed list, as an item or a heading ({@link listLine}, {@link loneWordHeading}). */
export function listRow(doc: TextDoc, b: Block): boolean {
  return listLine(doc, b) || loneWordHeading(doc, b);
}

/**
 * Gives blocks `first`–`last` of headed lists back to the body: lines a latest-news run claimed (Chromium prints
 * headings and items with no blank line) and lone words the body's reader left out as menu entries (`Pros`,
 * `Programme`), read as headings here.
 */
function takeBack(doc: TextDoc, first: number, last: number): void {
  for (let j = first; j <= last; j++) {
    const role = doc.roles.get(j);
    if (role === 'ticker' || role === 'boilerplate') doc.roles.set(j, 'body');
  }
}

/** {@link listItem}, or a line a latest-news run claimed (see {@link withHeadedLists}): a line of a headed list. */
function listLine(doc: TextDoc, b: Block): boolean {
  if (doc.roles.get(b.index) !== 'ticker') return listItem(doc, b);
  return !isWall(doc, b) && !isTeaserHeadingBlock(doc, b) && !isFurnitureIn(doc, b);
}

/** Fewest words of the sentence under a list that holds it in the text (`Wir freuen uns auf Ihre Bewerbung!`). */
const CLOSING_LINE_WORDS = 4;

/**
 * Whether block `b` is a sentence of the text's under a list: four words or
 * more, a function word among them, a sentence's end, weighing for the body.
 */
function closingLine(doc: TextDoc, b: Block): boolean {
  if (!endsSentence(b.text) || weightOf(doc, b) <= 0 || !listLine(doc, b)) return false;
  const { words, functionWords } = countWords(b.text);
  return words >= CLOSING_LINE_WORDS && functionWords > 0;
}

/** Whether block `k` is a sentence of the text's ({@link closingLine}) a blank line at most under the block above. */
function closingLineAt(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return b !== undefined && b.blankBefore <= 1 && closingLine(doc, b);
}

/** Whether block `k` reads as a short heading of the text's (no sentence's end, no bullet) a blank line at most under the block above. */
function listHeading(doc: TextDoc, k: number): boolean {
  const head = doc.blocks[k];
  return (
    head !== undefined &&
    head.blankBefore <= 1 &&
    head.text.length <= MAX_LIST_HEADING &&
    !endsSentence(head.text) &&
    !startsWithBullet(head.text) &&
    listRow(doc, head)
  );
}

/** Longest lone word the body's reader leaves out as a menu entry (read-body.ts). */
const LONE_WORD = 22;

/**
 * Whether block `b` is a lone word the body's reader left out as a menu entry
 * (`Pros`, `Cons`, `Programme`) that may head a list of the text's: one word,
 * no furniture, no teaser heading (`Related`), no wall.
 */
function loneWordHeading(doc: TextDoc, b: Block): boolean {
  return (
    doc.roles.get(b.index) === 'boilerplate' &&
    b.text.length <= LONE_WORD &&
    !/\s/u.test(b.text) &&
    !isWall(doc, b) &&
    !isTeaserHeadingBlock(doc, b) &&
    !isFurnitureIn(doc, b)
  );
}

/**
 * The last block of a list under its heading opening at block `k` (-1: none):
 * a short heading (no sentence's end, no bullet) a blank line at most under
 * the block above, then two items or more, line after line with no blank
 * line between (the first may stand a blank line under the heading when
 * bulleted, as w3m and lynx print it). Each item holds two words or more, no
 * price and no date (a shop's tiles, an agenda), and none of its lines is
 * furniture, a wall, a teaser heading or a line another recogniser claimed
 * (a related box's links).
 */
export function headedListAt(doc: TextDoc, k: number): number {
  if (!listHeading(doc, k)) return -1;
  let end = -1;
  for (let j = k + 1; j < doc.blocks.length && j - k <= MAX_LIST; j++) {
    const b = doc.blocks[j];
    if (!b || b.blankBefore > (j === k + 1 && startsWithBullet(b.text) ? 1 : 0)) break;
    if (!listItemText(doc, b)) break;
    end = j;
  }
  return end >= k + 2 ? end : -1;
}

/**
 * The last block of a definition list under its heading opening at block `k` (-1: none): a short heading as
 * {@link headedListAt} reads one, then two pairs or more of a term over its value ({@link termAt}), the first a
 * blank line under the heading at most, the next right under the pair above (w3m) or a blank line under it (lynx).
 */
function definitionListAt(doc: TextDoc, k: number): number {
  if (!listHeading(doc, k)) return -1;
  let end = -1;
  let j = k + 1;
  while (j - k <= MAX_LIST && (doc.blocks[j]?.blankBefore ?? 2) <= 1 && termAt(doc, j)) {
    end = j + 1;
    j += 2;
  }
  return end >= k + 4 ? end : -1;
}

/**
 * Whether block `j` is a definition list's term over its value (`Lundi` ⏎ `8 h 30 - 12 h`, `Motor` ⏎
 * `Mittelmotor, 65 Nm`): a lone word the body's reader left out as a menu entry ({@link loneWordHeading}) with an
 * item's line right under it, no blank line between, as browsers and w3m print `<dt>` over `<dd>`, and nothing
 * more under the value than the next term or a blank line (a kicker over a teaser's headline has its excerpt
 * right under the headline).
 */
function termAt(doc: TextDoc, j: number): boolean {
  const b = doc.blocks[j];
  const value = doc.blocks[j + 1];
  const after = doc.blocks[j + 2];
  return (
    b !== undefined &&
    value !== undefined &&
    value.blankBefore === 0 &&
    loneWordHeading(doc, b) &&
    listItemText(doc, value) &&
    (after === undefined || after.blankBefore > 0 || loneWordHeading(doc, after))
  );
}

/** Whether block `b` holds what an item of a headed list holds ({@link headedListAt}), its place aside. */
function listItemText(doc: TextDoc, b: Block): boolean {
  const item = b.text.slice(listBulletLength(b.text));
  return !(
    b.text.length > MAX_LIST_ITEM ||
    wordsUpTo(item, 2) < 2 ||
    holdsPrice(item) ||
    opensWithDayMonth(item) ||
    !listLine(doc, b)
  );
}

/** Whether block `j` is an item of a headed list right under the item above it (no blank line between). */
function listItemUnder(doc: TextDoc, j: number): boolean {
  const b = doc.blocks[j];
  return b !== undefined && b.blankBefore === 0 && listItemText(doc, b);
}

/** Whether the block under heading `k` is its list's first item (a blank line between when bulleted). */
function firstListItem(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k + 1];
  return (
    b !== undefined && b.blankBefore <= (startsWithBullet(b.text) ? 1 : 0) && listItemText(doc, b)
  );
}

/**
 * Whether block `b`, the last the run holds, is a label ending with a colon
 * (`Das Wichtigste im Überblick:`, `Unsere Tipps für den Winter:`) that weighs for the
 * body (three words or more) and announces no other articles: what it
 * introduces is the article's, as what a longer sentence does.
 */
function closingLabel(doc: TextDoc, b: Block): boolean {
  const c = b.text.charCodeAt(b.text.length - 1);
  return (
    (c === 0x3a || c === 0xff1a) &&
    doc.roles.get(b.index) === 'body' &&
    weightOf(doc, b) > 0 &&
    !opensLikeTeaserHeading(foldedOf(doc, b))
  );
}

/** Whether block `b` may be an item of a list the text introduces: body text, no wall, teaser heading or furniture. */
function listItem(doc: TextDoc, b: Block): boolean {
  if (doc.roles.get(b.index) !== 'body' || isWall(doc, b) || isTeaserHeadingBlock(doc, b))
    return false;
  return !isFurnitureIn(doc, b);
}

/**
 * Whether `size` list items open at block `k` a blank line under the one
 * above, set with no blank line between them and closed by a blank line: one
 * unit of a list of units.
 */
function unitAt(doc: TextDoc, k: number, size: number): boolean {
  for (let j = k; j < k + size; j++) {
    const b = doc.blocks[j];
    if (!b || b.blankBefore !== (j === k ? 1 : 0) || b.text.length > 200 || !listItem(doc, b))
      return false;
  }
  const after = doc.blocks[k + size];
  return after === undefined || after.blankBefore > 0;
}

/** Prose a page needs in one run, teasers left out, to be an article whatever teasers sit around it. */
const ARTICLE_MASS = 1000;

/**
 * Whether the page holds an article's worth of prose in one run of free
 * blocks, teasers (`…`, read-more) weighing against: a listing has teasers and
 * no such run; an article with a sidebar of teasers has both.
 */
export function hasArticleRun(doc: TextDoc, isTeaser: (text: string) => boolean): boolean {
  // A free block's prose weight ({@link proseWeightOf}); its furniture is looked for only when it
  // could tell: furniture weighs less than any shape, so when the shape's weight already ends the
  // run (brings it to zero or under), furniture would too.
  const prose = (run: number, b: Block): number => {
    const shape = lineWeightOf(doc, b);
    return run + shape <= 0 ? shape : proseWeightOf(doc, b);
  };
  let run = 0;
  let previous = '';
  for (const b of doc.blocks) {
    if (isWall(doc, b)) {
      run = 0;
      continue;
    }
    const role = doc.roles.get(b.index);
    // A teaser cut at a fixed length under its title (`Titre⏎Le texte coupé sans`) is no article either.
    const cutTeaser =
      !endsSentence(b.text) &&
      previous.length > 0 &&
      previous.length <= 160 &&
      !endsSentence(previous);
    previous = b.text;
    const w = role !== undefined ? CLAIMED : isTeaser(b.text) || cutTeaser ? SHORT : prose(run, b);
    run = Math.max(0, run + w);
    if (run >= ARTICLE_MASS) return true;
  }
  return false;
}
