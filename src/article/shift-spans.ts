/**
 * Moves every span of an article's parts to the offsets of another string:
 * the parts of a text read without its first characters (a byte-order mark),
 * or with its line ends trimmed (src/input/line-ends.ts), are given back in
 * the offsets of the whole input.
 */
import type { Span } from '../types.js';
import type { ArticleParts } from './result.js';

/** Maps the span's offsets once, however many fields share it. */
function move(span: Span | undefined, to: (at: number) => number, seen: Set<Span>): void {
  if (!span || seen.has(span)) return;
  seen.add(span);
  span.start = to(span.start);
  span.end = to(span.end);
}

/** Maps the spans of `parts` (title, standfirst, source, date, authors, paragraphs, related links, listing items) through `to`. */
export function mapSpans(parts: ArticleParts, to: (at: number) => number): void {
  const seen = new Set<Span>();
  move(parts.title?.span, to, seen);
  move(parts.standfirst?.span, to, seen);
  move(parts.source?.span, to, seen);
  move(parts.publishedAt?.span, to, seen);
  for (const a of parts.authors) move(a.span, to, seen);
  for (const p of parts.paragraphs) move(p, to, seen);
  for (const r of parts.related) move(r, to, seen);
  for (const item of parts.items ?? []) move(item, to, seen);
}

/** Moves the spans of `parts` by `by` code units. */
export function shiftSpans(parts: ArticleParts, by: number): void {
  mapSpans(parts, (at) => at + by);
}

/**
 * `text`, found in `view` within `span` (at its start, as a field's own text is, or inside it, as a listing item's
 * title is), as `input` prints it there (through `to`); `text` itself when not found. Only the span is searched.
 */
function reread(
  text: string,
  span: Span,
  view: string,
  input: string,
  to: (at: number) => number,
): string {
  const at = view.startsWith(text, span.start)
    ? span.start
    : span.start + view.slice(span.start, span.end).indexOf(text);
  return at >= span.start && at + text.length <= span.end
    ? input.slice(to(at), to(at + text.length))
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
