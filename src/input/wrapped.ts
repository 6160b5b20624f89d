/**
 * Hard-wrapped text (lynx dumps, mail archives, fixed-width exports): lines cut
 * at a fixed width, so one paragraph spans several lines. Found by its shape,
 * not its words: most lines stop near one width, and where a line stops there,
 * the next line's first word would not have fitted after it.
 *
 * The joined text is a *view* of the input of the same length: the line
 * breaks inside a paragraph become spaces, everything else stays where it
 * was, so every offset found in the view is an offset into the input.
 */

import { recogniseByline } from '../article/recognisers/byline.js';
import { relatedLineAt } from '../article/recognisers/related.js';
import { dateShare } from '../dates/find-dates.js';
import { numericDateAt } from '../dates/numeric.js';
import { isArticleNavLine } from '../furniture/article-nav.js';
import { isCallToAction } from '../furniture/calls-to-action.js';
import { isCaptionAfterImage, isPhotoCredit } from '../furniture/credits.js';
import { isInterfaceLine } from '../furniture/interface.js';
import { assertString } from '../guards.js';
import { isFurnitureBlock, opensWithBlockLabel } from '../html/furniture.js';
import { FUNCTION_WORDS } from '../lang/function-words.js';
import { isCjk, isSpace } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { dropInvisibles } from '../text/invisibles.js';
import { linkNumberEnd } from '../text/link-number.js';
import { dropCapBreak } from './drop-caps.js';
import { holdsFormField } from './form-fields.js';
import { closedFrame } from './framed-headings.js';
import type { Line } from './text-blocks.js';

/** A hard-wrapped input read as one line per paragraph. */
export interface Unwrapped {
  /** The input with the line breaks inside paragraphs turned into spaces (same length, same offsets). */
  view: string;
  /** The wrap width found, in characters. */
  width: number;
  /** How many line breaks were turned into spaces. */
  joins: number;
}

/** Lines shorter than this say nothing about the wrap width. */
const MIN_MEASURED = 20;
/** Wider than this is not a fixed wrap (no renderer or mailer wraps wider). */
const MAX_WIDTH = 160;
/** How far below the width a line may stop and still be a wrapped line. */
const BAND = 15;
/** A renderer's right margin: the next word counts as not fitting when it would pass `width - SLACK`. */
const SLACK = 3;
/** Line pairs needed, and the share of them that must look wrapped. */
const MIN_PAIRS = 4;
/** Fewest pairs on a short page, when all of them look wrapped and go on in lower case. */
const MIN_SHORT_PAIRS = 3;
/** Fewest pairs on a short page in a script with no case, when each closes its paragraph on a stop (two paragraphs of two lines). */
const MIN_CASELESS_PAIRS = 2;
const MIN_AGREEMENT = 0.75;
/** A letter of any script. */
const LETTER = /\p{L}/u;
/** Share of wrapped lines (in scripts with case) that must continue in lower case. */
const MIN_LOWER = 0.2;

/** Every line's shape, one typed array a field, by line index (no object a line). */
interface Shapes {
  /** First non-space column (code units from the line's start). */
  indent: Int32Array;
  /** Length up to the last non-space character; 0 for a blank line, which has no shape. */
  length: Int32Array;
  /** Where a list item's text starts after its bullet (`* `, `+ `, `1. `), else `indent`. */
  textAt: Int32Array;
  /** Length of the first word. */
  firstWord: Int32Array;
  /** 1 when the line ends like a sentence or a label (`.`, `!`, `?`, `:`). */
  stops: Uint8Array;
  /** 1 when three spaces stand inside the line's text: a table's padded columns, never wrapped prose. */
  columns: Uint8Array;
  /** 1 when the line ends with a sentence's stop inside its closing quotation mark or bracket (`… seven."`). */
  quotedStop: Uint8Array;
}

function shapesOf(input: string, lines: readonly Line[]): Shapes {
  const n = lines.length;
  const shapes: Shapes = {
    indent: new Int32Array(n),
    length: new Int32Array(n),
    textAt: new Int32Array(n),
    firstWord: new Int32Array(n),
    stops: new Uint8Array(n),
    columns: new Uint8Array(n),
    quotedStop: new Uint8Array(n),
  };
  // Where the next three spaces in a row stand from the current line's start on (-1: nowhere),
  // found by a native search and kept while the lines reach it: the input is searched once.
  let gap = -2;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (!line) continue;
    let s = line.start;
    let e = line.end;
    while (e > s && isSpace(input.charCodeAt(e - 1))) e--;
    while (s < e && isSpace(input.charCodeAt(s))) s++;
    if (s === e) continue;
    const indent = s - line.start;
    let w = s;
    while (w < e && !isSpace(input.charCodeAt(w))) w++;
    let textAt = indent;
    if (isBullet(input, s, w) && w < e) {
      let t = w;
      while (t < e && isSpace(input.charCodeAt(t))) t++;
      textAt = t - line.start;
    }
    const last = input.charCodeAt(e - 1);
    shapes.indent[i] = indent;
    shapes.length[i] = e - line.start;
    shapes.textAt[i] = textAt;
    shapes.firstWord[i] = w - s;
    // A label's colon opening a parenthesis the line leaves open (`… Aufklärung. (Quelle:` ⏎ `Anna Berg/DJV)`) is no stop.
    shapes.stops[i] = STOP_CODES.has(last) || (last === 0x3a && !openLabel(input, s, e)) ? 1 : 0;
    shapes.quotedStop[i] =
      e - s > 1 &&
      CLOSING_MARKS.includes(input.charAt(e - 1)) &&
      STOP_CODES.has(input.charCodeAt(e - 2))
        ? 1
        : 0;
    if (gap !== -1 && gap < s) gap = input.indexOf(COLUMN_GAP, s);
    // Three spaces in a row inside the line's text: a table's padded columns.
    shapes.columns[i] = gap >= 0 && gap + COLUMN_GAP.length <= e ? 1 : 0;
  }
  return shapes;
}

/**
 * A line's last character that stops it: `.`, `!`, `?`, the ellipsis `…` (as `...` does), the Arabic `؟`, and
 * Chinese and Japanese full-width stops `。！？`; a colon too, read apart.
 */
const STOP_CODES: ReadonlySet<number> = new Set([
  0x2e, 0x21, 0x3f, 0x2026, 0x061f, 0x3002, 0xff01, 0xff1f,
]);

/** Closing quotation marks and brackets read past for a quoted sentence's stop (`… seven."`). */
const CLOSING_MARKS = '"”»’\')';

/** Longest label read in a parenthesis left open at a line's end (`(Quelle:`, `(Foto:`). */
const MAX_OPEN_LABEL = 12;

/** Whether the line `input[s, e)`, ending with a colon, ends with a parenthesis opened on a short label: `(Quelle:`, `(Foto:`. */
function openLabel(input: string, s: number, e: number): boolean {
  // Read back over the label only: a closing parenthesis or a space first means none opens it.
  for (let k = e - 2; k >= s && k >= e - MAX_OPEN_LABEL - 2; k--) {
    const c = input.charCodeAt(k);
    if (c === 0x28) return k < e - 2;
    if (c === 0x29 || isSpace(c)) return false;
  }
  return false;
}

/** Three spaces in a row: inside a line's text, a table's padded columns. */
const COLUMN_GAP = '   ';

/** `*`, `+`, `-`, `o`, `•`, `#` or `12.` standing alone as a word. */
function isBullet(input: string, s: number, w: number): boolean {
  const n = w - s;
  const c = input.charCodeAt(s);
  if (n === 1)
    return c === 0x2a || c === 0x2b || c === 0x2d || c === 0x6f || c === 0x2022 || c === 0x23;
  if (n < 2 || n > 4 || input.charCodeAt(w - 1) !== 0x2e) return false;
  for (let k = s; k < w - 1; k++) {
    const d = input.charCodeAt(k);
    if (d < 0x30 || d > 0x39) return false;
  }
  return true;
}

/** A line's {@link Shapes} length (up to its last non-space character), 0 for a blank line. */
function lengthOf(input: string, line: Line): number {
  let e = line.end;
  while (e > line.start && isSpace(input.charCodeAt(e - 1))) e--;
  return e - line.start;
}

/** The headings renderers print over their list of the page's links, and whether one opens the list. */
const LINK_LIST_HEADINGS: ReadonlyMap<string, boolean> = new Map([
  // lynx: `References`, then `Visible links:` and `Hidden links:` under it.
  ['References', true],
  ['Visible links:', false],
  ['Hidden links:', false],
  // elinks: `Visible links`, then `Hidden links`, no heading over them.
  ['Visible links', true],
  ['Hidden links', false],
]);

/**
 * The index of the line opening the renderer's list of links that closes the dump (its heading), or the lines'
 * count when there is none. Walked from the end over the list's own lines only: numbered entries (an address, or a
 * link's title as elinks prints it: `  44. TechStage – News, Tests…`), an address carried on a line opening with a
 * tab, blank lines and the headings, up to the heading that opens the list.
 */
export function linkListStart(input: string, lines: readonly Line[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line) break;
    const text = input.slice(line.start, line.end).trim();
    const heading = linkListHeading(text);
    if (heading !== undefined) start = i;
    if (heading === true) break;
    if (heading === undefined && text.length > 0 && !isLinkListLine(input, line.start, line.end))
      break;
  }
  return start;
}

/**
 * Whether `text` (trimmed) is a heading a renderer prints over its list of links: `true` for the one opening the
 * list (`References`, elinks's `Visible links`), `false` for one inside it (`Hidden links:`), `undefined` for none.
 */
export function linkListHeading(text: string): boolean | undefined {
  return LINK_LIST_HEADINGS.get(text);
}

/**
 * Whether `text[start, end)` is a line of a renderer's list of links: a numbered entry (an address, or a link's
 * title as elinks prints it), or an address carried on a line opening with a tab.
 */
export function isLinkListLine(text: string, start = 0, end = text.length): boolean {
  return text.charCodeAt(start) === 0x09 || afterEntryNumber(text, start, end) >= 0;
}

/**
 * Where the entry's text starts when `text[start, end)` opens with a number, a full stop and a space after its
 * margin (`  44. …`, a renderer's numbered list of links); -1 when it does not.
 */
function afterEntryNumber(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  const digits = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  return i > digits &&
    i - digits <= 5 &&
    text.charCodeAt(i) === 0x2e &&
    text.charCodeAt(i + 1) === 0x20
    ? i + 2
    : -1;
}

/**
 * Whether `text[start, end)` is one entry of lynx's list of references
 * (`  12. https://…`, ` 223. mailto:?subject=…`): a number, a full stop, a
 * space, then an address opening with its scheme (`https:`, `file:`,
 * `mailto:`, `fb-messenger:`). Such lines are as long as their addresses, not
 * as the wrap width; article/text/references.ts reads the list they make.
 */
export function isReferenceEntry(text: string, start = 0, end = text.length): boolean {
  const scheme = afterEntryNumber(text, start, end);
  if (scheme < 0) return false;
  // The scheme: a letter, then letters, digits, `+`, `-` or `.`, then a colon.
  let i = scheme;
  while (i < end && i - scheme <= 20 && isSchemeChar(text.charCodeAt(i), i === scheme)) i++;
  return i > scheme && i < end && text.charCodeAt(i) === 0x3a;
}

/** An ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A character of an address's scheme: a letter first, then letters, digits, `+`, `-`, `.`. */
function isSchemeChar(c: number, first: boolean): boolean {
  const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return letter || (!first && (isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e));
}

/** How many measured lines (20 characters or longer, no reference entry, no single word) stop at each length, by length (longer than {@link MAX_WIDTH}: one count), and their number. */
interface LengthCounts {
  counts: Uint32Array;
  measured: number;
}

/**
 * Whether `input[start, end)` is one word after its margin (an image's address alone): no wrapper could break it.
 * Chinese and Japanese, written without spaces, are broken anywhere: a line holding them is no such word.
 */
function unbreakable(input: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(input.charCodeAt(i))) i++;
  for (; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x20 || isCjk(c)) return false;
  }
  return true;
}

/**
 * The measured lines' lengths. `runsOnly`: a line standing alone between blank lines (or the page's edges) is left
 * out: it shows no wrap, and converters that wrap paragraphs leave a heading or a link's text whole, past the width
 * (pandoc's plain text, mail clients' subject lines, a README's long heading).
 */
function lengthCounts(input: string, lines: readonly Line[], runsOnly = false): LengthCounts {
  const counts = new Uint32Array(MAX_WIDTH + 2);
  let measured = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const length = lengthOf(input, line);
    if (
      length < MIN_MEASURED ||
      (runsOnly && standsAlone(input, lines, i)) ||
      isReferenceEntry(input, line.start, line.end) ||
      unbreakable(input, line.start, line.start + length)
    )
      continue;
    const k = Math.min(length, MAX_WIDTH + 1);
    counts[k] = (counts[k] ?? 0) + 1;
    measured++;
  }
  return { counts, measured };
}

/** Whether line `i` holds text between blank lines (or the page's edges). */
function standsAlone(input: string, lines: readonly Line[], i: number): boolean {
  const before = lines[i - 1];
  const after = lines[i + 1];
  return (!before || lengthOf(input, before) === 0) && (!after || lengthOf(input, after) === 0);
}

/** How many measured lines may pass the width: 2 %, one at least. */
function allowedPast({ measured }: LengthCounts): number {
  return Math.max(1, Math.floor(measured * 0.02));
}

/** The width most wrapped lines stop at: the length that 98 % of the measured lines do not pass. */
function wrapWidth({ counts, measured }: LengthCounts): number | undefined {
  if (measured < 6) return undefined;
  // Wrapped prose stops at many lengths near the width; a page of one line repeated does not.
  let lengths = 0;
  for (const c of counts) if (c > 0) lengths++;
  // A short page (a dispatch of six lines) may stop at fewer lengths: half its measured lines' count will do.
  if (lengths < 5 && lengths * 2 < measured) return undefined;
  let over = 0;
  const allowed = allowedPast({ counts, measured });
  for (let w = MAX_WIDTH + 1; w >= MIN_MEASURED; w--) {
    over += counts[w] ?? 0;
    if (over > allowed) return w > MAX_WIDTH ? undefined : w;
  }
  return undefined;
}

/** The longest measured length (0 for none; {@link MAX_WIDTH} + 1 for longer). */
function longestOf({ counts }: LengthCounts): number {
  for (let w = MAX_WIDTH + 1; w >= MIN_MEASURED; w--) if ((counts[w] ?? 0) > 0) return w;
  return 0;
}

/**
 * Whether lines run past the width with a space before it, more than a couple
 * of times: a wrapper would have broken them there, so the text is not
 * wrapped (a table printed with padded cells, one line per block with some
 * lines that happen to stop near one length). Unbreakable runs (addresses) may
 * pass the width, behind a list marker too (lynx's numbered references). When
 * shape cannot tell a wrap (`tolerant` false, see shapeTells), not once. Lines from `upTo` on (the renderer's
 * list of links) are not read.
 */
function overlong(
  input: string,
  lines: readonly Line[],
  shapes: Shapes,
  width: number,
  tolerant: boolean,
  upTo: number,
  runsOnly: boolean,
): boolean {
  let count = 0;
  const allowed = tolerant ? Math.max(2, Math.floor(lines.length / 100)) : 0;
  for (let i = 0; i < upTo; i++) {
    const line = lines[i];
    // A blank line's length is 0: never past the width.
    if (
      !line ||
      (shapes.length[i] ?? 0) <= width + 5 ||
      isReferenceEntry(input, line.start, line.end) ||
      (runsOnly && (shapes.length[i - 1] ?? 0) === 0 && (shapes.length[i + 1] ?? 0) === 0)
    )
      continue;
    // Read from the text after a list marker: `223. mailto:…`, an address in lynx's list of references, has no space to break at.
    const head = input.slice(line.start + (shapes.textAt[i] ?? 0), line.start + width);
    if (head.includes(' ') && ++count > allowed) return true;
  }
  return false;
}

/** Whether line `b` continues line `a` at the same margin (or under a list item's text). */
function sameMargin(shapes: Shapes, a: number, b: number): boolean {
  const indent = shapes.indent[b];
  return (
    shapes.textAt[b] === indent && (indent === shapes.indent[a] || indent === shapes.textAt[a])
  );
}

/**
 * True when the line break between `a` and `b` is a wrap: `b`'s first word
 * would not have fitted on `a`. `a` must reach near the width, unless it
 * continues a wrapped line itself (`inside`): then a long word opening `b`
 * (`Kooperationsnetzwerks`) explains a short `a` that ends mid-sentence.
 */
function wraps(shapes: Shapes, a: number, b: number, width: number, inside: boolean): boolean {
  const length = shapes.length[a] ?? 0;
  if (length + 1 + (shapes.firstWord[b] ?? 0) <= width - SLACK) return false;
  if (!sameMargin(shapes, a, b))
    return centredWrap(shapes, a, b, width) || indentedOpener(shapes, a, b, width);
  // A table's rows are printed one a line, their columns padded: no row continues another.
  if (shapes.columns[a] === 1 || shapes.columns[b] === 1) return false;
  return length >= width - BAND || (inside && shapes.stops[a] === 0);
}

/** Fewest characters on a line over a carried run (see carriedRun). */
const MIN_CARRIED_HEAD = 3;

/**
 * Whether line `a` stops short because the Chinese or Japanese run opening the
 * next line did not fit after it (`本报讯（记者` ⏎ `王明）经过…`): a renderer
 * breaks such a run only where it fills a line, and so carries it whole past
 * the last space. The next line is one run from its margin to the width, or one
 * run closing the paragraph on its stop that would not have fitted after `a`
 * (`…增开第四条线路` ⏎ `东湖环线，…建议。` ⏎ blank line); it opens with a CJK
 * character and `a`, at the same margin, three characters at least, ends on
 * one, no stop.
 */
function carriedRun(
  input: string,
  lines: readonly Line[],
  shapes: Shapes,
  a: number,
  width: number,
): boolean {
  const b = a + 1;
  const here = lines[a];
  const next = lines[b];
  const length = shapes.length[b] ?? 0;
  const indent = shapes.indent[b] ?? 0;
  if (!here || !next || shapes.stops[a] === 1) return false;
  if (indent + (shapes.firstWord[b] ?? 0) !== length || shapes.indent[a] !== indent) return false;
  // Short of the width, the run closes its paragraph on a stop and did not fit after `a`.
  if (
    length < width - SLACK &&
    !(
      shapes.stops[b] === 1 &&
      (shapes.length[b + 1] ?? 0) === 0 &&
      (shapes.length[a] ?? 0) + 1 + length - indent > width
    )
  )
    return false;
  // A word of two characters alone over a paragraph is a label (an edit link under a heading), not a sentence's start.
  if ((shapes.length[a] ?? 0) - indent < MIN_CARRIED_HEAD) return false;
  return (
    isCjk(input.charCodeAt(next.start + indent)) &&
    isCjk(input.charCodeAt(here.start + (shapes.length[a] ?? 0) - 1))
  );
}

/** Deepest first-line indent read as a paragraph's opening (a typist's five spaces, a tab's eight). */
const MAX_OPENING_INDENT = 8;

/**
 * Whether line `a` opens a paragraph by an indent and line `b` goes on at the
 * paragraph's margin (a typed text edition or a mail parting paragraphs by
 * their first line's indent, no blank line: `     ESSAOUIRA - The …` ⏎ `on
 * Saturday …`): `a` reaches near the width, stands 2 to 8 columns deeper than
 * `b`, no bullet on either, and the line above `a` is blank or closes the
 * paragraph before on a stop at `b`'s margin.
 */
function indentedOpener(shapes: Shapes, a: number, b: number, width: number): boolean {
  const margin = shapes.indent[b] ?? 0;
  const deeper = (shapes.indent[a] ?? 0) - margin;
  if (deeper < 2 || deeper > MAX_OPENING_INDENT) return false;
  if (shapes.textAt[a] !== shapes.indent[a] || shapes.textAt[b] !== margin) return false;
  if (shapes.columns[a] === 1 || shapes.columns[b] === 1) return false;
  // A sentence or a label closing the line (`… Standard Deviation:` over a code block) leaves the paragraph.
  // So does a quoted sentence (a reader's words set apart, their speaker's name under them).
  if ((shapes.length[a] ?? 0) < width - BAND || shapes.stops[a] === 1 || shapes.quotedStop[a] === 1)
    return false;
  const above = a - 1;
  if (above < 0 || (shapes.length[above] ?? 0) === 0) return true;
  return shapes.indent[above] === margin && shapes.stops[above] === 1;
}

/** Most columns between the centres of a centred line and its wrapped end. */
const CENTRE_SLACK = 2;

/**
 * Whether line `b` is the wrapped end of a centred line `a` (lynx centres a
 * headline and its wrapped end on one axis: ` <title …>` ⏎ `<33 spaces>l’été
 * 2026`): `a` reaches near the width, `b` stands deeper in, both centred
 * alike, and a blank line or the input's end follows `b`.
 */
function centredWrap(shapes: Shapes, a: number, b: number, width: number): boolean {
  const aIndent = shapes.indent[a] ?? 0;
  const bIndent = shapes.indent[b] ?? 0;
  const aLength = shapes.length[a] ?? 0;
  const bLength = shapes.length[b] ?? 0;
  if (aLength < width - BAND || bIndent <= aIndent + 2 || (shapes.length[b + 1] ?? 0) > 0)
    return false;
  if (shapes.columns[a] === 1 || shapes.columns[b] === 1) return false;
  // Centres doubled: integers.
  const centreA = aIndent + aLength;
  const centreB = bIndent + bLength;
  return Math.abs(centreA - centreB) <= 2 * CENTRE_SLACK && shapes.stops[a] === 0;
}

/** How many widths below the percentile's are tried. */
const WIDTH_TRIES = 10;

/**
 * Whether the text reads as wrapped at `width`: enough full lines whose next
 * line's first word would not have fitted, and, in scripts with case, a fair
 * share of those next lines opening in lower case (a wrap falls mid-sentence;
 * a fifth at least, for German capitalises its nouns; a line stopping on a
 * function word in small letters counts as going on in lower case).
 */
function wrappedAt(
  input: string,
  lines: readonly Line[],
  shapes: Shapes,
  width: number,
  cased = false,
): boolean {
  let pairs = 0;
  let agreeing = 0;
  let lower = 0;
  let upper = 0;
  let caseless = 0;
  // Caseless pairs cut next to a Chinese or Japanese character.
  let cjk = 0;
  // Agreeing pairs whose upper line closes on a stop: a wrap falls mid-sentence far more often than at a sentence's end.
  let stopped = 0;
  // The first pairs' line indices: a short page's caseless pairs are checked again below.
  const firstPairs: number[] = [];
  const { length, indent } = shapes;
  for (let i = 0; i + 1 < lines.length; i++) {
    const next = lines[i + 1];
    // Both lines hold text (a blank line's length is 0).
    const a = length[i] ?? 0;
    if (!next || a === 0 || length[i + 1] === 0) continue;
    const bIndent = indent[i + 1] ?? 0;
    if (a < width - BAND || a > width + 5 || bIndent !== indent[i]) continue;
    // A list item opening the next line is no continuation, wrapped text or not: it says nothing; nor a
    // paragraph's first line indented by a full-width space.
    if (shapes.textAt[i + 1] !== bIndent || ideographicIndent(input, next, bIndent)) continue;
    // Nor a dated entry under a dated entry (`12/12/2025 - <headline>` ⏎ `03/12/2025 - …`): a list's lines.
    if (datedEntries(input, lines, shapes, i)) continue;
    // Nor a headline over its date line (`<headline>` ⏎ `5 دجنبر 2026`, a listing's unit): no case tells it in Arabic.
    if (dateLineUnder(input, lines, shapes, i)) continue;
    pairs++;
    if (a + 1 + (shapes.firstWord[i + 1] ?? 0) <= width - SLACK) continue;
    agreeing++;
    stopped += shapes.stops[i] ?? 0;
    if (firstPairs.length < MIN_PAIRS) firstPairs.push(i);
    const c = input.charAt(next.start + bIndent + openingMarks(input, next.start + bIndent));
    const start = lines[i]?.start ?? 0;
    // Chinese and Japanese are cut anywhere: a cut next to one of their characters says nothing by case (a Latin
    // name opening the next line is no sentence's start).
    if (isCjk(input.charCodeAt(start + a - 1)) || isCjk(c.charCodeAt(0))) {
      caseless++;
      cjk++;
    } else if (c !== c.toUpperCase() || endsOnSmallFunctionWord(input, start, a))
      // A line stopping on a function word in small letters (`… die neue Linie 37 den` ⏎ `Betrieb auf …`) runs
      // on, whatever the case of the word under it (German capitalises its nouns); no headline ends so.
      lower++;
    else if (c !== c.toLowerCase()) upper++;
    else if (LETTER.test(c)) caseless++;
  }
  // `cased`: a Chinese or Japanese cut says nothing (see readWidth).
  if (cased && cjk > 0) return false;
  // A short page (an author's page, three excerpts) may hold fewer pairs: every one must then agree and go on in lower case.
  if (pairs >= MIN_CASELESS_PAIRS && pairs < MIN_PAIRS && agreeing === pairs) {
    if (lower === pairs && pairs >= MIN_SHORT_PAIRS) return true;
    // A script with no case (Arabic): each wrapped line's paragraph must close on a stop, as prose does and a list
    // of headlines, one a line, does not.
    if (lower + caseless === pairs && firstPairs.every((i) => closesOnStop(lines, shapes, i)))
      return true;
  }
  if (pairs < MIN_PAIRS || agreeing < MIN_PAIRS || agreeing < pairs * MIN_AGREEMENT) return false;
  // With no case to tell (Arabic), paragraphs of like length printed one a line each close on a stop where
  // wrapped lines run on: half the lines near the width closing on one is not a wrap. Case tells, though, where
  // two pairs or more go on in capitals, more than in a caseless script (excerpts of like length each over the
  // next headline, the last over a pager's arrow).
  // Chinese or Japanese prose holding Latin names (`…《The` ⏎ `Wicked …》`): its cuts say nothing by case either.
  if (lower + upper < MIN_PAIRS || cjk > lower + upper)
    return (upper < 2 || upper <= caseless) && stopped * 2 < agreeing;
  return lower >= (lower + upper) * MIN_LOWER;
}

/** Longest function word looked up at a line's end. */
const MAX_FUNCTION_WORD = 6;

/** Whether the line at `start` (text `length` long) ends on a function word in small letters of a script with case. */
function endsOnSmallFunctionWord(input: string, start: number, length: number): boolean {
  const end = start + length;
  const space = input.lastIndexOf(' ', end - 1);
  if (space < start || end - space - 1 > MAX_FUNCTION_WORD) return false;
  const word = input.slice(space + 1, end);
  return word !== word.toUpperCase() && word === word.toLowerCase() && FUNCTION_WORDS.has(word);
}

/** Opening quotation marks and brackets read past for a line's first letter (`« Les …`, `"We …`). */
const OPENING_MARKS = '«"“„‘\'( ';

/** How many opening marks (and the space French sets after `«`) stand at `at`, three at most. */
function openingMarks(input: string, at: number): number {
  let n = 0;
  while (n < 3 && OPENING_MARKS.includes(input.charAt(at + n))) n++;
  return n;
}

/** Whether the run of lines holding line `i` (up to the next blank line) ends on a stop, and line `i` does not. */
function closesOnStop(lines: readonly Line[], shapes: Shapes, i: number): boolean {
  if (shapes.stops[i] === 1) return false;
  let k = i;
  while (k + 1 < lines.length && (shapes.length[k + 1] ?? 0) > 0) k++;
  return shapes.stops[k] === 1;
}

/**
 * Whether a wrap at `width` can be told from a list of lines of like length
 * (headlines) by the lines' shape: yes where lines open in a script with case
 * (a wrap falls mid-sentence: lower case), or are written without spaces (CJK,
 * which a renderer breaks anywhere); no for a script with spaces and no case
 * (Arabic), where a list of headlines looks wrapped.
 */
function shapeTells(input: string, lines: readonly Line[], shapes: Shapes, width: number): boolean {
  let cased = 0;
  let caseless = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    const a = shapes.length[i] ?? 0;
    if (!line || !next || a < width - BAND || a > width + 5 || (shapes.length[i + 1] ?? 0) === 0)
      continue;
    const c = input.charAt(next.start + (shapes.indent[i + 1] ?? 0));
    if (c !== c.toUpperCase() || c !== c.toLowerCase()) {
      if (++cased >= MIN_PAIRS) return true;
    } else if (LETTER.test(c) && holdsSpace(input, line.start + (shapes.indent[i] ?? 0), line.end))
      caseless++;
  }
  return caseless < MIN_PAIRS;
}

/** Whether `input[from, to)` holds a space. */
function holdsSpace(input: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (input.charCodeAt(k) === 0x20) return true;
  return false;
}

/**
 * The width `input` reads as wrapped at, with its lines' shapes; `'overlong'` when lines run past it with a space
 * to break at (no wrap); `undefined` when no width reads. `runsOnly`: lines alone between blank lines are neither
 * measured nor read as running past the width (see {@link lengthCounts}), and no Chinese or Japanese cut counts
 * as a wrap: those scripts are cut anywhere, and their unwrapped pages print short lines in runs (a list of titles).
 */
function readWidth(
  input: string,
  lines: readonly Line[],
  listAt: number,
  measured: LengthCounts,
  runsOnly: boolean,
): { width: number; shapes: Shapes } | 'overlong' | undefined {
  const highest = wrapWidth(measured);
  if (highest === undefined) return undefined;
  const shapes = shapesOf(input, lines);
  // A few lines the wrapper could not break (a long address, a heading) can push the
  // percentile past the real width: the widths just below it are tried too.
  let width: number | undefined;
  for (let w = highest; w >= highest - WIDTH_TRIES && width === undefined; w--)
    if (wrappedAt(input, lines, shapes, w, runsOnly)) width = w;
  // Where shape cannot tell a wrap from a list of lines of like length (Arabic headlines), no prose line may pass the width.
  if (width === undefined) return undefined;
  const tells = shapeTells(input, lines, shapes, width);
  // Lone lines past the width are headings only where case tells a wrap (a caseless page's headlines in runs over
  // one long paragraph are no wrap), and shorter all together than the runs' lines (not a text printed a
  // paragraph a line).
  if (runsOnly && (!tells || loneExcess(shapes, width, listAt) > 0)) return undefined;
  if (overlong(input, lines, shapes, width, tells, listAt, runsOnly)) return 'overlong';
  return { width, shapes };
}

/**
 * The characters of the lines before `upTo` that stand alone between blank lines past the width, less those of the
 * lines in runs of two or more: above 0 when the lone lines hold more of the text.
 */
function loneExcess(shapes: Shapes, width: number, upTo: number): number {
  let n = 0;
  for (let i = 0; i < upTo; i++) {
    const length = shapes.length[i] ?? 0;
    if (length === 0) continue;
    if ((shapes.length[i - 1] ?? 0) > 0 || (shapes.length[i + 1] ?? 0) > 0) n -= length;
    else if (length > width + 5) n += length;
  }
  return n;
}

/**
 * Reads `input` as hard-wrapped text when its shape says so, and returns the
 * view with paragraphs joined; `undefined` for text written one line per block.
 */
export function unwrap(input: string, lines: readonly Line[]): Unwrapped | undefined {
  // A renderer's list of the page's links closing the dump is as wide as its addresses and titles, not the wrap.
  const listAt = linkListStart(input, lines);
  const page = listAt < lines.length ? lines.slice(0, listAt) : lines;
  // The width needs the lines' lengths only: most text is not wrapped, and is told so before any shape is built.
  const measured = lengthCounts(input, page);
  const read = readWidth(input, lines, listAt, measured, false);
  // Headings and links' texts a converter left whole past its width (each a line alone between blank lines) hide
  // it: the width is read again from the lines of runs of two or more. Not where many lines pass the longest
  // width read (a text printed a paragraph a line, whose paragraphs stand alone too).
  const again =
    typeof read === 'object' || (measured.counts[MAX_WIDTH + 1] ?? 0) > allowedPast(measured)
      ? read
      : (readWidth(input, lines, listAt, lengthCounts(input, page, true), true) ?? read);
  if (again === 'overlong') return undefined;
  if (again === undefined) return cjkCuts(input, lines, longestOf(measured));
  const { width, shapes } = again;
  const pieces: string[] = [];
  let from = 0;
  let joins = 0;
  // The last line break read as a wrap (between lines `joinedAt` and `joinedAt + 1`).
  let joinedAt = -2;
  // Where the run of joined lines holding line `joinedAt + 1` starts.
  let runStart = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = lines[i];
    const next = lines[i + 1];
    const inside = joinedAt === i - 1;
    // Both lines hold text (a blank line's length is 0).
    if (!here || !next || shapes.length[i + 1] === 0) continue;
    // A figure's caption after its image's placeholder (`[fig.png] Abbildung: …`) goes on with no paragraph;
    // the placeholder cuts its first line short, so the caption's next line is read as inside a wrapped one.
    if (captionAfterImage(input, lines, shapes, i + 1)) {
      joinedAt = i;
      continue;
    }
    if (shapes.length[i] === 0) continue;
    if (
      !(wraps(shapes, i, i + 1, width, inside) || carriedRun(input, lines, shapes, i, width)) ||
      opensBlock(input, lines, shapes, i, width) ||
      // A heading whose frame closes here (`****** Title ******`, over one line or two) ends its block.
      closedFrame(input, inside ? runStart : here.start, here.end)
    )
      continue;
    if (!inside) runStart = here.start;
    joinedAt = i;
    pieces.push(input.slice(from, here.end), ' '.repeat(next.start - here.end));
    from = next.start;
    joins++;
  }
  if (joins === 0) return undefined;
  pieces.push(input.slice(from));
  return { view: pieces.join(''), width, joins };
}

/** Fewest characters of the longest line read as a Chinese or Japanese run cut at the width (see cjkCuts). */
const MIN_CJK_CUT = 60;

/**
 * A short Chinese or Japanese page too few lines long to show its wrap
 * (one paragraph of two lines): lines of the page's longest length, each one
 * unspaced run from its margin that stops mid-word on a kana or an ideograph
 * (no stop, no bracket), joined to the next line at the same margin that goes
 * on with one and closes the paragraph on a stop (or is cut at that length
 * too). A page printed one line a paragraph is longest on a paragraph closing
 * on its stop. `longest`: the longest line's length. `undefined` when no line reads so.
 */
function cjkCuts(input: string, lines: readonly Line[], longest: number): Unwrapped | undefined {
  if (longest < MIN_CJK_CUT || longest > MAX_WIDTH) return undefined;
  const pieces: string[] = [];
  let from = 0;
  let joins = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = lines[i];
    const next = lines[i + 1];
    if (!here || !next || !ideographOrKana(input.charCodeAt(here.start + longest - 1))) continue;
    if (lengthOf(input, here) !== longest || !cutRun(input, here, next, longest)) continue;
    pieces.push(input.slice(from, here.end), ' '.repeat(next.start - here.end));
    from = next.start;
    joins++;
  }
  if (joins === 0) return undefined;
  pieces.push(input.slice(from));
  return { view: pieces.join(''), width: longest, joins };
}

/** Whether `here` (`length` long) is one unspaced run from its margin, and `next`, at that margin, goes on with a kana or an ideograph and closes on a stop or is as long. */
function cutRun(input: string, here: Line, next: Line, length: number): boolean {
  let s = here.start;
  while (s < here.start + length && input.charCodeAt(s) === 0x20) s++;
  const margin = s - here.start;
  for (let k = s; k < here.start + length; k++) if (isSpace(input.charCodeAt(k))) return false;
  const t = next.start + margin;
  if (t >= next.end || !ideographOrKana(input.charCodeAt(t))) return false;
  if (margin > 0 && input.charCodeAt(t - 1) !== 0x20) return false;
  const nextLength = lengthOf(input, next);
  return nextLength === length || STOP_CODES.has(input.charCodeAt(next.start + nextLength - 1));
}

/** A kana or an ideograph: a letter of Chinese or Japanese, no punctuation nor bracket. */
function ideographOrKana(c: number): boolean {
  return (c >= 0x3041 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x3400 && c <= 0x9fff);
}

/** Longest line read as a date line under a headline. */
const DATE_LINE_MAX = 40;

/**
 * Whether line `i + 1` is a short date line with no stop (`5 دجنبر 2026`, `Par X | 3 mars 2026`) or a clock time
 * alone (`21:45`): a unit's meta line.
 */
function dateLineUnder(input: string, lines: readonly Line[], shapes: Shapes, i: number): boolean {
  const next = lines[i + 1];
  if (!next || (shapes.length[i + 1] ?? 0) > DATE_LINE_MAX || shapes.stops[i + 1] === 1)
    return false;
  const text = input.slice(next.start, next.end);
  // A date holds a figure: most short lines hold none, and are not searched for dates.
  if (!/\d/.test(text)) return false;
  // A clock time alone (`21:45`): a day's archive times each headline so.
  return CLOCK_LINE.test(text.trim()) || dateShare(text) >= DATE_LINE_SHARE;
}

/** A clock time alone on a line: `21:45`, `9:05`, `21h45`. */
const CLOCK_LINE = /^\d{1,2}[:h]\d{2}$/;

/** Least share of a date line the date fills. */
const DATE_LINE_SHARE = 0.5;

/**
 * Whether lines `i` and `i + 1` both open with a date in figures ({@link numericDateAt}) or a clock time, each then
 * a space or the input's end (`12/12/2025 - <headline>` ⏎ `03/12/2025 - <headline>`, `18:42 <headline>` ⏎ `16:10
 * <headline>`): a list's dated entries. Any space after the
 * date will do here (`12/12/2025 Headline`): two lines in a row opening so are a list's, not one sentence wrapped.
 */
function datedEntries(input: string, lines: readonly Line[], shapes: Shapes, i: number): boolean {
  const here = (lines[i]?.start ?? 0) + (shapes.indent[i] ?? 0);
  const next = (lines[i + 1]?.start ?? 0) + (shapes.indent[i + 1] ?? 0);
  const dated = (at: number): boolean => {
    const c = input.charCodeAt(at);
    if (c < 48 || c > 57) return false;
    if (clockThenSpace(input, at)) return true;
    const end = at + numericDateAt(input, at);
    return end > at && (end === input.length || input.charCodeAt(end) === 0x20);
  };
  return dated(here) && dated(next);
}

/** Whether a clock time and a space stand at `at` (`18:42 `, `18h42 `): a timed entry's opening. */
function clockThenSpace(input: string, at: number): boolean {
  const digit = (k: number) => {
    const c = input.charCodeAt(at + k);
    return c >= 48 && c <= 57;
  };
  const mark = input.charCodeAt(at + 2);
  return (
    digit(0) &&
    digit(1) &&
    (mark === 0x3a || mark === 0x68) &&
    digit(3) &&
    digit(4) &&
    input.charCodeAt(at + 5) === 0x20
  );
}

/**
 * Whether line `i + 1` opens a block of its own although it looks like a wrap
 * of line `i`: a sentence's end over a tag label or a copyright notice, a
 * teaser's ellipsis or a linked headline over a linked headline (lynx's
 * `[8]…`), printed with no blank line between.
 */
function opensBlock(
  input: string,
  lines: readonly Line[],
  shapes: Shapes,
  i: number,
  width: number,
): boolean {
  const here = lines[i];
  const next = lines[i + 1];
  if (!here || !next) return false;
  const nextText = next.start + (shapes.indent[i + 1] ?? 0);
  // Chinese and Japanese indent a paragraph's first line by a full-width space (`　　翱翔…`): a paragraph opens.
  if (ideographicIndent(input, next, shapes.indent[i + 1] ?? 0)) return true;
  // A rule of one repeated mark (`-----`, `=====`, `___`), a fixed-width page's or a mail's: no text goes on over or under it.
  if (
    ruleLine(lineText(input, lines, shapes, i)) ||
    ruleLine(lineText(input, lines, shapes, i + 1))
  )
    return true;
  // A byline alone under a headline that reaches the width (`<headline>` ⏎ `By KARIM EL FASSI`, wire copy), neither
  // closing on a stop: no wrapped end.
  if (
    shapes.stops[i] === 0 &&
    shapes.stops[i + 1] === 0 &&
    (shapes.length[i - 1] ?? 0) < width - BAND &&
    bylineAlone(lineText(input, lines, shapes, i + 1), nextText)
  )
    return true;
  // A form's line (`<headline>` ⏎ `____________________ (BUTTON)`, a search box under a menu's last
  // item): a field is never a sentence's wrapped end, and nothing wraps onto it.
  if (
    holdsFormField(lineText(input, lines, shapes, i)) ||
    holdsFormField(lineText(input, lines, shapes, i + 1))
  )
    return true;
  // Under a sentence's end: a tag label, a line of furniture alone, a link to the previous or next
  // article (`Previous article <headline>`, whatever stands under it).
  if (
    shapes.stops[i] === 1 &&
    (opensWithBlockLabel(input, nextText) ||
      furnitureAlone(input, lines, shapes, i + 1) ||
      // An inline related link set under the paragraph (`Mehr zum Thema <headline>`), whatever its length.
      relatedLineAt(input, nextText, next.end) ||
      isArticleNavLine(lineText(input, lines, shapes, i + 1)))
  )
    return true;
  // A dated entry under a dated entry (`12/12/2025 - <headline>` ⏎ `03/12/2025 - <headline>`, a year's archive
  // one item a line): both lines open with a date in figures, as a list's lines do and a wrapped sentence's seldom.
  if (datedEntries(input, lines, shapes, i)) return true;
  // A linked headline under a teaser's ellipsis or under another linked headline (a box of links, one a line).
  return (
    linkNumberEnd(input, nextText) > 0 &&
    (ellipsisAt(input, here.start + (shapes.length[i] ?? 0)) ||
      linkNumberEnd(input, here.start + (shapes.indent[i] ?? 0)) > 0)
  );
}

/** Marks a rule is drawn with. */
const RULE_MARKS = '-=_*~#+';

/** Whether `text` is a rule: three characters or more, all one mark of {@link RULE_MARKS}. */
function ruleLine(text: string): boolean {
  const c = text.charAt(0);
  if (text.length < 3 || !RULE_MARKS.includes(c)) return false;
  for (let k = 1; k < text.length; k++) if (text.charAt(k) !== c) return false;
  return true;
}

/**
 * Whether `text` (a line's text, at `start` in the input) is a byline alone: a label not in small letters and a
 * name closing the line, or a date after the name (`Par Nadia Lamrani - 7 décembre 2026`), 60 characters at most.
 */
function bylineAlone(text: string, start: number): boolean {
  // A label in small letters goes on a sentence (`… film directed` ⏎ `by X.`, `… Pflanzen` ⏎ `von Bäumen.`).
  const first = text.charAt(0);
  if (text.length > FURNITURE_LINE_MAX || first !== first.toUpperCase()) return false;
  const end = start + text.length;
  const byline = recogniseByline({ index: 0, text, start, end, verbatim: true, blankBefore: 0 });
  if (!byline?.name) return false;
  return byline.restStart === end;
}

/** Whether the margin of `line` (`indent` wide) closes on an ideographic space (U+3000): a CJK paragraph's indent. */
function ideographicIndent(input: string, line: Line, indent: number): boolean {
  return indent > 0 && input.charCodeAt(line.start + indent - 1) === 0x3000;
}

/** Longest line read as furniture standing alone under a paragraph. */
const FURNITURE_LINE_MAX = 60;

/**
 * Whether line `k` is a short line of furniture alone under a paragraph, as
 * lynx prints a box after a `<p>` with no blank line (`Advertisement`,
 * `Partager cet article`): no stop at its end, nothing under it at its
 * margin (a blank line, a list of links, the input's end), and known furniture
 * or interface text.
 */
function furnitureAlone(input: string, lines: readonly Line[], shapes: Shapes, k: number): boolean {
  const line = lines[k];
  const length = shapes.length[k] ?? 0;
  if (!line || shapes.stops[k] === 1 || length > FURNITURE_LINE_MAX) return false;
  // The line after it, if any, is no continuation at its margin (a blank line, a list's item).
  if ((shapes.length[k + 1] ?? 0) > 0 && sameMargin(shapes, k, k + 1)) return false;
  const text = lineText(input, lines, shapes, k);
  // A photo's credit under its caption (`Credit: ESA`, `(NASA/JPL-Caltech/ASU)`) is the caption's:
  // joined, the two read as one caption.
  if (text.charCodeAt(0) === 0x28 || text.includes('/')) return false;
  const f = fold(text);
  return (
    (isFurnitureBlock(text, false, f) || isInterfaceLine(text, f) || isCallToAction(text, f)) &&
    !isPhotoCredit(text, f)
  );
}

/** Whether line `k` opens with an image's placeholder and the figure's caption after it (`[fig.png] Figure 2: …`). */
function captionAfterImage(
  input: string,
  lines: readonly Line[],
  shapes: Shapes,
  k: number,
): boolean {
  const line = lines[k];
  // Most lines open otherwise: the bracket is read before the line's text is cut out.
  if (!line || input.charCodeAt(line.start + (shapes.indent[k] ?? 0)) !== 0x5b) return false;
  return isCaptionAfterImage(lineText(input, lines, shapes, k));
}

/** Line `k`'s text, its margin and trailing spaces left out. */
function lineText(input: string, lines: readonly Line[], shapes: Shapes, k: number): string {
  const line = lines[k];
  return line
    ? input.slice(line.start + (shapes.indent[k] ?? 0), line.start + (shapes.length[k] ?? 0))
    : '';
}

/** Whether the text ending at `end` ends with an ellipsis (`…`, `...`). */
function ellipsisAt(input: string, end: number): boolean {
  return input.charCodeAt(end - 1) === 0x2026 || input.startsWith('...', end - 3);
}

/**
 * `text` with each line break, and the spaces and tabs around it, read as one
 * space (as none between two Chinese or Japanese characters, which a wrap
 * cuts anywhere, mid-word, filling the line), and invisible characters (soft hyphens, zero-width spaces, word
 * joiners, byte-order marks) left out: how a text dump's field relates to its
 * slice of the input, wrapped or not. Text with neither comes back unchanged.
 * A line between two such characters that stops well short of the field's longest
 * line (by more than six characters) broke where the text had a space (the run after it, carried whole,
 * did not fit: `本报讯（记者` ⏎ `王明）经过…`), and the space is kept.
 * A drop cap's line break (a capital alone on its line over a long line in small letters) is taken out, as the
 * text path joins the letter to its word.
 * One pass, and one more over the field for its longest line when it holds such a break.
 *
 * @param text Any string, typically `input.slice(field.start, field.end)`.
 * @returns The string with its line breaks folded and its invisible characters left out.
 * @throws TypeError when `text` is not a string.
 * @group Articles
 * @example
 * ```ts
 * const article = parseArticle(lynxDump);
 * const p = article.paragraphs[0];
 * foldLineBreaks(lynxDump.slice(p.start, p.end)) === p.text; // true, wrapped or not
 * ```
 */
export function foldLineBreaks(text: string): string {
  assertString(text, 'foldLineBreaks', 'text');
  // Invisible characters leave first, as the text path reads the lines without them (one beside a break goes with it).
  const field = dropInvisibles(text);
  let out = '';
  let from = 0;
  const n = field.length;
  // The field's longest line, measured when a break between two CJK characters is first met.
  let longest = -1;
  for (let i = 0; i < n; i++) {
    if (!isLineBreak(field.charCodeAt(i))) continue;
    let s = i;
    while (s > from && isBlank(field.charCodeAt(s - 1))) s--;
    let e = i + 1;
    while (e < n && (isBlank(field.charCodeAt(e)) || field.charCodeAt(e) === 0x0a)) e++;
    // Between two Chinese or Japanese characters a line break is no space (lynx cuts their lines anywhere),
    // unless the line stops short of the longest: it broke at a space, the run after it carried whole.
    let joined = s > from && e < n && isCjk(field.charCodeAt(s - 1)) && isCjk(field.charCodeAt(e));
    if (joined) {
      if (longest < 0) longest = longestLine(field);
      joined = s - from >= longest - CJK_CUT_SLACK;
    }
    // A drop cap's line break (`T` ⏎ `he morning …`) is taken out, as the text path's view of it does.
    joined ||= dropCapBreak(field, from, i);
    out += joined ? field.slice(from, s) : `${field.slice(from, s)} `;
    from = e;
    i = e - 1;
  }
  return from === 0 ? field : out + field.slice(from);
}

/**
 * How far short of the field's longest line a line cut between two Chinese or Japanese characters may stop and
 * still be cut anywhere at the width: lynx's cuts of such lines wander by a few characters (a full-width mark,
 * a Latin letter among them); a line stopping shorter broke at a space.
 */
const CJK_CUT_SLACK = 6;

/** Whether a UTF-16 code ends a line (`\n`, `\r`, the line and paragraph separators). */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/**
 * The length of `text`'s longest line, from its first character after the
 * margin (the text's start for the first line) to its last one but spaces.
 */
function longestLine(text: string): number {
  let longest = 0;
  let from = 0;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    if (i < n && !isLineBreak(text.charCodeAt(i))) continue;
    let s = i;
    while (s > from && isBlank(text.charCodeAt(s - 1))) s--;
    if (s - from > longest) longest = s - from;
    let e = i + 1;
    while (e < n && (isBlank(text.charCodeAt(e)) || text.charCodeAt(e) === 0x0a)) e++;
    from = e;
    i = e - 1;
  }
  return longest;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}
