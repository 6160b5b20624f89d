/**
 * Recogniser: a listing's units closed by a date line of one shape, as many
 * section pages print them (`Autodafé` ⏎ excerpt ⏎ `05/08/2019|2 min de
 * lecture` ⏎ `Étrange été` ⏎ …). Between two such date lines stand the next
 * unit's headline and, maybe, its excerpt; a headline of any length counts
 * (`Faits divers`), since the date lines, not the headline's words, tell the
 * units apart. Where the date stands between the headline and its excerpt
 * instead, the excerpt opening the next stretch is the unit's above.
 */
import { isFurnitureBlock } from '../../html/furniture.js';
import type { Block } from '../../input/block.js';
import type { ListingItem } from '../../types.js';
import { recogniseByline } from '../recognisers/byline.js';
import { bodyLike, paragraphLike, type TextDoc } from './doc.js';
import { opensGroup } from './item-dates.js';
import { dateStamp } from './listing-units.js';

/** Fewest date lines of one shape that make units. */
const MIN_UNITS = 3;
/** Longest headline of a unit. */
const MAX_HEADLINE = 200;

/** A date line of the page: its block, its shape and the day it reads. */
interface Stamp {
  index: number;
  shape: string;
  day: string;
}

/** A line a unit may use: free, or a date line a recogniser took early. */
function usable(doc: TextDoc, b: Block): boolean {
  const role = doc.roles.get(b.index);
  return role === undefined || role === 'date';
}

/** Whether a line can head a unit: short, no prose, no clause left open, no furniture. */
function headline(b: Block): boolean {
  const t = b.text;
  return (
    t.length >= 3 &&
    t.length <= MAX_HEADLINE &&
    !bodyLike(t) &&
    !',;:'.includes(t.charAt(t.length - 1)) &&
    !isFurnitureBlock(t, false)
  );
}

/**
 * The units of the page's most common date-line shape, in order, when it
 * closes three units or more; else none. Each unit runs from its headline
 * to its date line, the excerpt between them its teaser.
 */
export function stampedUnits(doc: TextDoc): ListingItem[] {
  const stamps: Stamp[] = [];
  const counts = new Map<string, number>();
  for (const b of doc.blocks) {
    // A date opening its group of lines heads the unit under it (`withGroupDates`): it closes none.
    if (!usable(doc, b) || opensGroup(doc, b)) continue;
    const stamp = dateStamp(b.text, doc.reference);
    if (!stamp) continue;
    stamps.push({ index: b.index, ...stamp });
    counts.set(stamp.shape, (counts.get(stamp.shape) ?? 0) + 1);
  }
  let shape: string | undefined;
  let most = 0;
  for (const [s, n] of counts)
    if (n > most) {
      shape = s;
      most = n;
    }
  if (most < MIN_UNITS) return [];
  const chosen = stamps.filter((stamp) => stamp.shape === shape);
  if (datesOpenUnits(doc, chosen)) return openedUnits(doc, chosen);
  const items: ListingItem[] = [];
  let from = 0;
  for (const stamp of chosen) {
    const stretch: Block[] = [];
    for (let k = from; k < stamp.index; k++) {
      const b = doc.blocks[k];
      if (b && usable(doc, b)) stretch.push(b);
    }
    from = stamp.index + 1;
    const above = items[items.length - 1];
    // An excerpt opening the stretch, with a headline after it, is the unit's above (its date stood over it).
    const first = stretch[0];
    if (
      above &&
      above.teaser === undefined &&
      first &&
      bodyLike(first.text) &&
      stretch.length > 1
    ) {
      above.teaser = first.text;
      stretch.shift();
    }
    let last = stretch.length - 1;
    const closing = stretch[last];
    const teaser = closing && bodyLike(closing.text) ? closing : undefined;
    if (teaser) last--;
    const title = stretch[last];
    const dateLine = doc.blocks[stamp.index];
    if (!title || !dateLine || !headline(title)) continue;
    const item: ListingItem = {
      title: title.text,
      start: title.start,
      end: dateLine.end,
      publishedAt: stamp.day,
    };
    if (teaser) item.teaser = teaser.text;
    // A labelled byline between the headline and the date line (`بقلم: X`, `Par X`) signs the unit.
    const author = bylineBetween(doc, title.index, stamp.index);
    if (author) item.author = author;
    items.push(item);
  }
  return items;
}

/** The name of the first labelled byline a recogniser took early between blocks `from` and `to` (both excluded). */
function bylineBetween(doc: TextDoc, from: number, to: number): string | undefined {
  for (let k = from + 1; k < to; k++) {
    const b = doc.blocks[k];
    if (b && doc.roles.get(k) === 'byline') {
      const name = recogniseByline(b)?.name;
      if (name) return name;
    }
  }
  return undefined;
}

/** Whether a line under a unit's headline is its excerpt: prose, or a whole sentence (a summary, not cut). */
function excerptLike(text: string): boolean {
  return bodyLike(text) || paragraphLike(text);
}

/** The first two usable blocks from block `k` on, walking by `step` (1: down, -1: up), before block `stop`. */
function twoUsable(doc: TextDoc, k: number, step: 1 | -1, stop: number): Block[] {
  const out: Block[] = [];
  for (let i = k; i !== stop && out.length < 2; i += step) {
    const b = doc.blocks[i];
    if (b && usable(doc, b)) out.push(b);
  }
  return out;
}

/**
 * Whether the date lines head their units (`06/12/2026` ⏎ `<headline>` ⏎ `<excerpt>`): a headline over an excerpt
 * right under the last date line, and none closing the lines over the first (the page's top there: a menu, the
 * section's name); or, headlines alone, the page's heading right over the first and a headline right under the
 * last. Between two date lines both readings see a headline and its excerpt; only the page's two ends
 * tell which date is whose.
 */
function datesOpenUnits(doc: TextDoc, stamps: readonly Stamp[]): boolean {
  const first = stamps[0];
  const last = stamps[stamps.length - 1];
  if (!first || !last) return false;
  const [headline0, excerpt0] = twoUsable(doc, last.index + 1, 1, doc.blocks.length);
  const tailUnit =
    headline0 !== undefined &&
    excerpt0 !== undefined &&
    headline(headline0) &&
    excerptLike(excerpt0.text);
  const [excerpt1, headline1] = twoUsable(doc, first.index - 1, -1, -1);
  const headUnit =
    excerpt1 !== undefined &&
    headline1 !== undefined &&
    excerptLike(excerpt1.text) &&
    headline(headline1);
  // Headlines alone tell it by the lines around: the page's heading (`Tag : X`, `Archives`) right over the first date
  // line closes no unit, and a headline right under the last one would be left with no date.
  const over = doc.blocks[first.index - 1];
  const under = doc.blocks[last.index + 1];
  const headingOver = over !== undefined && doc.roles.get(over.index) === 'listing-header';
  const headlineUnder = under !== undefined && usable(doc, under) && headline(under);
  return (tailUnit && !headUnit) || (headingOver && headlineUnder);
}

/** The units headed by their date lines: under each, its headline and, maybe, its excerpt, before the next date line. */
function openedUnits(doc: TextDoc, stamps: readonly Stamp[]): ListingItem[] {
  const items: ListingItem[] = [];
  stamps.forEach((stamp, i) => {
    const stop = stamps[i + 1]?.index ?? doc.blocks.length;
    const [title, next] = twoUsable(doc, stamp.index + 1, 1, stop);
    const dateLine = doc.blocks[stamp.index];
    if (!title || !dateLine || !headline(title)) return;
    const teaser = next && excerptLike(next.text) ? next : undefined;
    const item: ListingItem = {
      title: title.text,
      start: dateLine.start,
      end: (teaser ?? title).end,
      publishedAt: stamp.day,
    };
    if (teaser) item.teaser = teaser.text;
    const author = bylineBetween(doc, title.index, (teaser ?? title).index + 1);
    if (author) item.author = author;
    items.push(item);
  });
  return items;
}
