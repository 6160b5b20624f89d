/**
 * A view of a Markdown text with its markup taken out. Crawlers of the
 * language-model era store pages as Markdown (Jina Reader, Firecrawl,
 * trafilatura's and html2text's Markdown output): the story's sentences carry
 * inline links (`[the minister](https://…)`), emphasis (`**Rabat**`,
 * `_jeudi_`), heading marks (`# Title`), quote marks (`> `) and images
 * (`![alt](…)`). Read as plain text they stay in every field and a link's
 * address breaks each sentence it sits in. Through this view the readers see
 * the text a browser would show: a link's text without its brackets and
 * address, emphasis without its delimiters, a heading without its `#`, no
 * image, no raw HTML block's lone tag line. List bullets, tables and rule
 * lines stay, as the text path reads them in any text browser's output (a
 * `-` or `+` bullet reads as `*`); a converter's hard wrap is joined.
 *
 * Offsets found in the view are taken back to the input by
 * {@link CutView.toInput}: a field's span covers its markup, and the field
 * keeps the view's text (`the minister`, not `[the minister](https://…)`).
 *
 * One pass per kind of mark, each linear: brackets are paired on a bounded
 * stack, a link's address is read for at most {@link MAX_DESTINATION}
 * characters (an inlined `data:` image to its end, which holds no bracket),
 * emphasis delimiters are paired on a bounded stack per paragraph.
 */
import { type CutView, MARKED_OUT, withoutMarked } from './cut-map.js';
import { type Line, splitLines } from './text-blocks.js';

/** A character the view keeps although it looks like markup: the one an escape (`\*`) protects. */
const LITERAL = 2;

/** How far back a link's `]` looks for its `[`: a link's text is a few words, sometimes a wrapped block. */
const MAX_LINK_TEXT = 2000;
/** How far a link's address (and its title) may run before its `)`. */
const MAX_DESTINATION = 2048;
/** Brackets (and emphasis openers) kept open at once; the oldest is forgotten past this. */
const MAX_OPEN = 64;
/** The part of a text the sniff reads. */
const SNIFF_HEAD = 16384;

/** A heading's marks at a line's start: one to six `#` and a space (ATX headings). */
const HEADING_LINE = /(?:^|\n) {0,3}#{1,6}[ \t]+\S/g;

/**
 * Whether `input` reads as Markdown: three inline links or images (`](` and an
 * address) in its first 16 KB, or a heading mark beside a link or two strong
 * spans (`**…**`). A crawler's plain text prints none of these: a lynx dump's
 * links are `[12]`, a text holding one pasted link is not read as Markdown.
 */
export function looksLikeMarkdown(input: string): boolean {
  const head = input.length > SNIFF_HEAD ? input.slice(0, SNIFF_HEAD) : input;
  let links = 0;
  for (let at = head.indexOf(']('); at !== -1 && links < 3; at = head.indexOf('](', at + 2)) {
    const c = head.charCodeAt(at + 2);
    if (c > 0x20 && c !== 0x29) links++;
  }
  if (links >= 3) return true;
  HEADING_LINE.lastIndex = 0;
  if (!HEADING_LINE.test(head)) return false;
  if (links >= 1) return true;
  let strong = 0;
  for (let at = head.indexOf('**'); at !== -1 && strong < 4; at = head.indexOf('**', at + 2))
    strong++;
  return strong >= 4;
}

/**
 * `input` with its Markdown markup taken out ({@link CutView.text}), and the way back to the input's offsets;
 * undefined when it holds none. Escapes first (an escaped `*` or `[` is text), then links and images, line marks
 * (headings, quotes, lone tag lines), and emphasis last (its delimiters are paired as the view shows them, links
 * out); then, in place, the converter's wraps and the list marks ({@link rewritten}).
 */
export function markdownView(input: string): CutView | undefined {
  const marks = new Uint8Array(input.length);
  markEscapes(input, marks);
  markLinks(input, marks);
  markLineMarks(input, marks);
  markEmphasis(input, marks);
  const source = rewritten(input, marks);
  // Nothing taken out, but marks or breaks rewritten in place: the same offsets.
  return (
    withoutMarked(source, marks) ??
    (source === input ? undefined : { text: source, toInput: same, toInputAfter: same })
  );
}

/** An offset of a view that took nothing out: the input's. */
function same(at: number): number {
  return at;
}

/** How far under the wrap width a line may stop and still have been wrapped by the converter. */
const WRAP_BAND = 20;

/**
 * `input` rewritten character for character (same length, same offsets) where Markdown means something else than it
 * prints: the line breaks a converter wrapped a paragraph at read as spaces (the continuation line's indent marked
 * out), and a list's `-` or `+` mark reads as `*`, the bullet text browsers print (`listBulletLength`).
 *
 * A break is a wrap when the input is hard-wrapped (html2text wraps at 78 columns: Markdown reads a lone line break
 * inside a paragraph as a space), its line printed to within {@link WRAP_BAND} of the width the input's lines
 * show, markup and all, and neither line is a block of its own: a heading, a list's item, a quote, a table's row, a
 * rule; a line closed by two spaces or a backslash is a hard break. Unwrapped Markdown (one line a paragraph: Jina
 * Reader, Firecrawl) keeps its breaks.
 */
function rewritten(input: string, marks: Uint8Array): string {
  const lines = splitLines(input);
  const width = wrapWidth(input, lines);
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const here = lines[i];
    if (!here) continue;
    const bullet = listMark(input, here);
    if (bullet >= 0 && marks[bullet] === 0) {
      pieces.push(input.slice(from, bullet), '*');
      from = bullet + 1;
    }
    const next = lines[i + 1];
    if (
      !next ||
      width === undefined ||
      !filled(input, here, next, width) ||
      !softBreak(input, here, next)
    )
      continue;
    // The break's characters (a CRLF's two) read as one space; the next line's indent is the converter's.
    pieces.push(input.slice(from, here.end), ' ');
    marks.fill(MARKED_OUT, here.end + 1, firstVisible(input, next));
    from = here.end + 1;
  }
  if (pieces.length === 0) return input;
  pieces.push(input.slice(from));
  return pieces.join('');
}

/** The offset of a line's `-` or `+` list mark (followed by a space and text), or -1. */
function listMark(input: string, line: Line): number {
  const at = firstVisible(input, line);
  const c = input.charCodeAt(at);
  if (c !== 0x2d && c !== 0x2b) return -1;
  const after = input.charCodeAt(at + 1);
  return (after === 0x20 || after === 0x09) &&
    firstVisible(input, { start: at + 1, end: line.end }) < line.end
    ? at
    : -1;
}

/** Widest wrap a converter prints (html2text: 78 columns, pandoc: 72). */
const MAX_WRAP = 120;
/** Lines that go on to a next line, needed to measure a wrap. */
const MIN_WRAPPED = 8;
/** Share of them that must stop within {@link WRAP_BAND} of the width. */
const MIN_IN_BAND = 0.5;
/** Share of them that may pass the width (a word or an address the converter could not break). */
const MAX_OVER = 0.15;
/** Lengths read together when looking for the width. */
const WIDTH_WINDOW = 6;

/**
 * The width a converter wrapped `input` at, or undefined when it is not hard-wrapped: the lines that hold three
 * spaces or more and go on to a non-blank line (a paragraph's lines but its last) crowd under the width: at
 * least {@link MIN_WRAPPED} of them, half within {@link WRAP_BAND} under it and few ({@link MAX_OVER}) past it. Markup counts: a converter
 * wraps its own output, addresses and all; a line longer than {@link MAX_WRAP} that holds an address it could not
 * break is left out, one without is prose printed unwrapped.
 */
function wrapWidth(input: string, lines: readonly Line[]): number | undefined {
  const counts = new Uint32Array(MAX_WRAP + 2);
  let measured = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = lines[i];
    const next = lines[i + 1];
    if (!here || !next || next.end === next.start || !spacedLine(input, here)) continue;
    const long = here.end - here.start > MAX_WRAP;
    if (long && holdsAddress(input, here)) continue;
    const length = long ? MAX_WRAP + 1 : here.end - here.start;
    counts[length] = (counts[length] ?? 0) + 1;
    measured++;
  }
  if (measured < MIN_WRAPPED) return undefined;
  // The width is where the lines crowd: the end of the densest few lengths (a converter fills its lines to it).
  let width = 0;
  let best = 0;
  let window = 0;
  for (let l = 0; l <= MAX_WRAP; l++) {
    window += (counts[l] ?? 0) - (l >= WIDTH_WINDOW ? (counts[l - WIDTH_WINDOW] ?? 0) : 0);
    if (window >= best && (counts[l] ?? 0) > 0) {
      best = window;
      width = l;
    }
  }
  let inBand = 0;
  let over = 0;
  for (let l = 0; l <= MAX_WRAP + 1; l++) {
    if (l >= width - WRAP_BAND && l <= width) inBand += counts[l] ?? 0;
    else if (l > width + 2) over += counts[l] ?? 0;
  }
  return inBand >= measured * MIN_IN_BAND && over <= measured * MAX_OVER ? width : undefined;
}

/** Whether a line holds a link's address (`](` or `://`). */
function holdsAddress(input: string, line: Line): boolean {
  const slice = input.slice(line.start, line.end);
  return slice.includes('](') || slice.includes('://');
}

/** Whether a line holds three spaces or more (words of a paragraph, not an address or a lone link). */
function spacedLine(input: string, line: Line): boolean {
  let spaces = 0;
  for (let k = line.start; k < line.end && spaces < 3; k++)
    if (input.charCodeAt(k) === 0x20) spaces++;
  return spaces >= 3;
}

/**
 * Whether line `here` was filled to the width: it stops within {@link WRAP_BAND} of it, or the next line's first
 * word is a link's address that would not have fitted after it (sent whole to the next line, the link's last words
 * with it).
 */
function filled(input: string, here: Line, next: Line, width: number): boolean {
  const length = here.end - here.start;
  if (length >= width - WRAP_BAND) return true;
  const word = firstVisible(input, next);
  let end = word;
  while (end < next.end && input.charCodeAt(end) !== 0x20) end++;
  return length + 1 + (end - word) > width && holdsAddress(input, { start: word, end });
}

/** The offset of a line's first character that is not a space or a tab (its end when it holds none). */
function firstVisible(input: string, line: Line): number {
  let i = line.start;
  while (i < line.end && (input.charCodeAt(i) === 0x20 || input.charCodeAt(i) === 0x09)) i++;
  return i;
}

/** A Markdown line that is a block of its own: heading, quote, list item, table row, fence, rule or underline. */
const BLOCK_LINE =
  /^[ \t]*(?:#|>|\||```|~~~|[-*+][ \t]|\d{1,9}[.)][ \t]|={3}|-{3}|\*[ \t]*\*[ \t]*\*)/;

/** Whether the break between lines `here` and `next` is a soft one: two lines of one paragraph. */
function softBreak(input: string, here: Line, next: Line): boolean {
  const visible = firstVisible(input, next);
  if (visible === next.end || firstVisible(input, here) === here.end) return false;
  const last = input.charCodeAt(here.end - 1);
  if (last === 0x5c || (last === 0x20 && input.charCodeAt(here.end - 2) === 0x20)) return false;
  if (BLOCK_LINE.test(input.slice(next.start, next.start + 12))) return false;
  const head = input.slice(here.start, here.start + 12);
  if (!BLOCK_LINE.test(head)) return true;
  // A list's item goes on under its text when the next line is indented (pandoc: `-   [a long` ⏎ `    link](…)`).
  return LIST_ITEM.test(head) && visible > next.start;
}

/** A list item's mark at a line's start. */
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]/;

/** ASCII punctuation: what a backslash escapes in Markdown. */
function isAsciiPunctuation(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e)
  );
}

/** `\*`, `\[`, `\_`…: the backslash out, the character kept as text. */
function markEscapes(input: string, marks: Uint8Array): void {
  let i = input.indexOf('\\');
  while (i !== -1 && i + 1 < input.length) {
    const escapes = isAsciiPunctuation(input.charCodeAt(i + 1));
    if (escapes) {
      marks[i] = MARKED_OUT;
      marks[i + 1] = LITERAL;
    }
    i = input.indexOf('\\', escapes ? i + 2 : i + 1);
  }
}

/**
 * Inline links and images: `[text](address "title")` keeps `text`; `![alt](address)` goes whole (an image is no
 * text of the page). Brackets pair as they nest (`[![logo](a.png)](/)`: the image out, then the link round it);
 * a `]` with no `(` after it closes its bracket and is text (`[1]`).
 */
function markLinks(input: string, marks: Uint8Array): void {
  const opens: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if ((c !== 0x5b && c !== 0x5d) || marks[i] !== 0) continue;
    if (c === 0x5b) {
      if (opens.length === MAX_OPEN) opens.shift();
      opens.push(i);
      continue;
    }
    const open = opens.pop();
    if (open === undefined || i - open > MAX_LINK_TEXT || input.charCodeAt(i + 1) !== 0x28)
      continue;
    const end = destinationEnd(input, i + 2);
    if (end < 0) continue;
    const image = open > 0 && input.charCodeAt(open - 1) === 0x21 && marks[open - 1] === 0;
    if (image) marks.fill(MARKED_OUT, open - 1, end);
    else {
      marks[open] = MARKED_OUT;
      marks.fill(MARKED_OUT, i, end);
    }
    i = end - 1;
  }
}

/**
 * The offset after a link's closing `)`, its address opening at `from`, or -1 when none closes it: an address
 * (parentheses inside it balanced; one line break, where a converter wrapped a long one), then an optional title in
 * quotes or parentheses. At most {@link MAX_DESTINATION} characters are read, but for a `data:` address.
 */
function destinationEnd(input: string, from: number): number {
  // An image inlined as a `data:` address runs on for kilobytes: read to its end (base64 holds no bracket,
  // parenthesis or space).
  const inlined = input.startsWith('data:', from);
  const limit = inlined ? input.length : Math.min(input.length, from + MAX_DESTINATION);
  let depth = 0;
  let breaks = 0;
  for (let i = from; i < limit; i++) {
    const c = input.charCodeAt(i);
    // A bracket ends an inlined address's run: the next link's scan starts past it, never inside this one.
    if (inlined && (c === 0x5b || c === 0x5d)) return -1;
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      if (depth === 0) return i + 1;
      depth--;
    } else if (c === 0x0a) {
      // The converter's wrap, before the title (`…/allgemein/` ⏎ `"Alle Beiträge")`) or inside a long address.
      const titled = titleEnd(input, i + 1, limit);
      if (titled >= 0) return titled;
      if (++breaks > 1) return -1;
    } else if (c === 0x20 || c === 0x09) return titleEnd(input, i, limit);
  }
  return -1;
}

/**
 * After an address and its space: `"title")`, `'title')` or `(title))`, the offset after the link's `)`, or -1. A
 * quote inside the title closes it only where the link's `)` follows (converters print a headline's own quotes
 * unescaped: `"… les messages "militarisés" en lien …")`).
 */
function titleEnd(input: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (input.charCodeAt(i) === 0x20 || input.charCodeAt(i) === 0x09)) i++;
  const quote = input.charCodeAt(i);
  if (quote === 0x29) return i + 1;
  if (quote !== 0x22 && quote !== 0x27 && quote !== 0x28) return -1;
  const close = quote === 0x28 ? 0x29 : quote;
  let breaks = 0;
  for (i++; i < limit; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0a && ++breaks > 1) return -1;
    if (c !== close) continue;
    let after = i + 1;
    while (after < limit && input.charCodeAt(after) === 0x20) after++;
    if (after < limit && input.charCodeAt(after) === 0x29) return after + 1;
  }
  return -1;
}

/**
 * A line holding one HTML tag alone (`<div class="menu">`, `</div>`): a raw HTML block a converter let through
 * (pandoc keeps a page's `<div>`s around their Markdown).
 */
const TAG_LINE = /[ \t]{0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[ \t][^<>\n]*)?>[ \t]*(?=\r?\n|$)/y;

/**
 * At each line's start (after up to three spaces): quote marks (`> `, nested) and a heading's `#` run and its
 * spaces; a line that is one HTML tag alone, whole.
 */
function markLineMarks(input: string, marks: Uint8Array): void {
  for (let start = 0; start < input.length; ) {
    TAG_LINE.lastIndex = start;
    if (input.charCodeAt(start) === 0x3c || input.charCodeAt(start) === 0x20) {
      if (TAG_LINE.test(input)) marks.fill(MARKED_OUT, start, TAG_LINE.lastIndex);
    }
    let i = start;
    const indentEnd = Math.min(start + 3, input.length);
    while (i < indentEnd && input.charCodeAt(i) === 0x20) i++;
    while (input.charCodeAt(i) === 0x3e && marks[i] === 0) {
      marks[i++] = MARKED_OUT;
      if (input.charCodeAt(i) === 0x20) marks[i++] = MARKED_OUT;
    }
    let hashes = 0;
    while (hashes < 7 && input.charCodeAt(i + hashes) === 0x23 && marks[i + hashes] === 0) hashes++;
    const after = input.charCodeAt(i + hashes);
    if (hashes >= 1 && hashes <= 6 && (after === 0x20 || after === 0x09)) {
      let end = i + hashes;
      while (input.charCodeAt(end) === 0x20 || input.charCodeAt(end) === 0x09) end++;
      marks.fill(MARKED_OUT, i, end);
    }
    const next = input.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
}

/** Whitespace (a line's end, the text's ends) for the flanking rules. */
function isSpace(c: number): boolean {
  return (
    Number.isNaN(c) ||
    c <= 0x20 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}

/** Punctuation or a symbol, for the flanking rules. */
const PUNCTUATION = /[\p{P}\p{S}]/u;
function isPunctuation(c: number): boolean {
  return (
    !Number.isNaN(c) &&
    c > 0x20 &&
    (c < 0x80 ? isAsciiPunctuation(c) : PUNCTUATION.test(String.fromCharCode(c)))
  );
}

/** An emphasis delimiter run waiting for its closer. */
interface Opener {
  at: number;
  char: number;
  length: number;
}

/**
 * Emphasis: a run of one to three `*` or `_` that can open (followed by a letter, not by a space) paired with the
 * nearest run of the same character and length that can close, in the same paragraph (no blank line between):
 * both runs out. CommonMark's flanking rules: `_` inside a word (`snake_case`, an address) is text; a list's `* `
 * and a rule's `* * *` neither open nor close.
 */
function markEmphasis(input: string, marks: Uint8Array): void {
  const openers: Opener[] = [];
  let previous = 0x0a;
  let lineBlank = true;
  for (let i = 0; i < input.length; ) {
    const c = input.charCodeAt(i);
    if (marks[i] === MARKED_OUT) {
      i++;
      continue;
    }
    if (c === 0x0a) {
      if (lineBlank) openers.length = 0;
      lineBlank = true;
      previous = c;
      i++;
      continue;
    }
    if ((c !== 0x2a && c !== 0x5f) || marks[i] === LITERAL) {
      if (!isSpace(c)) lineBlank = false;
      previous = c;
      i++;
      continue;
    }
    let end = i + 1;
    while (end < input.length && input.charCodeAt(end) === c && marks[end] === 0) end++;
    let next = end;
    while (next < input.length && marks[next] === MARKED_OUT) next++;
    pairRun(marks, openers, { at: i, char: c, length: end - i }, previous, input.charCodeAt(next));
    lineBlank = false;
    previous = c;
    i = end;
  }
}

/** One delimiter run read between the characters the view shows before and after it: closes an opener, or opens. */
function pairRun(
  marks: Uint8Array,
  openers: Opener[],
  run: Opener,
  before: number,
  after: number,
): void {
  if (run.length > 3) return;
  const left =
    !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  const right =
    !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  const underscore = run.char === 0x5f;
  const canOpen = underscore ? left && (!right || isPunctuation(before)) : left;
  const canClose = underscore ? right && (!left || isPunctuation(after)) : right;
  if (canClose) {
    for (let k = openers.length - 1; k >= 0; k--) {
      const opener = openers[k];
      if (opener === undefined || opener.char !== run.char || opener.length !== run.length)
        continue;
      marks.fill(MARKED_OUT, opener.at, opener.at + opener.length);
      marks.fill(MARKED_OUT, run.at, run.at + run.length);
      openers.length = k;
      return;
    }
  }
  if (canOpen) {
    if (openers.length === MAX_OPEN) openers.shift();
    openers.push(run);
  }
}

/**
 * The address of the first inline link whose `](` stands in `input[from, to)`, as printed (a converter's wrap
 * inside it taken out), or undefined: a related link's or a listing item's target. An image inside a link's text
 * (`[![alt](a.png)](/story)`) is passed for the link round it. Reads at most {@link MAX_DESTINATION} characters an
 * address.
 */
export function linkAddress(input: string, from: number, to: number): string | undefined {
  for (let at = input.indexOf('](', from); at !== -1 && at < to; at = input.indexOf('](', at + 2)) {
    const end = destinationEnd(input, at + 2);
    if (end < 0 || input.startsWith('](', end)) continue;
    let address = '';
    let piece = at + 2;
    let k = piece;
    for (; k < end - 1; k++) {
      const c = input.charCodeAt(k);
      if (c === 0x20 || c === 0x09) break;
      if (c !== 0x0a && c !== 0x0d) continue;
      address += input.slice(piece, k);
      piece = k + 1;
      const after = input.charCodeAt(piece);
      if (after === 0x22 || after === 0x27) break;
    }
    if (piece < k) address += input.slice(piece, k);
    return address.length > 0 ? address : undefined;
  }
  return undefined;
}
