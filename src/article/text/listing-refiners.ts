/**
 * Refiners of the listing decision and of a listing's items on text pages:
 * teasers under a related heading after prose do not make a listing, and a
 * listing's title-only lines before its first teased item are headers.
 */
import type { Block } from '../../input/block.js';
import type { ListingItem } from '../../types.js';
import { isTeaserHeadingBlock, isWall, weightOf } from './body-region.js';
import type { TextDoc } from './doc.js';
import { listBulletLength } from './list-items.js';
import { type ReadLimit, teaserLike } from './listing.js';

/**
 * Where the blocks end that come before a teaser heading following some prose
 * (`Verwandte Beiträge`, `Most read` under a short article), or before a wall
 * (a comment form's or thread's start, the footer): the teasers below it are a
 * related box or a sidebar printed after the article, and do not make the
 * page a listing. The end is looked for only as far as the reader asks (the
 * listing check stops at two full paragraphs in a row), so an article page's
 * tail is not read for it.
 */
export function teaserListEnd(doc: TextDoc): ReadLimit {
  const { blocks } = doc;
  const free = (b: Block | undefined): b is Block =>
    b !== undefined && doc.roles.get(b.index) === undefined;
  // The first prose block (a free block that weighs for the body and is no teaser), once found:
  // weighed only when a heading asks whether prose came before it (most pages print none).
  let prose = -1;
  let weighed = 0;
  const proseBefore = (k: number): boolean => {
    for (; prose < 0 && weighed < k; weighed++) {
      const b = blocks[weighed];
      if (free(b) && !teaserLike(b.text) && weightOf(doc, b) > 0) prose = weighed;
    }
    return prose >= 0 && prose < k;
  };
  // Blocks before `next` are read; `end` is the heading's index once found.
  let next = 0;
  let end = blocks.length;
  const readTo = (k: number): void => {
    for (; next <= k && end === blocks.length && next < blocks.length; next++) {
      const b = blocks[next];
      if (b === undefined) continue;
      // A related box's heading, or a wall (a comment form, the footer): teasers past it are the page's other boxes.
      if (((free(b) && isTeaserHeadingBlock(doc, b)) || isWall(doc, b)) && proseBefore(b.index))
        end = b.index;
    }
  };
  return {
    within(k) {
      readTo(k);
      return k < end;
    },
    end() {
      readTo(blocks.length - 1);
      return end;
    },
  };
}

/**
 * A listing's items once most of them have a teaser: the title-only lines
 * before the first teased item are then the page's headers and menus, not
 * items (a title-only item further down may be one whose teaser the dump cut).
 */
export function withTeasers(items: ListingItem[]): ListingItem[] {
  const teased = (i: ListingItem) => i.teaser !== undefined && i.title !== undefined;
  const count = items.filter(teased).length;
  if (count < 3 || count * 2 < items.length) return items;
  const first = items.findIndex(teased);
  return items.slice(first);
}

/** Whether an item has a headline and an excerpt that reads as one. */
function isComplete(i: ListingItem): boolean {
  return i.title !== undefined && i.teaser !== undefined && teaserLike(i.teaser);
}

/**
 * Whether the dump reader's items hold the page's other lines: an item with no
 * headline, or headers taken as items before the first complete one (a last
 * item whose excerpt the dump cut off is not counted against it).
 */
function holdsJunk(items: readonly ListingItem[]): boolean {
  const first = items.findIndex(isComplete);
  return items.some((i, k) => i.title === undefined || (first >= 0 && k < first));
}

/**
 * The dump reader's items, or the web page's teaser units when those are at
 * least three and pair more headlines with excerpts, or as many while the dump
 * reader's items hold the page's other lines (a web listing's kicker, byline
 * and date lines around each unit confuse the dump reader's pairing; a
 * sidebar's headlines run on after them).
 */
export function betterItems(dump: ListingItem[], units: ListingItem[]): ListingItem[] {
  const n = units.filter(isComplete).length;
  const d = dump.filter(isComplete).length;
  if (!(n >= 3 && (n > d || (n === d && (holdsJunk(dump) || sideList(dump, units)))))) return dump;
  const lead = leadOver(dump, units);
  const dated = withDumpDays(units, dump);
  return lead ? [lead, ...dated] : dated;
}

/**
 * The units, each one with no date taking the day the dump reader read inside it (the same headline, opening at
 * the same line, its date within the unit): a search page opens each result's excerpt with its day (`04/12/2026 -
 * …`), which the teaser units do not read.
 */
function withDumpDays(units: ListingItem[], dump: readonly ListingItem[]): ListingItem[] {
  const byStart = new Map(dump.map((i) => [i.start, i]));
  return units.map((u) => {
    const d = byStart.get(u.start);
    return u.publishedAt === undefined &&
      d?.publishedAt !== undefined &&
      d.title === u.title &&
      d.end <= u.end
      ? { ...u, publishedAt: d.publishedAt }
      : u;
  });
}

/**
 * The dump reader's item right over the first teaser unit when it is a lead
 * story: a headline, a whole excerpt (a standfirst, no ellipsis) and a date
 * its meta line gave (`<headline>` ⏎ `<standfirst>` ⏎ `Par X | 26/11/2026`,
 * a section front's `À la une`). A page's header over the units is dated by
 * no meta line of its own.
 */
function leadOver(
  dump: readonly ListingItem[],
  units: readonly ListingItem[],
): ListingItem | undefined {
  const first = units[0];
  const at = first ? dump.findIndex((i) => i.start === first.start) : -1;
  const lead = dump[at - 1];
  return lead?.title !== undefined && lead.teaser !== undefined && lead.publishedAt !== undefined
    ? lead
    : undefined;
}

/**
 * Whether the dump reader's items run on past the teaser units with two
 * headlines or more and no excerpt: a sidebar's list of headlines (`Les plus
 * lus`) under the listing, not items; a dump cut at its end loses one excerpt
 * at most.
 */
function sideList(dump: readonly ListingItem[], units: readonly ListingItem[]): boolean {
  return units.every(isComplete) && dump.length - units.length >= 2;
}

/**
 * Items whose headline opens with a renderer's list bullet (`• WikiLeaks : …`):
 * the headline and the item's span start after it, as a list item's paragraph does.
 */
export function withoutBullets(items: ListingItem[], input: string): ListingItem[] {
  return withoutLeads(items, input, listBulletLength);
}

/** Each item's headline and span started after the lead `lead` measures (0: none). */
function withoutLeads(
  items: ListingItem[],
  input: string,
  lead: (title: string) => number,
): ListingItem[] {
  return items.map((item) => {
    const { title } = item;
    const n = title === undefined ? 0 : lead(title);
    if (title === undefined || n === 0 || !input.startsWith(title, item.start)) return item;
    return { ...item, title: title.slice(n), start: item.start + n };
  });
}

/**
 * The items without the headlines of a box printed under the listing's last
 * complete item (a headline and an excerpt), from its heading on (`Les plus
 * lus`, `الأكثر قراءة`, `Most read`): the box's headlines, no excerpt under
 * them, are no items, however few (one headline, and the footer's links a
 * reader took for its byline and excerpt).
 */
export function withoutSideBox(doc: TextDoc, items: readonly ListingItem[]): ListingItem[] {
  let last = items.length - 1;
  while (last >= 0 && !isCompleteItem(items[last])) last--;
  const after = items[last];
  if (!after || last === items.length - 1) return [...items];
  const heading = doc.blocks.find(
    (b) =>
      b.start >= after.end && doc.roles.get(b.index) === undefined && isTeaserHeadingBlock(doc, b),
  );
  if (!heading) return [...items];
  return items.filter((i) => i.start < heading.start || isCompleteItem(i));
}

/** {@link isComplete} for an item that may be missing. */
function isCompleteItem(i: ListingItem | undefined): boolean {
  return i !== undefined && isComplete(i);
}

/** A rank opening an item's headline (`1. `, `12) `): its number. */
const RANK = /^(\d{1,2})[.)] (?=\S)/u;

/** Fewest ranked items read as a ranking (two numbered headlines may be headlines that open with a number). */
const MIN_RANKED = 3;

/**
 * Items of a ranking (`Les plus lus`, `Top 10`): when every headline opens
 * with its rank, rising by one from item to item (`1. …`, `2. …`), the rank
 * leaves the headline and the item's span starts after it.
 */
export function withoutRanks(items: ListingItem[], input: string): ListingItem[] {
  let last = -1;
  let ranked = 0;
  for (const item of items) {
    if (item.title === undefined) continue;
    const rank = Number(RANK.exec(item.title)?.[1] ?? -1);
    if (rank < 0 || (last >= 0 && rank !== last + 1)) return items;
    last = rank;
    ranked++;
  }
  return ranked >= MIN_RANKED
    ? withoutLeads(items, input, (t) => RANK.exec(t)?.[0].length ?? 0)
    : items;
}
