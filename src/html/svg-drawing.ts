/**
 * Recogniser for the content of an inline `<svg>` that is drawing only:
 * shapes, groups, gradients and clip paths, with at most the graphic's own
 * name (`<title>`, `<desc>`: an icon's, never the page's title) and
 * comments; no `<text>`, no link and no HTML element. Such content is never page text
 * nor metadata, and its path data is about a tenth of what the tokenizer
 * reads on a news page, so the tokenizer may skip it. The check reads tags
 * exactly as the HTML tokenizer does for the shapes it accepts, and gives up
 * (keeps the content) on anything it does not know.
 */
import { phrases } from '../util/tables.js';
import { isSpace } from './skippable.js';

/** SVG elements that only draw (their attributes are geometry and paint), and the graphic's name and description. */
const DRAWING = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'path|g|circle|rect|ellipse|line|polyline|polygon|use|defs|symbol|lineargradient|radialgradient|stop|' +
      'clippath|mask|pattern|filter|animate|animatetransform|title|desc',
  ),
);

/** Index of the first of `input[from…]` that is a space, `/` or `>`. */
function nameEnd(input: string, from: number): number {
  let i = from;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    if (isSpace(c) || c === 0x2f || c === 0x3e) break;
    i++;
  }
  return i;
}

/**
 * Index just past the `>` that ends the tag whose attributes start at `from`,
 * or -1 when an attribute is not a plain `name`, `name="…"`, `name='…'` or
 * `name=value` (the tokenizer's error cases are not followed).
 */
export function plainTagEnd(input: string, from: number): number {
  let i = from;
  for (;;) {
    while (i < input.length && isSpace(input.charCodeAt(i))) i++;
    if (i >= input.length) return -1;
    const c = input.charCodeAt(i);
    if (c === 0x3e) return i + 1;
    if (c === 0x2f) return input.charCodeAt(i + 1) === 0x3e ? i + 2 : -1;
    // The attribute's name: no quote, `<` or `=` in it.
    const nameStart = i;
    while (i < input.length) {
      const n = input.charCodeAt(i);
      if (isSpace(n) || n === 0x2f || n === 0x3e || n === 0x3d) break;
      if (n === 0x22 || n === 0x27 || n === 0x3c) return -1;
      i++;
    }
    if (i === nameStart) return -1;
    while (i < input.length && isSpace(input.charCodeAt(i))) i++;
    if (input.charCodeAt(i) !== 0x3d) continue;
    i++;
    while (i < input.length && isSpace(input.charCodeAt(i))) i++;
    const q = input.charCodeAt(i);
    if (q === 0x22 || q === 0x27) {
      const close = input.indexOf(q === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
      continue;
    }
    // An unquoted value: it ends at a space or `>`; the characters the tokenizer reads as errors give up.
    while (i < input.length) {
      const n = input.charCodeAt(i);
      if (isSpace(n) || n === 0x3e) break;
      if (n === 0x22 || n === 0x27 || n === 0x3c || n === 0x3d || n === 0x60) return -1;
      i++;
    }
  }
}

/**
 * Index just past the comment opening at `from` (`<!--`), or -1 when it does
 * not end at its first `-->` as the tokenizer ends it (`<!-->`, `<!--->` and
 * `--!>` end a comment earlier) or does not end.
 */
function commentEnd(input: string, from: number): number {
  const body = from + 4;
  if (input.charCodeAt(body) === 0x3e || input.startsWith('->', body)) return -1;
  const close = input.indexOf('-->', body);
  if (close < 0) return -1;
  for (let k = body; k + 3 < close; k++)
    if (input.charCodeAt(k) === 0x2d && input.startsWith('-!>', k + 1)) return -1;
  return close + 3;
}

/**
 * Where the drawing-only content of the `<svg>` whose start tag's attributes
 * begin at `from` lies: `[start, end)` from after its start tag to its
 * `</svg`, or undefined when that content is not drawing only (or the start
 * tag closes itself, or no `</svg` ends it).
 */
export function svgDrawing(input: string, from: number): readonly [number, number] | undefined {
  const start = plainTagEnd(input, from);
  if (start < 0 || input.charCodeAt(start - 2) === 0x2f) return undefined;
  let i = start;
  for (;;) {
    const lt = input.indexOf('<', i);
    if (lt < 0) return undefined;
    if (input.startsWith('<!--', lt)) {
      i = commentEnd(input, lt);
      if (i < 0) return undefined;
      continue;
    }
    const end = input.charCodeAt(lt + 1) === 0x2f;
    const nameStart = end ? lt + 2 : lt + 1;
    const after = nameEnd(input, nameStart);
    const name = input.slice(nameStart, after).toLowerCase();
    if (end && name === 'svg') return after < input.length ? [start, lt] : undefined;
    if (!DRAWING.has(name)) return undefined;
    i = plainTagEnd(input, after);
    if (i < 0) return undefined;
  }
}
