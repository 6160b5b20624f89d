/**
 * Recogniser for the content of `<script>`, `<style>` and `<noscript>`
 * elements, and of drawing-only `<svg>` elements ({@link svgDrawing}):
 * ranges the tokenizer may skip, since no page text lives there (JSON-LD
 * scripts are kept). About 40 % of a news page's characters are scripts and
 * styles. One forward scan: comments are stepped over, a
 * start tag's quoted attribute values are respected, and the content ends at
 * the first matching end tag, as the HTML standard's tokenizer ends it.
 */

import { svgDrawing } from './svg-drawing.js';

/** A `[start, end)` range of the input. */
export type Range = readonly [number, number];

/** An opening the scan stops at: a comment, or a start tag whose content may be skipped. */
const OPEN = /<!--|<(script|style|noscript|svg)(?=[\s/>])/iy;
/** The end tag closing each element's content. */
const CLOSE: Readonly<Record<string, RegExp>> = {
  script: /<\/script/iy,
  style: /<\/style/iy,
  noscript: /<\/noscript/iy,
};

/**
 * The next opening at or after `from`. A native search finds each `<`, and the
 * pattern is tried only where the next character may start one (`!`, `s`,
 * `n`, either case): a case-blind pattern searching the page is thrice slower.
 */
function nextOpen(input: string, from: number): RegExpExecArray | null {
  for (let i = input.indexOf('<', from); i >= 0; i = input.indexOf('<', i + 1)) {
    const c = input.charCodeAt(i + 1) | 0x20;
    if (c !== 0x21 && c !== 0x73 && c !== 0x6e) continue;
    OPEN.lastIndex = i;
    const m = OPEN.exec(input);
    if (m) return m;
  }
  return null;
}

/** Where the first `</tag` at or after `from` starts (`close` matches it there), or -1; searched as {@link nextOpen} searches. */
function nextClose(input: string, close: RegExp, tag: string, from: number): number {
  const first = tag.charCodeAt(0);
  for (let i = input.indexOf('</', from); i >= 0; i = input.indexOf('</', i + 2)) {
    if ((input.charCodeAt(i + 2) | 0x20) !== first) continue;
    close.lastIndex = i;
    if (close.test(input)) return i;
  }
  return -1;
}

/** Index just past the `>` that ends the start tag beginning at `from`, or -1. */
function tagEnd(input: string, from: number): number {
  let quote = 0;
  for (let i = from; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) {
      // A quote opens a value only right after `=` (spaces allowed).
      let j = i - 1;
      while (j > from && (input.charCodeAt(j) === 0x20 || input.charCodeAt(j) === 0x0a)) j--;
      if (input.charCodeAt(j) === 0x3d) quote = c;
    } else if (c === 0x3e) return i + 1;
  }
  return -1;
}

/** Content ranges of script (other than JSON-LD), style, noscript and drawing-only svg elements, in order. */
export function rawRegions(input: string): Range[] {
  const out: Range[] = [];
  let next = 0;
  for (let m = nextOpen(input, 0); m !== null; m = nextOpen(input, next)) {
    next = m.index + m[0].length;
    if (m[0] === '<!--') {
      const end = input.indexOf('-->', m.index + 4);
      if (end < 0) break;
      next = end + 3;
      continue;
    }
    const tag = (m[1] ?? '').toLowerCase();
    if (tag === 'svg') {
      // Content that is not drawing only is tokenized (the scan goes on inside it).
      const drawing = svgDrawing(input, m.index + m[0].length);
      if (drawing && drawing[1] > drawing[0]) {
        out.push(drawing);
        next = drawing[1];
      }
      continue;
    }
    const start = tagEnd(input, m.index + m[0].length);
    if (start < 0) break;
    const close = CLOSE[tag];
    if (!close) continue;
    const c = nextClose(input, close, tag, start);
    const end = c >= 0 ? c : input.length;
    next = end;
    if (tag === 'script' && /ld\+json/i.test(input.slice(m.index, start))) continue;
    if (end > start) out.push([start, end]);
  }
  return out;
}
