/**
 * Decides whether an input string is an HTML page or a text dump, from the
 * document's structure: a page starts with markup, or markup is its fabric
 * (many tags, closing tags among them). A text that mentions a tag in its
 * prose (`<noun>.js`, an escaped `<div class="x">` quoted from a noscript
 * block) stays text.
 */
import { looksLikeMarkdown } from './markdown-view.js';

const HTML_START =
  /^[\s\ufeff]*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|!--|\?xml\s|(?:div|article|section|main|header|nav|table|p|span|h[1-6]|ul|form|link|script|style|title|br|b)[\s>/])/i;
const OPEN_TAG =
  /<(?:html|head|body|div|p|span|a|article|section|main|nav|header|footer|aside|script|style|meta|link|title|li|ul|ol|table|tr|td|br|img|h[1-6]|figure|iframe|form|input|button)[\s>/]/gi;
const CLOSE_TAG =
  /<\/(?:html|head|body|div|p|span|a|article|section|main|nav|header|footer|aside|script|style|title|li|ul|ol|table|tr|td|h[1-6]|figure|form|button)\s*>/gi;

/** Tags and closing tags the first 8 kB must hold to read as markup when they do not open it. */
const MIN_TAGS = 10;
const MIN_CLOSES = 4;
/** Share of the first 8 kB's lines that hold a tag when markup is the text's fabric. */
const MIN_TAGGED_LINES = 0.5;

/** A tag that only a whole document holds: doctype, `<html>`, `<head>`, `<body>`, `<meta …>`, `<title>`. */
const DOCUMENT_TAG = /<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>)/i;

/** Which front door an input goes through. */
export type InputFormat = 'html' | 'text' | 'markdown';

function countUpTo(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text) !== null) n++;
  return n;
}

/** Share of the non-blank lines of `head` holding a tag (`<` before a letter, `/` or `!`), in one pass; a line ends at `\n` or `\r` (CRLF, or a carriage return alone). */
function taggedLines(head: string): number {
  let lines = 0;
  let tagged = 0;
  let text = false;
  let tag = false;
  for (let i = 0; i <= head.length; i++) {
    const c = i < head.length ? head.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d) {
      if (text) lines++;
      if (tag) tagged++;
      text = false;
      tag = false;
      continue;
    }
    if (c > 0x20) text = true;
    if (c === 0x3c) {
      const d = head.charCodeAt(i + 1) | 0x20;
      if ((d >= 0x61 && d <= 0x7a) || d === 0x2f || d === 0x21) tag = true;
    }
  }
  return lines === 0 ? 0 : tagged / lines;
}

/**
 * `html` when markup is the document's fabric: it starts like a page (doctype,
 * `<html>`, `<head>`, a block element…) or its first 8 kB hold at least ten
 * element tags with closing tags among them, and, either way, it holds a
 * document's own tag (doctype, `<html>`, `<head>`, `<body>`, `<meta>`,
 * `<title>`) with no prose above it, or most of its lines hold tags. `text` otherwise: crawler text
 * that prints a `<noscript>` block's escaped markup (`<span class=x>`, `<img
 * src=…>`) on a few of its lines stays text, and so does a post that quotes
 * a whole page as a code sample below its prose. A text that reads as
 * Markdown (inline links, heading marks: {@link looksLikeMarkdown}) is
 * `markdown`.
 */
export function sniffFormat(input: string): InputFormat {
  const head = input.slice(0, 8192);
  const markup =
    HTML_START.test(head) ||
    (countUpTo(OPEN_TAG, head, MIN_TAGS) >= MIN_TAGS &&
      countUpTo(CLOSE_TAG, head, MIN_CLOSES) >= MIN_CLOSES);
  if (!markup) return textFormat(input);
  const documentTag = DOCUMENT_TAG.exec(head);
  const ownDocument =
    documentTag !== null && proseLinesBefore(head, documentTag.index) < QUOTING_PROSE_LINES;
  if (ownDocument) return 'html';
  // Markdown keeping a page's `<div>`s (pandoc) holds tags on many lines, but its links are Markdown's, not `<a>`s.
  if (!holdsLinkTag(head) && looksLikeMarkdown(input)) return 'markdown';
  return taggedLines(head) >= MIN_TAGGED_LINES ? 'html' : textFormat(input);
}

/** How far into a link element's tag its `href` is looked for. */
const LINK_TAG_HEAD = 200;

/**
 * Whether `head` holds a link element (`<a … href…>`): an HTML page's links are written so; Markdown's are
 * `[text](address)`. Each `<a` is read up to its `>` or {@link LINK_TAG_HEAD} characters, once.
 */
function holdsLinkTag(head: string): boolean {
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<a'); at !== -1; at = lower.indexOf('<a', at + 2)) {
    const c = lower.charCodeAt(at + 2);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    const close = lower.indexOf('>', at);
    const end = Math.min(close === -1 ? lower.length : close, at + LINK_TAG_HEAD);
    const href = lower.indexOf('href', at);
    if (href !== -1 && href < end) return true;
  }
  return false;
}

/** A text's format: `markdown` when it reads as Markdown (`input/markdown-view.ts`), `text` otherwise. */
function textFormat(input: string): InputFormat {
  return looksLikeMarkdown(input) ? 'markdown' : 'text';
}

/**
 * Lines of prose before a document's own tag that make the document a quoted
 * sample (a tutorial printing a whole page as code) rather than the input's
 * own: a page's transfer headers or a server's notices stand before it in
 * fewer lines, and none of them is prose.
 */
const QUOTING_PROSE_LINES = 3;
/** Words a line without markup holds to read as prose. */
const PROSE_WORDS = 8;

/** Lines of `head` before `end` that hold no markup (`<`) and {@link PROSE_WORDS} words or more, counted up to {@link QUOTING_PROSE_LINES}. */
function proseLinesBefore(head: string, end: number): number {
  let lines = 0;
  let words = 0;
  let inWord = false;
  let tag = false;
  for (let i = 0; i <= end && lines < QUOTING_PROSE_LINES; i++) {
    const c = i < end ? head.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d) {
      if (!tag && words >= PROSE_WORDS) lines++;
      words = 0;
      inWord = false;
      tag = false;
    } else if (c === 0x3c) tag = true;
    else if (c <= 0x20) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return lines;
}
