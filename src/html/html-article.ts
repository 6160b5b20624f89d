/** The HTML pipeline: walk, metadata, title, body. */
import type { ArticleParts } from '../article/result.js';
import { siteFromUrl } from '../article/site.js';
import { normaliseIsoString } from '../dates/iso-string.js';
import { fold } from '../text/fold.js';
import { selectBody } from './body.js';
import { readMetadata } from './metadata.js';
import { walkHtml } from './walk.js';

/** `Title | Site` or `Title - Site`: the part before the last separator, when the rest is short. */
function stripSiteSuffix(title: string): string {
  for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ']) {
    const at = title.lastIndexOf(sep);
    if (at > 10 && title.length - at < 40) return title.slice(0, at).trim();
  }
  return title;
}

/** Reads an HTML page into article parts. */
export function parseHtmlArticle(input: string): ArticleParts {
  const warnings: string[] = [];
  const page = walkHtml(input);
  const meta = readMetadata(input, page.meta);
  const h1 = page.blocks.find((b) => b.tag === 'h1');
  const parts: ArticleParts = { authors: [], paragraphs: [], related: [], warnings };

  const exclude = new Set<number>();
  const metaTitle =
    meta.title ??
    (meta.documentTitle
      ? { ...meta.documentTitle, value: stripSiteSuffix(meta.documentTitle.value) }
      : undefined);
  if (
    h1 &&
    (!metaTitle ||
      fold(metaTitle.value).includes(fold(h1.text)) ||
      fold(h1.text).includes(fold(metaTitle.value)))
  ) {
    parts.title = { text: h1.text, span: { start: h1.start, end: h1.end } };
    exclude.add(h1.index);
  } else if (metaTitle && metaTitle.value.length > 0) {
    parts.title = metaTitle.span
      ? { text: metaTitle.value, span: metaTitle.span }
      : { text: metaTitle.value };
  }

  if (meta.published) {
    const iso = normaliseIsoString(meta.published.value);
    if (iso) parts.publishedAt = meta.published.span ? { iso, span: meta.published.span } : { iso };
    else
      warnings.push(
        `unreadable publication date in metadata: ${meta.published.value.slice(0, 60)}`,
      );
  }
  parts.authors = meta.authors.map((a) =>
    a.span ? { name: a.value, span: a.span } : { name: a.value },
  );
  if (meta.siteName) {
    const origin = siteFromUrl(meta.canonical)?.url;
    parts.site = origin
      ? { name: meta.siteName.value, url: origin }
      : { name: meta.siteName.value };
  }
  if (meta.lang) parts.lang = meta.lang;

  parts.paragraphs = selectBody(page.blocks, exclude);
  if (page.blocks.length === 0) warnings.push('empty page: no text found');
  else if (parts.paragraphs.length === 0) warnings.push('no article body found');
  return parts;
}
