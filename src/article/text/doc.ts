/**
 * The state of a text dump while recognisers and refiners work on it: its
 * blocks and the role each block has been given so far.
 */
import { findDates, type LineDate } from '../../dates/find-dates.js';
import type { ReferenceDay } from '../../dates/reference.js';
import type { Block } from '../../input/block.js';
import { mayReachProseLength, proseLength, stopBeforeQuote } from '../../text/chars.js';
import { fold } from '../../text/fold.js';

/** What a block of a text dump turned out to be. */
export type Role =
  | 'ticker'
  | 'boilerplate'
  | 'widget'
  | 'footer'
  | 'after-footer'
  | 'read-more'
  | 'source'
  | 'byline'
  | 'date'
  | 'listing-header'
  | 'related'
  | 'title'
  | 'title-repeat'
  | 'standfirst'
  | 'body';

const ROLE_NAMES: readonly Role[] = [
  'ticker',
  'boilerplate',
  'widget',
  'footer',
  'after-footer',
  'read-more',
  'source',
  'byline',
  'date',
  'listing-header',
  'related',
  'title',
  'title-repeat',
  'standfirst',
  'body',
];
const ROLE_CODES = new Map(ROLE_NAMES.map((r, i) => [r, i + 1]));

/** The role of each block, one byte per block (a dump can have hundreds of thousands of lines). */
export class RoleMap {
  private readonly codes: Uint8Array;
  constructor(size: number) {
    this.codes = new Uint8Array(size);
  }
  /** The block's role, if it has one. */
  get(index: number): Role | undefined {
    const code = this.codes[index] ?? 0;
    return code === 0 ? undefined : ROLE_NAMES[code - 1];
  }
  /** Whether the block has a role. */
  has(index: number): boolean {
    return (this.codes[index] ?? 0) !== 0;
  }
  /** Gives the block a role (indexes outside the dump are ignored). */
  set(index: number, role: Role): void {
    if (index >= 0 && index < this.codes.length) this.codes[index] = ROLE_CODES.get(role) ?? 0;
  }
}

/** A text dump being read. */
export interface TextDoc {
  input: string;
  blocks: Block[];
  roles: RoleMap;
  warnings: string[];
  reference?: ReferenceDay;
  /** The wrap width when the input was hard-wrapped and is read through its unwrapped view. */
  wrapWidth?: number;
  /** The page address's host labels but the last, folded (`washingtonpost`), when a `url` was given: see site-suffix.ts. */
  siteLabels?: readonly string[];
  /** The words of the page address's last path segment, when a `url` was given (`qui`, `sommes`, `nous`): see page-title.ts. */
  slug?: ReadonlySet<string>;
  /** Whether the dump ends with lynx's list of references: its bracketed numbers (`[12]`) mark links, see link-numbers.ts. */
  linkNumbered?: boolean;
  /** The margin the dump's prose is printed at once read (0: none), see heading-margin.ts. */
  proseMargin?: number;
  /** Each block's prose weight once computed (NaN until then), see body-region.ts. */
  weights?: Float64Array;
  /** Each block's weight from its shape alone, furniture not checked, once computed (NaN until then), see body-region.ts. */
  lineWeights?: Float64Array;
  /** Each block's fold head code once computed (NaN until then), see line-facts.ts. */
  heads?: Float64Array;
  /** Each block's folded text once computed, see {@link foldedOf}. */
  folded?: Array<string | undefined>;
  /** Whether each block's text is a teaser heading (0 not yet known, 1 no, 2 yes), see body-region.ts. */
  teaserHeadings?: Uint8Array;
  /** Whether each block's text is furniture (0 not yet known, 1 no, 2 yes), see body-region.ts. */
  furniture?: Uint8Array;
  /** Whether each block's text is a wall the body stops at (0 not yet known, 1 no, 2 yes), see body-region.ts. */
  walls?: Uint8Array;
  /** Whether each block's text is a pager (0 not yet known, 1 no, 2 yes), see line-facts.ts. */
  pagers?: Uint8Array;
  /** Related headlines of a box under a heading the boilerplate took (2 yes), see readBody: weighed by their shape. */
  boxItems?: Uint8Array;
  /** Runs of blocks a refiner of the body's region took in on purpose (a recipe card, a schedule), see body-region.ts: their short lines are no tail to trim. */
  takenIn?: Array<{ first: number; last: number }>;
  /** Each block's first date once read (null: none), see date.ts, and the text it was read from. */
  firstDates?: Array<LineDate | null | undefined>;
  firstDateTexts?: Array<string | undefined>;
  /** The block {@link blockFold}'s getter folds, and that getter (one per document). */
  foldTarget?: Block;
  foldGetter?: () => string;
}

/**
 * A new document over `blocks` of `input` with every field of {@link TextDoc}
 * present from the start (the optional ones undefined), in one order. Fields
 * added as each page needs them, in each page's own order, gave documents
 * many shapes, and every read of `doc.blocks` or `doc.roles` in the
 * recognisers had to tell them apart (about 2–3 % of the textified pages'
 * time); one shape reads faster, and nothing else changes.
 */
export function newTextDoc(input: string, blocks: Block[], wrapWidth?: number): TextDoc {
  return {
    input,
    blocks,
    roles: new RoleMap(blocks.length),
    warnings: [],
    reference: undefined,
    wrapWidth,
    siteLabels: undefined,
    slug: undefined,
    linkNumbered: undefined,
    proseMargin: undefined,
    weights: undefined,
    lineWeights: undefined,
    heads: undefined,
    folded: undefined,
    teaserHeadings: undefined,
    furniture: undefined,
    walls: undefined,
    pagers: undefined,
    boxItems: undefined,
    takenIn: undefined,
    firstDates: undefined,
    firstDateTexts: undefined,
    foldTarget: undefined,
    foldGetter: undefined,
  };
}

/** The document's per-block yes/no answers of one kind (0 not yet known, 1 no, 2 yes), made on first use. */
export function blockFlags(
  doc: TextDoc,
  kind: 'teaserHeadings' | 'furniture' | 'walls' | 'pagers' | 'boxItems',
): Uint8Array {
  // Each kind's field read by its name, not `doc[kind]`: a read keyed by five names in turn is looked up generically on
  // each call (V8 gives up caching it), and this is asked of nearly every block several times.
  let flags =
    kind === 'furniture'
      ? doc.furniture
      : kind === 'walls'
        ? doc.walls
        : kind === 'teaserHeadings'
          ? doc.teaserHeadings
          : kind === 'pagers'
            ? doc.pagers
            : doc.boxItems;
  if (!flags) {
    flags = new Uint8Array(doc.blocks.length);
    doc[kind] = flags;
  }
  return flags;
}

/** Block `b`'s yes/no answer of one kind, made by `compute` on first use and kept on the document ({@link blockFlags}). */
export function blockFlag(
  doc: TextDoc,
  kind: 'teaserHeadings' | 'furniture' | 'walls' | 'pagers',
  b: Block,
  compute: (doc: TextDoc, b: Block) => boolean,
): boolean {
  const known = blockFlags(doc, kind);
  const memo = known[b.index];
  if (memo) return memo === 2;
  const yes = compute(doc, b);
  known[b.index] = yes ? 2 : 1;
  return yes;
}

/** The document's per-block numbers of one kind (NaN until computed), made on first use. */
export function blockNumbers(
  doc: TextDoc,
  kind: 'weights' | 'lineWeights' | 'heads',
): Float64Array {
  // (Read by name, as the flags are.)
  let numbers =
    kind === 'weights' ? doc.weights : kind === 'lineWeights' ? doc.lineWeights : doc.heads;
  if (!numbers) {
    numbers = new Float64Array(doc.blocks.length).fill(Number.NaN);
    doc[kind] = numbers;
  }
  return numbers;
}

/** Block `b`'s number of one kind, made by `compute` on first use and kept on the document ({@link blockNumbers}). */
export function blockNumber(
  doc: TextDoc,
  kind: 'weights' | 'lineWeights' | 'heads',
  b: Block,
  compute: (doc: TextDoc, b: Block) => number,
): number {
  const numbers = blockNumbers(doc, kind);
  let n = numbers[b.index] ?? Number.NaN;
  if (Number.isNaN(n)) {
    n = compute(doc, b);
    numbers[b.index] = n;
  }
  return n;
}

/**
 * The block's text folded (see `fold`), computed once per block, long blocks
 * too: the body's walls, its repeated opening and its closing signature read
 * the same paragraphs again (kept, a pass over the Chromium renders folds
 * 4.50 M characters instead of 4.62 M; long blocks 0.29 M instead of 0.40 M).
 */
export function foldedOf(doc: TextDoc, b: Block): string {
  let cache = doc.folded;
  if (!cache) {
    cache = new Array<string | undefined>(doc.blocks.length);
    doc.folded = cache;
  }
  let f = cache[b.index];
  if (f === undefined) {
    f = fold(b.text);
    cache[b.index] = f;
  }
  return f;
}

/**
 * `text` folded, when it is block `k`'s whole text and {@link foldedOf} has
 * already folded that block; else undefined (the caller folds, if past its own
 * gate). Costs no fold: for tests asked again of text read before.
 */
export function knownFold(doc: TextDoc, k: number, text: string): string | undefined {
  const f = doc.folded?.[k];
  return f !== undefined && doc.blocks[k]?.text === text ? f : undefined;
}

/**
 * A getter of block `b`'s fold ({@link foldedOf}) for a recogniser that folds
 * only past its gate: one getter per document, pointed at `b`, so no closure is
 * made per block. It must be used before the next call for another block.
 */
export function blockFold(doc: TextDoc, b: Block): () => string {
  doc.foldTarget = b;
  let getter = doc.foldGetter;
  if (!getter) {
    getter = () => (doc.foldTarget ? foldedOf(doc, doc.foldTarget) : '');
    doc.foldGetter = getter;
  }
  return getter;
}

/** True when no recogniser has claimed the block yet. */
export function isFree(doc: TextDoc, b: Block | undefined): b is Block {
  return b !== undefined && !doc.roles.has(b.index);
}

/** Longest line taken for a title. */
export const MAX_TITLE = 250;

/** Shortest line, and shortest next line, read as one sentence broken over two lines. */
const BROKEN_MIN = 25;
const BROKEN_NEXT_MIN = 40;

/**
 * Whether `line` opens a sentence that goes on, in lower case and with no
 * blank line between, on `next` (`Der Wettbewerb für Kinder⏎findet in diesem
 * Jahr …`, a paragraph broken by line breaks), not a headline over its text.
 * A date line over a lower-case line (`par …`, `mis à jour …`) is a header's.
 */
export function brokenSentence(line: Block, next: Block | undefined): boolean {
  return (
    next !== undefined &&
    next.index === line.index + 1 &&
    next.blankBefore === 0 &&
    line.text.length >= BROKEN_MIN &&
    next.text.length >= BROKEN_NEXT_MIN &&
    /^\p{Ll}/u.test(next.text) &&
    findDates(line.text).length === 0
  );
}

/** A plain word in lower case opening a line (no name such as `iPhone`, no address such as `site.de`). */
const LOWER_WORD_START = /^\p{Ll}+[ ,]/u;
/** A sentence's stop closing a line (a byline's or a caption's credit has none). */
const TAIL_END = /[.!?]$/u;
/** A line ending on a letter: no stop, no colon, no dash, no figure. */
const LETTER_END = /\p{L}$/u;

/**
 * Whether `next` is the tail of the sentence `line` opens, as a renderer breaks
 * a paragraph at a line break (`In this article, I will explain how to⏎change
 * the size.`, or a blank line between, `Der Wettbewerb für Kinder⏎⏎findet in
 * diesem Jahr …`): {@link brokenSentence}, or `line` ends on a letter, `next`
 * opens with a plain lower-case word and closes the sentence with its stop
 * (40 characters or more under a blank line; `by X` under a deck is a byline).
 */
export function sentenceTail(line: Block, next: Block | undefined): boolean {
  if (brokenSentence(line, next)) return true;
  return (
    next !== undefined &&
    next.index === line.index + 1 &&
    next.blankBefore <= 1 &&
    line.text.length >= BROKEN_MIN &&
    LETTER_END.test(line.text) &&
    LOWER_WORD_START.test(next.text) &&
    TAIL_END.test(next.text) &&
    (next.blankBefore === 0 || next.text.length >= BROKEN_NEXT_MIN) &&
    findDates(line.text).length === 0
  );
}

/** A line that reads like a headline: short, not ending as a sentence continues. */
export function titleLike(text: string): boolean {
  return (
    text.length >= 8 &&
    text.length <= MAX_TITLE &&
    !/[,;:]$/.test(text) &&
    !/…$|\.\.\.$/.test(text) &&
    !CUT_AT_LETTER.test(text)
  );
}

/**
 * A line cut after a lone lower-case letter (`Une vue aérienne d`, an image's
 * text cut short before `d’une`): no headline ends on one.
 */
const CUT_AT_LETTER = / \p{Ll}$/u;

/**
 * Substantial body text: at least 100 characters with sentence punctuation,
 * or 150 (lengths as prose measures them, {@link proseLength}). Widgets
 * (polls, prompts) are shorter.
 */
export function bodyLike(text: string): boolean {
  // Most lines asked are a header's or a menu's, too short to measure 100 whatever their script.
  if (!mayReachProseLength(text, 100)) return false;
  // Only a line under 150 characters can be measured longer than written.
  const n = text.length >= 150 ? text.length : proseLength(text);
  // A decimal mark between figures (`2,25 في المائة`, `1.4 %`) ends no sentence: a headline may hold one.
  return n >= 150 || (n >= 100 && /[.!?؟،,。，、！？](?!\d)/u.test(text));
}

/** The marks a paragraph ends with, before a closing quote or alone. */
const PARAGRAPH_STOPS = '.!?؟…。！？';
/** A paragraph's last character when no closing quote ends it. */
const PARAGRAPH_END = /[.!?؟…)。！？」]$/u;

/** A line that reads like body text: long, or a full sentence ({@link proseLength}); a closing quote ends one after a stop only. */
export function paragraphLike(text: string): boolean {
  if (!mayReachProseLength(text, 40)) return false;
  const n = text.length >= 120 ? text.length : proseLength(text);
  return (
    n >= 120 || (n >= 40 && (stopBeforeQuote(text, PARAGRAPH_STOPS) ?? PARAGRAPH_END.test(text)))
  );
}

/** The last block with the role `body`, or -1. */
export function lastBodyBlock(doc: TextDoc): number {
  for (let k = doc.blocks.length - 1; k >= 0; k--) if (doc.roles.get(k) === 'body') return k;
  return -1;
}
