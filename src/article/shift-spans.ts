/**
 * Moves every span of an article's parts to the offsets of another string:
 * the parts of a text read without some of its characters (invisible ones,
 * src/input/visible-view.ts; decomposed letters composed, src/input/composed.ts)
 * or with its line ends trimmed (src/input/line-ends.ts) are given back in
 * the offsets of the whole input.
 */
import { foldLineBreaks } from '../input/wrapped.js';
import { holdsAt } from '../text/chars.js';
import type { Span } from '../types.js';
import type { ArticleParts } from './result.js';

/** A span's start and its end, each taken to the other string (they differ where the view took characters out). */
interface SpanMap {
  start: (at: number) => number;
  end: (at: number) => number;
}

/** Maps the span's offsets once, however many fields share it. */
function move(span: Span | undefined, to: SpanMap, seen: Set<Span>): void {
  if (!span || seen.has(span)) return;
  seen.add(span);
  span.start = to.start(span.start);
  span.end = to.end(span.end);
}

/**
 * Maps the spans of `parts` (title, standfirst, source, date, authors, paragraphs, related links, listing items)
 * through `to`, and their starts through `toStart` when a start at a place where characters were taken out stands
 * after them (a span ends before them).
 */
export function mapSpans(
  parts: ArticleParts,
  to: (at: number) => number,
  toStart: (at: number) => number = to,
): void {
  const map: SpanMap = { start: toStart, end: to };
  const seen = new Set<Span>();
  move(parts.title?.span, map, seen);
  move(parts.standfirst?.span, map, seen);
  move(parts.source?.span, map, seen);
  move(parts.publishedAt?.span, map, seen);
  for (const a of parts.authors) move(a.span, map, seen);
  for (const p of parts.paragraphs) move(p, map, seen);
  for (const r of parts.related) move(r, map, seen);
  for (const item of parts.items ?? []) move(item, map, seen);
}

/**
 * `text`, found in `view` within `span` (at its start, as a field's own text is, or inside it, as a listing item's
 * title is), as `input` prints it there (through `to`); a field joined from wrapped lines, the input's lines of its span
 * folded; `text` itself when not found. Only the span is searched.
 */
function reread(
  text: string,
  span: Span,
  view: string,
  input: string,
  to: (at: number) => number,
): string {
  const at = holdsAt(view, text, span.start)
    ? span.start
    : span.start + view.slice(span.start, span.end).indexOf(text);
  if (at >= span.start && at + text.length <= span.end)
    return input.slice(to(at), to(at + text.length));
  // A field joined from hard-wrapped lines is its span's lines folded: folded again from the input's lines.
  return foldLineBreaks(view.slice(span.start, span.end)) === text
    ? foldLineBreaks(input.slice(to(span.start), to(span.end)))
    : text;
}

/**
 * The parts of a view of `input` (`view`, whose offsets `to` takes back to
 * the input) given in the input's terms: each field's text as the input
 * prints it where the view printed it as is, and every span moved.
 */
export function throughView(
  parts: ArticleParts,
  view: string,
  input: string,
  to: (at: number) => number,
): void {
  const { title, standfirst, source } = parts;
  const again = (text: string, span: Span): string => reread(text, span, view, input, to);
  if (title?.span) title.text = again(title.text, title.span);
  if (standfirst?.span) standfirst.text = again(standfirst.text, standfirst.span);
  if (source?.span) source.name = again(source.name, source.span);
  for (const p of parts.paragraphs) p.text = again(p.text, p);
  for (const r of parts.related) r.title = again(r.title, r);
  for (const a of parts.authors) if (a.span) a.name = again(a.name, a.span);
  for (const item of parts.items ?? []) {
    if (item.title !== undefined) item.title = again(item.title, item);
    if (item.teaser !== undefined) item.teaser = again(item.teaser, item);
    if (item.author !== undefined) item.author = again(item.author, item);
  }
  mapSpans(parts, to);
}
