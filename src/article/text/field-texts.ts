/**
 * Every text field of a text dump's parts, for the refiners that read all of
 * them again once the parts are chosen (lynx's link numbers, invisible
 * characters): title, standfirst, source, paragraphs, related links, authors,
 * listing items.
 */
import type { ArticleParts } from '../result.js';

/** Replaces each text field of `parts` by `f` of it; spans are left as they are. */
export function mapFieldTexts(parts: ArticleParts, f: (text: string) => string): void {
  if (parts.title) parts.title.text = f(parts.title.text);
  if (parts.standfirst) parts.standfirst.text = f(parts.standfirst.text);
  if (parts.source) parts.source.name = f(parts.source.name);
  for (const p of parts.paragraphs) p.text = f(p.text);
  for (const r of parts.related) r.title = f(r.title);
  for (const a of parts.authors) a.name = f(a.name);
  for (const item of parts.items ?? []) {
    if (item.title !== undefined) item.title = f(item.title);
    if (item.teaser !== undefined) item.teaser = f(item.teaser);
    if (item.author !== undefined) item.author = f(item.author);
  }
}
