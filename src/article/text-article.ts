/**
 * The text-dump pipeline: blocks are given roles by recognisers (ticker,
 * boilerplate, footer, source line, related link), then the title and body are
 * chosen from what is left.
 */
import type { Block } from '../input/block.js';
import { splitLines, textBlocks } from '../input/text-blocks.js';
import { findTickerLines } from '../ticker/parse-ticker.js';
import type { Paragraph, RelatedLink } from '../types.js';
import { majority } from '../util/majority.js';
import { PROFILES } from './profiles/index.js';
import { buildBoilerplateIndex, recogniseBoilerplate } from './recognisers/boilerplate.js';
import { recogniseRelated } from './recognisers/related.js';
import { recogniseSourceLine, type SourceLine } from './recognisers/source-line.js';
import type { ArticleParts } from './result.js';

type Role =
  | 'ticker'
  | 'boilerplate'
  | 'footer'
  | 'source'
  | 'related'
  | 'title'
  | 'body'
  | 'after-footer';

const BOILERPLATE = buildBoilerplateIndex(PROFILES);
const SOURCE_FORMS = PROFILES.flatMap((p) => p.sourceLines);

/** Longest line taken for a title. */
const MAX_TITLE = 250;

/** A line that reads like a headline: short, not ending as a sentence continues. */
function titleLike(text: string): boolean {
  return text.length >= 8 && text.length <= MAX_TITLE && !/[,;]$/.test(text);
}

/** A line that reads like body text: long, or a full sentence. */
function paragraphLike(text: string): boolean {
  return text.length >= 120 || (text.length >= 40 && /[.!?؟…»"”)]$/.test(text));
}

/** Reads a text dump's blocks into article parts. */
export function parseTextArticle(input: string): ArticleParts {
  const warnings: string[] = [];
  const lines = splitLines(input);
  const blocks = textBlocks(input, lines);
  const roles = new Map<number, Role>();

  // Recognisers: ticker lines, then line-level boilerplate and footers.
  const tickers = findTickerLines(input, lines);
  let t = 0;
  for (const block of blocks) {
    while (t < tickers.length && (tickers[t]?.end ?? 0) < block.start) t++;
    const ticker = tickers[t];
    if (ticker && block.start >= ticker.start && block.end <= ticker.end)
      roles.set(block.index, 'ticker');
  }
  let footerAt = -1;
  for (const block of blocks) {
    if (roles.has(block.index)) continue;
    if (footerAt >= 0) {
      roles.set(block.index, 'after-footer');
      continue;
    }
    const kind = recogniseBoilerplate(block.text, BOILERPLATE);
    if (kind) roles.set(block.index, kind);
    if (kind === 'footer') footerAt = block.index;
  }

  // The source line anchors the title (just before it) and the body (after it).
  let source: SourceLine | undefined;
  for (const block of blocks) {
    if (roles.has(block.index)) continue;
    source = recogniseSourceLine(block, SOURCE_FORMS);
    if (source) {
      roles.set(block.index, 'source');
      break;
    }
  }

  const free = (b: Block | undefined): b is Block => b !== undefined && !roles.has(b.index);
  let title: Block | undefined;
  let bodyFrom = 0;
  if (source) {
    const before = blocks[source.block.index - 1];
    if (free(before) && titleLike(before.text)) title = before;
    bodyFrom = source.block.index + 1;
  } else {
    const candidates = blocks.filter(free);
    const first = candidates[0];
    const next = candidates[1];
    if (
      first &&
      next &&
      titleLike(first.text) &&
      !paragraphLike(first.text) &&
      paragraphLike(next.text)
    ) {
      title = first;
    }
    bodyFrom = title ? title.index + 1 : 0;
  }
  if (title) roles.set(title.index, 'title');

  const paragraphs: Paragraph[] = [];
  const related: RelatedLink[] = [];
  let pendingLabel = false;
  for (const block of blocks.slice(bodyFrom)) {
    if (roles.has(block.index)) continue;
    if (pendingLabel) {
      pendingLabel = false;
      if (titleLike(block.text)) {
        related.push({ title: block.text, start: block.start, end: block.end });
        roles.set(block.index, 'related');
        continue;
      }
    }
    const rel = recogniseRelated(input, block);
    if (rel) {
      roles.set(block.index, 'related');
      if (rel.titleStart !== undefined && rel.titleEnd !== undefined) {
        related.push({
          title: input.slice(rel.titleStart, rel.titleEnd),
          start: rel.titleStart,
          end: rel.titleEnd,
        });
      } else pendingLabel = true;
      continue;
    }
    roles.set(block.index, 'body');
    paragraphs.push({ text: block.text, start: block.start, end: block.end, kind: 'paragraph' });
  }

  if (blocks.length === 0) warnings.push('empty input: no text found');
  else if (tickers.length > 0 && paragraphs.length === 0 && !title) {
    warnings.push('ticker only: the input holds headlines but no article');
  } else if (paragraphs.length === 0) warnings.push('no article body found');

  const parts: ArticleParts = { authors: [], paragraphs, related, warnings };
  // With no article text, the page's language is its headlines' language.
  if (!title && paragraphs.length === 0) {
    const lang = majority(tickers.flatMap((line) => line.items.map((item) => item.lang)));
    if (lang) parts.lang = lang;
  }
  if (title) parts.title = { text: title.text, span: { start: title.start, end: title.end } };
  if (source) {
    parts.source = { name: source.name, span: { start: source.nameStart, end: source.nameEnd } };
    if (source.dateStart !== undefined && source.dateEnd !== undefined) {
      const span = { start: source.dateStart, end: source.dateEnd };
      if (source.date) parts.publishedAt = { iso: source.date, span };
      else
        warnings.push(
          `source line date is not a calendar day: ${input.slice(span.start, span.end)}`,
        );
    }
  }
  return parts;
}
