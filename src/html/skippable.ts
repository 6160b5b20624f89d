/**
 * Recogniser for the stretches of the tokenizer's stream (the page less its
 * skipped raw regions) that it may skip without changing anything the walk
 * reads: attributes nothing reads (`data-*`, `src`, `srcset`, `sizes`, `alt`,
 * `on…` handlers; a fifth of a news page's markup), the second and later
 * characters of a whitespace run that opens or closes a text (a whitespace
 * token stays one, and only its being there is read), and comments that stand
 * right after a tag or a space (no two texts join where they were). One forward
 * pass that follows the HTML tokenizer's states exactly: tags, attribute
 * values, comments, doctypes and bogus comments, and the raw-text elements
 * whose content it reads as text (`<title>`, `<textarea>`, JSON-LD scripts…).
 * Where the tokenizer's reading depends on the tree (a raw-text element or
 * `<![CDATA[` that may stand inside `<svg>` or `<math>`), the pass stops and
 * the rest of the page is read whole.
 */
import type { Range } from './raw-regions.js';
import { RAW_TEXT } from './tags.js';

/** Whether `c` is a space as the tokenizer reads one (a CR is read as a line feed). */
export const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;

/** Whether `c` is an ASCII letter. */
const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Whether `s[from…to)` is `name` (lower-case letters and `-`) in any ASCII case. */
function isName(s: string, from: number, to: number, name: string): boolean {
  if (to - from < name.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = s.charCodeAt(from + i);
    const m = name.charCodeAt(i);
    if (c !== m && (m < 0x61 || c !== m - 0x20)) return false;
  }
  return true;
}

/** Whether the attribute named `s[from…to)` is one no reader of the walk's records and hints ever looks at. */
function unread(s: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 3 || n > 40) return false;
  switch (s.charCodeAt(from) | 0x20) {
    case 0x6f: {
      // Event handlers: `on` and letters (`onclick`, `onerror`).
      if ((s.charCodeAt(from + 1) | 0x20) !== 0x6e) return false;
      for (let i = from + 2; i < to; i++) if (!isLetter(s.charCodeAt(i))) return false;
      return true;
    }
    case 0x64:
      return n > 5 && isName(s, from, from + 5, 'data-');
    case 0x73:
      return (
        (n === 3 && isName(s, from, to, 'src')) ||
        (n === 6 && isName(s, from, to, 'srcset')) ||
        (n === 5 && isName(s, from, to, 'sizes'))
      );
    case 0x61:
      return n === 3 && isName(s, from, to, 'alt');
    default:
      return false;
  }
}

/**
 * Index just past the comment whose `<!--` starts at `from`, as the tokenizer
 * ends it: `<!-->` and `<!--->` are whole comments, else the first `-->` or
 * `--!>` after the opening ends it; the input's length when none does.
 * `close` is where the first `-->` after the opening starts (-1: none), when
 * the caller knows it: comments ended by `--!>` would each search again.
 */
export function commentEnd(s: string, from: number, close = s.indexOf('-->', from + 4)): number {
  const body = from + 4;
  if (s.charCodeAt(body) === 0x3e) return body + 1;
  if (s.startsWith('->', body)) return body + 2;
  // A `--!>` before it ends the comment there (looked for up to the `-->` only: the pass stays linear).
  const to = close < 0 ? s.length : close;
  for (let k = body + 2; k < to; k++)
    if (s.charCodeAt(k) === 0x21 && s.charCodeAt(k + 1) === 0x3e && s.startsWith('--', k - 2))
      return k + 2;
  return close < 0 ? s.length : close + 3;
}

/** Names the pass looks for in tags (the raw-text elements, `svg` and `math`), by their length and first letter. */
const NAMED: Array<string[] | undefined> = [];
for (const name of [...RAW_TEXT.keys(), 'svg', 'math']) {
  const key = name.length * 32 + (name.charCodeAt(0) & 31);
  NAMED[key] = [...(NAMED[key] ?? []), name];
}

/** The name of {@link NAMED} that `s[from…to)` is, in any ASCII case, or the empty string. */
function namedTag(s: string, from: number, to: number): string {
  if (to - from > 12) return '';
  const names = NAMED[(to - from) * 32 + (s.charCodeAt(from) & 31)];
  if (names === undefined) return '';
  for (const name of names) if (isName(s, from, to, name)) return name;
  return '';
}

/** Index of the `</name` (followed by a space, `/` or `>`) that ends a raw-text element's content, or -1. */
function rawEnd(s: string, name: string, from: number): number {
  for (let i = s.indexOf('</', from); i >= 0; i = s.indexOf('</', i + 2)) {
    const after = i + 2 + name.length;
    if (after >= s.length) return -1;
    const c = s.charCodeAt(after);
    if (!isSpace(c) && c !== 0x2f && c !== 0x3e) continue;
    if (namedTag(s, i + 2, after) === name) return i;
  }
  return -1;
}

/**
 * Follows the attributes of the tag whose name ended at `from` to its end (the
 * index past its `>`, or -1 when the input ends inside it and the tokenizer
 * drops it), pushing each unread attribute of a start tag to `cuts` (its name
 * to the end of its value). The tokenizer's states after a quoted value and
 * after a name read every next character as the state before a name does
 * (a name is known to have no value when no `=` follows it), so one loop
 * stands for them. An attribute read after a `/` (`<div/data-x>`) is kept:
 * without it the `/` would close the tag.
 */
function scanTag(s: string, from: number, start: boolean, cuts: Range[]): number {
  const n = s.length;
  let i = from;
  for (;;) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    let c = s.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x2f) {
      // The self-closing state: `/>` ends the tag, anything else is read again as before a name.
      if (s.charCodeAt(i + 1) === 0x3e) return i + 2;
      i++;
      continue;
    }
    // A name: its first character may be `=`; it ends at a space, `/`, `>` or `=`.
    const nameStart = i;
    i++;
    while (i < n) {
      c = s.charCodeAt(i);
      if (isSpace(c) || c === 0x2f || c === 0x3e || c === 0x3d) break;
      i++;
    }
    const cut = start && unread(s, nameStart, i) && s.charCodeAt(nameStart - 1) !== 0x2f;
    const nameEnd = i;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    if (s.charCodeAt(i) !== 0x3d) {
      if (cut) cuts.push([nameStart, nameEnd]);
      continue;
    }
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    c = s.charCodeAt(i);
    if (c === 0x3e) {
      // A missing value: the tag ends.
      if (cut) cuts.push([nameStart, i]);
      return i + 1;
    }
    if (c === 0x22 || c === 0x27) {
      const close = s.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else {
      // An unquoted value runs to a space or `>` (a character reference never takes either).
      while (i < n && !isSpace(s.charCodeAt(i)) && s.charCodeAt(i) !== 0x3e) i++;
      if (i >= n) return -1;
    }
    if (cut) cuts.push([nameStart, i]);
  }
}

/** Whether `s[from…to)` has no `<`, `&` or NUL: text that every tokenizer state reads alike. */
function plain(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3c || c === 0x26 || c === 0) return false;
  }
  return true;
}

/**
 * Pushes the second and later characters of the whitespace runs that open and
 * close the text `s[from…to)` (the indentation between tags; runs between
 * words are seldom longer than one space, and are left).
 */
function squeezeSpaces(s: string, from: number, to: number, cuts: Range[]): void {
  let i = from;
  while (i < to && isSpace(s.charCodeAt(i))) i++;
  if (i - from > 1) cuts.push([from + 1, i]);
  if (i === to) return;
  let j = to;
  while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
  if (to - j > 1) cuts.push([j + 1, to]);
}

/**
 * Ranges of the tokenizer's stream `s` it may skip (see the module comment),
 * in order. Linear in the length of `s`; never throws on a string.
 */
export function skippableRanges(s: string): Range[] {
  const cuts: Range[] = [];
  const n = s.length;
  // Open `<svg>` and `<math>` elements, counted so that each count is never below the tree's.
  let svg = 0;
  let math = 0;
  // Where the last tag (or cut comment) ended: a token that text after it cannot join.
  let afterTag = 0;
  // The next `-->` found, -1 when there is none left (searched again only once the scan has passed it).
  let dashes = -2;
  let i = 0;
  while (i < n) {
    // The data state: text up to the next `<` (a character reference never takes one).
    const lt = s.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (svg + math === 0) squeezeSpaces(s, i, textEnd, cuts);
    if (lt < 0) break;
    const c = s.charCodeAt(lt + 1);
    if (isLetter(c) || (c === 0x2f && isLetter(s.charCodeAt(lt + 2)))) {
      const start = c !== 0x2f;
      const nameStart = start ? lt + 1 : lt + 2;
      let nameEnd = nameStart + 1;
      while (nameEnd < n) {
        const d = s.charCodeAt(nameEnd);
        if (isSpace(d) || d === 0x2f || d === 0x3e) break;
        nameEnd++;
      }
      const mark = cuts.length;
      const end = scanTag(s, nameEnd, start, cuts);
      if (end < 0) {
        // The input ends inside the tag: the tokenizer drops it, and its cuts are not needed.
        cuts.length = mark;
        break;
      }
      i = end;
      afterTag = end;
      const name = namedTag(s, nameStart, nameEnd);
      if (!start) {
        if (name === 'svg') svg = Math.max(0, svg - 1);
        else if (name === 'math') math = Math.max(0, math - 1);
        continue;
      }
      if (name === 'svg') svg++;
      else if (name === 'math') math++;
      const mode = RAW_TEXT.get(name);
      if (mode === undefined) continue;
      if (mode === 'plaintext') break;
      const close = rawEnd(s, name, i);
      if (close < 0) break;
      // Inside foreign content the tokenizer reads markup here, and which it reads depends on the tree:
      // both readings agree only on plain text (no markup, reference or NUL) up to the end tag.
      if (svg + math > 0 && !plain(s, i, close)) break;
      // `<!--` in a script may hide its end tag (the script data escape states).
      if (mode === 'script' && s.slice(i, close).includes('<!--')) break;
      i = close;
      continue;
    }
    if (c === 0x21) {
      if (s.startsWith('--', lt + 2)) {
        if (dashes !== -1 && dashes < lt + 4) dashes = s.indexOf('-->', lt + 4);
        const end = commentEnd(s, lt, dashes);
        // Cut, the comment would join the text around it into one token: harmless right after a tag, or
        // after a space unless a reference or a `</>` (read as nothing) follows, which would move where
        // the next text starts (parse5 starts a text that follows a space at a reference's end).
        const afterSpace =
          isSpace(s.charCodeAt(lt - 1)) && s.charCodeAt(end) !== 0x26 && !s.startsWith('</>', end);
        if (end < n && svg + math === 0 && (lt === afterTag || afterSpace)) {
          cuts.push([lt, end]);
          if (lt === afterTag) afterTag = end;
        }
        i = end;
        continue;
      }
      if (s.startsWith('[CDATA[', lt + 2) && svg + math > 0) break;
    }
    if (c === 0x21 || c === 0x3f || c === 0x2f) {
      // A doctype, a bogus comment or `</>`: up to the first `>`.
      const gt = s.indexOf('>', lt + 2);
      if (gt < 0) break;
      i = gt + 1;
      continue;
    }
    // A `<` that opens nothing is text.
    i = lt + 1;
  }
  return cuts;
}
