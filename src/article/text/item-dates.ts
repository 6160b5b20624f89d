/**
 * Refiners of a listing's items: a date line printed as the first or the last
 * line of an item's group of lines is the item's date, and the item's span
 * reaches over it. Month archives and blog indexes print it over the headline
 * (`12 mars 2025` ⏎ headline ⏎ excerpt), section pages under the excerpt. The
 * blank lines between units tell which unit a date belongs to; on a page with
 * none, a date over every headline and none under the last unit tell it, or a
 * date under every unit (the last too) and none over the first.
 */
import type { Block } from '../../input/block.js';
import type { ListingItem } from '../../types.js';
import type { TextDoc } from './doc.js';
import { dateStamp } from './listing-units.js';

/** Longest date line of an item (`Mardi 12 mars 2025 - 10:30 | Politique`): a longer line is a headline. */
const MAX_DATE_LINE = 48;

/** Whether block `b` opens a group of lines: a blank line or the page's top above it, the next line right under it. */
export function opensGroup(doc: TextDoc, b: Block): boolean {
  const next = doc.blocks[b.index + 1];
  return (b.index === 0 || b.blankBefore > 0) && next !== undefined && next.blankBefore === 0;
}

/** Whether block `b` closes a group of lines: the line above right over it, a blank line or the page's end under it. */
function closesGroup(doc: TextDoc, b: Block): boolean {
  const next = doc.blocks[b.index + 1];
  return b.index > 0 && b.blankBefore === 0 && (next === undefined || next.blankBefore > 0);
}

/** The day a free (or date-marked) short date line reads, if block `b` is one. */
function dayOfLine(doc: TextDoc, b: Block | undefined): string | undefined {
  if (!b || b.text.length > MAX_DATE_LINE) return undefined;
  const role = doc.roles.get(b.index);
  if (role !== undefined && role !== 'date') return undefined;
  return dateStamp(b.text, doc.reference)?.day;
}

/**
 * The items, each one with no date taking the date line that opens or closes its group of lines. With no blank line
 * to tell, a date line right over every item's headline and none under the last item's lines head their items.
 */
export function withGroupDates(doc: TextDoc, items: readonly ListingItem[]): ListingItem[] {
  const last = items[items.length - 1];
  if (!last) return [];
  const startsAt = new Map<number, Block>();
  const endsAt = new Map<number, Block>();
  for (const b of doc.blocks) {
    startsAt.set(b.start, b);
    endsAt.set(b.end, b);
  }
  const lineAbove = (item: ListingItem): Block | undefined => {
    const first = startsAt.get(item.start);
    return first && first.blankBefore === 0 ? doc.blocks[first.index - 1] : undefined;
  };
  const lineBelow = (item: ListingItem): Block | undefined => {
    const end = endsAt.get(item.end);
    return end ? doc.blocks[end.index + 1] : undefined;
  };
  // Each item's line above and the day it reads, read once.
  const above = items.map(lineAbove);
  const daysAbove = above.map((b) => dayOfLine(doc, b));
  const everyAbove =
    daysAbove.every((day) => day !== undefined) && dayOfLine(doc, lineBelow(last)) === undefined;
  // Or a date line right under every item's lines, the last one's too, and none over the first: they close their items.
  const everyBelow =
    !everyAbove &&
    daysAbove[0] === undefined &&
    items.every(
      (item) => item.title === undefined || dayOfLine(doc, lineBelow(item)) !== undefined,
    );
  return items.map((item, i) => {
    if (item.publishedAt !== undefined || item.title === undefined) return item;
    const line = above[i];
    const dayAbove = line && (everyAbove || opensGroup(doc, line)) ? daysAbove[i] : undefined;
    if (line && dayAbove) return { ...item, start: line.start, publishedAt: dayAbove };
    const below = lineBelow(item);
    const dayBelow =
      below && (everyBelow || closesGroup(doc, below)) ? dayOfLine(doc, below) : undefined;
    if (below && dayBelow) return { ...item, end: below.end, publishedAt: dayBelow };
    return item;
  });
}

/**
 * The items, each one that opens where a teaser unit does (the same headline and excerpt) taking the unit's date and
 * byline where it has none, when the unit read them from lines closing the item's group (`Par X | 12/03/2025` under
 * the excerpt, a blank line under it): the dump reader leaves such lines when a kicker opens the next unit.
 */
export function withUnitFacts(
  doc: TextDoc,
  items: readonly ListingItem[],
  units: readonly ListingItem[],
): ListingItem[] {
  if (units.length === 0) return [...items];
  const unitAt = new Map(units.map((u) => [u.start, u]));
  const endsAt = new Map<number, Block>();
  for (const b of doc.blocks) endsAt.set(b.end, b);
  // With no blank lines (a WET record), a date or byline read under every unit's excerpt closes each unit (dates
  // heading their units leave the last unit none).
  const under = units.every((u) => u.publishedAt !== undefined || u.author !== undefined);
  return items.map((item) => {
    const unit = unitAt.get(item.start);
    if (!unit || unit.teaser !== item.teaser || unit.end <= item.end) return item;
    const last = endsAt.get(unit.end);
    if (!last || !(under || closesGroup(doc, last))) return item;
    const out = { ...item };
    if (out.publishedAt === undefined && unit.publishedAt !== undefined)
      out.publishedAt = unit.publishedAt;
    if (out.author === undefined && unit.author !== undefined) out.author = unit.author;
    if (out.publishedAt !== item.publishedAt || out.author !== item.author) out.end = unit.end;
    return out;
  });
}
