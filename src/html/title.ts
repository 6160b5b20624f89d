/**
 * The article's title on an HTML page: the metadata headline (JSON-LD, Dublin
 * Core, OpenGraph, Twitter…) or, without one, the `<title>` stripped of its
 * site name the way Readability does it. When a heading of the page says the
 * same, the heading is returned, with its span.
 */
import { fold } from '../text/fold.js';
import type { Span } from '../types.js';
import * as F from './flags.js';
import type { PageMetadata } from './metadata.js';
import type { HtmlBlock } from './walk.js';

/** The chosen title, its span when printed in the page, and the block it is (-1 when none). */
export interface FoundTitle {
  text: string;
  span?: Span;
  block: number;
}

const HIERARCHY = / [|\-–—\\/>»] /g;
const HIERARCHY_ONLY = / [\\/>»] /;

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w.length > 0) n++;
  return n;
}

/**
 * The title part of a document title: `Title | Site` gives `Title`, `Site » Title`
 * gives `Title`, `Site: Title` gives `Title` unless a heading says otherwise;
 * short results fall back to the whole title.
 */
export function stripSiteName(original: string, headings: readonly string[] = []): string {
  let title = original;
  let hierarchical = false;
  const seps = original.match(HIERARCHY);
  if (seps && seps.length > 0) {
    hierarchical = HIERARCHY_ONLY.test(original);
    const last = seps[seps.length - 1] ?? ' | ';
    title = original.slice(0, original.lastIndexOf(last));
    if (wordCount(title) < 3) {
      const first = seps[0] ?? ' | ';
      title = original.slice(original.indexOf(first) + first.length);
    }
  } else if (original.includes(': ')) {
    const trimmed = original.trim();
    if (!headings.some((h) => h.trim() === trimmed)) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title) < 3) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > 5) title = original;
    }
  } else if ((original.length > 150 || original.length < 15) && headings.length === 1) {
    title = headings[0] ?? original;
  }
  title = title.replace(/\s+/g, ' ').trim();
  const words = wordCount(title);
  // Readability keeps the whole title when what is left has four words or fewer; two is enough here
  // (`Le budget 2026 adopté | Le Journal` gives `Le budget 2026 adopté`).
  if (
    words <= 2 &&
    (!hierarchical || words !== wordCount(original.replace(/[|\-–—\\/>»]+/g, '')) - 1)
  )
    title = original.trim();
  return title;
}

/** Same title: equal once folded, or one holds the other and covers most of it. */
function agrees(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 8 && long.includes(short) && short.length >= 0.6 * long.length;
}

/** At most this many headings are compared with the metadata title. */
const MAX_HEADINGS = 200;

/** Regions where a line that repeats the title is not the article's heading. */
const NOT_TITLE_LINE = F.HIDDEN | F.NAV | F.FOOTER | F.ASIDE | F.RELATED | F.COMMENTS | F.LINK;
/** Blocks looked at for a title printed as a plain line. */
const TITLE_LINE_BLOCKS = 400;

/** The first plain block (not a link, not in navigation) whose text is the title, once folded. */
function plainTitleLine(blocks: readonly HtmlBlock[], title: string): HtmlBlock | undefined {
  const want = fold(title);
  if (want.length < 15) return undefined;
  const n = Math.min(blocks.length, TITLE_LINE_BLOCKS);
  for (let i = 0; i < n; i++) {
    const b = blocks[i];
    if (!b || (b.flags & NOT_TITLE_LINE) !== 0 || b.text.length > 2 * title.length + 10) continue;
    if (fold(b.text) === want) return b;
  }
  return undefined;
}

/** Chooses the title. */
export function findTitle(
  blocks: readonly HtmlBlock[],
  meta: PageMetadata,
): FoundTitle | undefined {
  const headings: HtmlBlock[] = [];
  const h1s: string[] = [];
  for (const b of blocks) {
    if ((b.flags & F.HEADING) === 0 || (b.flags & F.HIDDEN) !== 0) continue;
    if (b.text.length < 2 || b.text.length > 300) continue;
    headings.push(b);
    if ((b.flags & F.H1) !== 0) h1s.push(b.text);
    if (headings.length >= MAX_HEADINGS) break;
  }
  const docTitle = meta.documentTitle?.value
    ? stripSiteName(meta.documentTitle.value, h1s)
    : undefined;
  const reference = meta.title?.value ?? docTitle;
  const firstH1 = headings.find((b) => (b.flags & F.H1) !== 0);
  if (reference) {
    const same =
      headings.find((b) => (b.flags & F.H1) !== 0 && agrees(b.text, reference)) ??
      headings.find((b) => agrees(b.text, reference));
    if (same)
      return { text: same.text, span: { start: same.start, end: same.end }, block: same.index };
    // No heading at all: a page laid out in tables prints its title as a bold line.
    const line = firstH1 ? undefined : plainTitleLine(blocks, reference);
    if (line)
      return { text: line.text, span: { start: line.start, end: line.end }, block: line.index };
    const span = meta.title ? meta.title.span : meta.documentTitle?.span;
    const block = firstH1?.index ?? -1;
    // The <title>'s span holds the site name too: keep it only when nothing was cut.
    if (span && (meta.title || reference === meta.documentTitle?.value))
      return { text: reference, span, block };
    return { text: reference, block };
  }
  if (firstH1)
    return {
      text: firstH1.text,
      span: { start: firstH1.start, end: firstH1.end },
      block: firstH1.index,
    };
  return undefined;
}
