/** Character classes used across recognisers, as small predicates (no regex backtracking). */

/** U+00A0 NO-BREAK SPACE: crawlers keep it, tickers use runs of it as separators. */
export const NBSP = '\u00a0';

/**
 * Closing quotation marks of every convention (`"…"`, `“…”`, `« … »`, German
 * `„…“` and `»…«`, single `‘…’`, `‚…‘`, `›…‹`): a line ending with one ends
 * a sentence only when the mark before it does (`… says “no.”`).
 */
export const CLOSING_QUOTES = '"”»“«‘’‹›';

/** Opening quotation marks of every convention (`"…"`, `“…”`, `« … »`, German `„…“` and `»…«`, `‘…’`, `‹…›`). */
export const OPENING_QUOTES = '"“«„‘‹»';

/**
 * For a line ending with a closing quote ({@link CLOSING_QUOTES}): whether
 * one of `stops` stands before it, the space French sets before `»` looked
 * past (`… says “no.”`, `… dit-il. »`). Undefined when the line ends with no
 * closing quote: its last character tells.
 */
export function stopBeforeQuote(text: string, stops: string): boolean | undefined {
  const n = text.length;
  if (n === 0 || !CLOSING_QUOTES.includes(text.charAt(n - 1))) return undefined;
  const k = n > 2 && isSpace(text.charCodeAt(n - 2)) ? n - 3 : n - 2;
  return k >= 0 && stops.includes(text.charAt(k));
}

/** True for ASCII whitespace, NBSP and the other Unicode space separators a dump may hold. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** True for a line break character (LF, CR, or the Unicode line/paragraph separators). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** True for letters of the Arabic script blocks, presentation forms included. */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0620 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x06d3) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** One of {@link isArabicLetter}'s letters, for a native search (a test checks the two agree on every code unit). */
export const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]/;

/** Trims whitespace (NBSP included) from both ends of `input[start, end)` and returns the inner range. */
export function trimRange(input: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(input.charCodeAt(s))) s++;
  while (e > s && isSpace(input.charCodeAt(e - 1))) e--;
  return [s, e];
}

/**
 * True when a line opens with a text renderer's list bullet and a space
 * (`* `, `+ `, `- `, `• `, `o `, as w3m and lynx print list items) and goes on.
 */
export function startsWithBullet(text: string): boolean {
  return text.length > 2 && text.charCodeAt(1) === 0x20 && BULLET_CODES.has(text.charCodeAt(0));
}

/** The bullets of {@link startsWithBullet}, by code (compared without a one-character string each). */
const BULLET_CODES: ReadonlySet<number> = new Set(Array.from('*+-•o', (c) => c.charCodeAt(0)));

/** An ASCII digit, for one native search. */
const ASCII_DIGIT = /[0-9]/;

/** Whether `text` holds an ASCII digit. */
export function holdsAsciiDigit(text: string): boolean {
  return ASCII_DIGIT.test(text);
}

/** A letter of any script. */
const ANY_LETTER = /\p{L}/u;

/** Whether `text` holds a letter of any script (rules, bullets and dingbat lines do not). */
export function holdsLetter(text: string): boolean {
  return ANY_LETTER.test(text);
}

/** The number of spaces in `text` (its words less one, on a line of single spaces). */
export function countSpaces(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

/** Whether `text` holds `least` spaces or more, counted without splitting it. */
export function spacesAtLeast(text: string, least: number): boolean {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1))
    if (++n >= least) return true;
  return false;
}

/** Marks French typography sets off with a space (`légale ?`, `Débat :`): no word of their own. */
const SPACED_MARKS = ':;!?»';

/**
 * Whether `text` holds `least` spaces or more that open a word: a space before
 * a mark French spacing sets off (`Débat : faut-il … légale ?`) adds none.
 */
export function wordSpacesAtLeast(text: string, least: number): boolean {
  let n = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    const next = text.charAt(i + 1);
    if (next !== ' ' && !SPACED_MARKS.includes(next) && ++n >= least) return true;
  }
  return false;
}

/** A numbered list's item (`1. Linda Poon`, `12) …`): one to three digits, a stop or bracket, a space. */
const ORDERED_ITEM = /^\d{1,3}[.)] /;

/** Whether a line opens as a numbered list's item: a table of contents' entry, a ranking's. */
export function startsWithOrderedNumber(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && ORDERED_ITEM.test(text);
}

/** Whether a UTF-16 code is a Chinese or Japanese character: CJK punctuation, kana, ideographs, full-width forms. */
export function isCjk(c: number): boolean {
  return c >= 0x3001 && (c <= 0x9fff || (c >= 0xff00 && c <= 0xffef));
}

/** Characters at a text's start searched for a CJK one: a Chinese or Japanese line shows one at once. */
const CJK_HEAD = 48;
/** A CJK character (see {@link isCjk}). */
const CJK = /[\u3001-\u9fff\uff00-\uffef]/;
/** {@link CJK_HEAD} (48) characters at a text's start, none of them CJK (one class repeated a fixed count: no backtracking). */
const NO_CJK_HEAD = /^[^\u3001-\u9fff\uff00-\uffef]{48}/;

/** What one Chinese or Japanese character counts for against a Latin letter. */
const CJK_WEIGHT = 3;

/**
 * A text's length as prose measures it: each Chinese or Japanese character
 * counts {@link CJK_WEIGHT} times, for those scripts say in 40 characters
 * what Latin scripts say in 120 (a Japanese paragraph is no shorter than a
 * French one). Korean spaces its words and counts as written. Other texts:
 * their length.
 */
export function proseLength(text: string): number {
  // Most text holds no CJK character, and a CJK line shows one within its first characters.
  // One native search of the first characters (faster than a loop over them in JavaScript).
  if (text.length <= CJK_HEAD ? !CJK.test(text) : NO_CJK_HEAD.test(text)) return text.length;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) if (isCjk(text.charCodeAt(i))) cjk++;
  return text.length + (CJK_WEIGHT - 1) * cjk;
}

/** Whether {@link proseLength} of `text` can reach `n`: no character counts more than {@link CJK_WEIGHT} times, so a short line is told without a scan. */
export function mayReachProseLength(text: string, n: number): boolean {
  return text.length * CJK_WEIGHT >= n;
}

/** Spaces in a row that part a table's cells as text renderers pad them (`Cybex S-Fix      190 €      ja`). */
const COLUMN_GAP = 3;

/**
 * Whether a line reads as a table's row: cells parted by a tab (as a browser
 * copies a table), by a run of spaces inside a line (as w3m and lynx pad a
 * table's columns; a wrapped line's indent is none), or by a box-drawing rule
 * (`400 │ 0.73 │ 1.44`). Not `spaced`: runs of spaces part nothing (a hard
 * wrapped text's joined lines keep their indent).
 */
export function isTableRowLine(text: string, spaced = true): boolean {
  const tab = text.indexOf('\t');
  if (tab > 0 && tab < text.length - 1) return true;
  if (text.includes('\u2502')) return true;
  // One native search rules out most lines: a column's gap holds three spaces in a row.
  if (!spaced || !text.includes('   ')) return false;
  const end = text.trimEnd().length;
  let run = 0;
  let seenText = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      run++;
      continue;
    }
    // A wrapped line's indent (lynx) opens a line: it parts no cells.
    if (seenText && run >= COLUMN_GAP) return true;
    seenText = c !== 0x0a;
    run = 0;
  }
  return false;
}

/** Spaces in a row that part two cells of a layout table as w3m pads them side by side. */
const CELL_PAD = 10;
/** {@link CELL_PAD} spaces in a row, written out as a pattern (test/text-speed18.test.ts checks nine part no cells and ten do): its native search skips ahead by the run's length, where `includes` stops at every space. */
const PAD_RUN = / {10}/;

/**
 * How many runs of {@link CELL_PAD} spaces or more stand between two pieces
 * of text on a line: w3m prints a layout table's cells side by side, each
 * padded to its column's width (`[photo]          See more          03/05/2022`).
 */
export function paddedGaps(text: string): number {
  // Most lines hold no such run: a native search says so before any loop.
  return PAD_RUN.test(text) ? spaceGaps(text, CELL_PAD) : 0;
}

/** How many runs of `least` spaces or more stand between two pieces of text on a line. */
export function spaceGaps(text: string, least: number): number {
  let gaps = 0;
  let run = 0;
  let seenText = false;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 0x20) {
      run++;
      continue;
    }
    if (seenText && run >= least) gaps++;
    seenText = true;
    run = 0;
  }
  return gaps;
}

/**
 * Whether `s` holds `part` at `at` (`s.startsWith(part, at)` for `at` ≥ 0), by the slice there compared whole: V8's
 * `startsWith` reads one character at a time (about 10 ns a character), two strings compare as a block of memory
 * (about 40 times faster on a paragraph). For long parts: a field's text looked for at its span.
 */
export function holdsAt(s: string, part: string, at: number): boolean {
  return s.slice(at, at + part.length) === part;
}
