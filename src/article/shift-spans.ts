/**
 * Moves every span of an article's parts by a fixed number of code units: the
 * parts of a text read without its first characters (a byte-order mark) are
 * given back in the offsets of the whole input.
 */
import type { Span } from '../types.js';
import type { ArticleParts } from './result.js';

/** Adds `by` to the span's offsets once, however many fields share it. */
function shift(span: Span | undefined, by: number, seen: Set<Span>): void {
  if (!span || seen.has(span)) return;
  seen.add(span);
  span.start += by;
  span.end += by;
}

/** Moves the spans of `parts` (title, standfirst, source, date, authors, paragraphs, related links, listing items) by `by`. */
export function shiftSpans(parts: ArticleParts, by: number): void {
  const seen = new Set<Span>();
  shift(parts.title?.span, by, seen);
  shift(parts.standfirst?.span, by, seen);
  shift(parts.source?.span, by, seen);
  shift(parts.publishedAt?.span, by, seen);
  for (const a of parts.authors) shift(a.span, by, seen);
  for (const p of parts.paragraphs) shift(p, by, seen);
  for (const r of parts.related) shift(r, by, seen);
  for (const item of parts.items ?? []) shift(item, by, seen);
}
