/**
 * Body selection for HTML: paragraph blocks vote for their parent and
 * grandparent; the best-scored container's content blocks are the body.
 */
import type { Paragraph, ParagraphKind } from '../types.js';
import type { HtmlBlock } from './walk.js';

/** Landmarks whose content is never article body. */
const OUTSIDE = new Set(['nav', 'footer', 'aside', 'form', 'header', 'menu', 'dialog', 'address']);

const KIND_BY_TAG: Readonly<Record<string, ParagraphKind>> = {
  p: 'paragraph',
  div: 'paragraph',
  section: 'paragraph',
  article: 'paragraph',
  main: 'paragraph',
  td: 'paragraph',
  pre: 'paragraph',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dd: 'list-item',
  blockquote: 'quote',
};

function linkDensity(b: HtmlBlock): number {
  return b.text.length === 0 ? 1 : (b.linkChars ?? 0) / b.text.length;
}

function outside(b: HtmlBlock): boolean {
  return (b.path ?? []).some((t) => OUTSIDE.has(t));
}

/** Votes of a paragraph block: longer, comma-rich, link-poor text votes more. */
function vote(b: HtmlBlock): number {
  if (b.text.length < 25 || linkDensity(b) > 0.3 || outside(b)) return 0;
  let commas = 0;
  for (const ch of b.text) if (ch === ',' || ch === '،') commas++;
  return 1 + Math.min(3, Math.floor(b.text.length / 100)) + Math.min(commas, 5);
}

/** Picks the body paragraphs among `blocks`; `exclude` holds block indexes already used (the title). */
export function selectBody(
  blocks: readonly HtmlBlock[],
  exclude: ReadonlySet<number>,
): Paragraph[] {
  const scores = new Map<number, number>();
  for (const b of blocks) {
    if (b.tag !== 'p' && b.tag !== 'div' && b.tag !== 'td' && b.tag !== 'pre') continue;
    const v = vote(b);
    if (v === 0) continue;
    const n = b.ancestors.length;
    const parent = b.ancestors[n - 2];
    const grand = b.ancestors[n - 3];
    if (parent !== undefined) scores.set(parent, (scores.get(parent) ?? 0) + v);
    if (grand !== undefined) scores.set(grand, (scores.get(grand) ?? 0) + v / 2);
  }
  let best = -1;
  let bestScore = 0;
  for (const [id, score] of scores) {
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (exclude.has(b.index) || outside(b)) continue;
    if (best >= 0 && !b.ancestors.includes(best)) continue;
    const kind = KIND_BY_TAG[b.tag ?? ''];
    if (!kind) continue;
    const density = linkDensity(b);
    if (kind === 'heading' ? density > 0.5 : density > 0.4) continue;
    if (kind !== 'heading' && b.text.length < 2) continue;
    out.push({ text: b.text, start: b.start, end: b.end, kind });
  }
  return out;
}
