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
