/**
 * Refiner: the head of a body region that took the article's header in. The
 * region is chosen by weight, and a header weighs like prose when its
 * headline ends with a stop (`… Underneath N.Y.C.`) and its deck and caption
 * are sentences. A labelled byline (`By Corey Kilgannon`), or a person's
 * name over the date line, among the body's first paragraphs tells: it is the author, not the body; and, when no title
 * was found, the headline-shaped paragraph opening the body above it is the
 * title.
 */
import { dateShare } from '../../dates/find-dates.js';
import { bylineName, recogniseByline } from '../recognisers/byline.js';
import type { BodyParts } from './body-refiners.js';
import { bodyLike, type TextDoc } from './doc.js';
import { type NameSpan, personLine } from './header.js';
import { listBulletLength } from './list-items.js';
import { notTitle } from './page-title.js';
import type { TitleChoice } from './title.js';

/** Paragraphs of the body's head searched for a byline. */
const HEAD_REACH = 10;
/** Longest byline paragraph. */
const MAX_BYLINE = 220;
/** Bounds of a headline opening the body. */
const MIN_HEADLINE = 15;
const MAX_HEADLINE = 150;

/** What the body's head held. */
export interface BodyHead {
  /** The byline's name. */
  author?: NameSpan;
  /** The headline above it, when one was asked for. */
  title?: TitleChoice;
}

/** Whether a paragraph reads as a headline: a few words, one sentence at most. */
function headlineShaped(text: string): boolean {
  if (text.length < MIN_HEADLINE || text.length > MAX_HEADLINE) return false;
  if (text.split(' ').length < 3) return false;
  // A second sentence inside (`… rose. The port…`) is prose; `N.Y.C.` and `U.S.` are not breaks.
  return !/[.!?] \p{Lu}\p{Ll}/u.test(text);
}

/**
 * Takes a byline out of the body's first paragraphs (the first one too: a
 * byline right under a photo's caption may open the body's run; never the
 * last), and, when `wantTitle`, the headline opening the body above
 * that byline or above one read already; both get their roles, and the body
 * loses them.
 */
export function readBodyHead(doc: TextDoc, body: BodyParts, wantTitle: boolean): BodyHead {
  const reach = Math.min(HEAD_REACH, body.paragraphs.length - 1);
  for (let i = 0; i < reach; i++) {
    const p = body.paragraphs[i];
    const owner = body.owners[i];
    const block = owner === undefined ? undefined : doc.blocks[owner];
    if (!p || !block || owner === undefined) continue;
    const head: BodyHead = {};
    const drop = new Set<number>();
    // A byline read already between two paragraphs of the region ends the header all the same.
    if (!bylineBefore(doc, body.owners[i - 1] ?? owner, owner)) {
      const author = bylineName(p.text.length <= MAX_BYLINE ? recogniseByline(block) : undefined);
      if (author) head.author = author;
      // A person's name over the date line (`Christoph von Ritter⏎24. April 2020`, `Ronja Beck⏎/ 16.11.2018, 03:00 Uhr`),
      // behind a list bullet too (`* Ronja Beck`, as w3m and lynx print a name set as a list item).
      else {
        const bullet = listBulletLength(p.text);
        const name = bullet > 0 ? p.text.slice(bullet) : p.text;
        if (!personLine(name) || !dateLineAfter(doc, owner)) continue;
        head.author = { text: name, start: p.start + bullet, end: p.end };
      }
      doc.roles.set(owner, 'byline');
      drop.add(i);
    }
    // The headline: right above the byline, or above its deck; only short lines (a share bar) before it.
    for (const h of headlineCandidates(i, wantTitle)) {
      const hp = body.paragraphs[h];
      const hOwner = body.owners[h];
      const hBlock = hOwner === undefined ? undefined : doc.blocks[hOwner];
      if (!hp || !hBlock || hOwner === undefined) break;
      // The body's first paragraph, asked for, is the headline as it reads; further down, a sentence is a deck.
      const opening = wantTitle && h === 0;
      if (!headlineShaped(hp.text) || (!opening && /[.!?]$/u.test(hp.text))) continue;
      if (notTitle(doc, hBlock) || body.paragraphs.slice(0, h).some((q) => bodyLike(q.text))) break;
      head.title = { text: hBlock.text, start: hBlock.start, end: hBlock.end, block: hBlock };
      doc.roles.set(hOwner, 'title');
      for (let k = 0; k <= h; k++) drop.add(k);
      for (let k = 0; k < h; k++) doc.roles.set(body.owners[k] ?? -1, 'boilerplate');
      break;
    }
    body.paragraphs = body.paragraphs.filter((_, k) => !drop.has(k));
    body.owners = body.owners.filter((_, k) => !drop.has(k));
    return head;
  }
  return {};
}

/** Longest line read as the date line under a name. */
const MAX_DATE_LINE = 60;

/** Whether the block after `owner` is a date line: read as one, or short and mostly a date. */
function dateLineAfter(doc: TextDoc, owner: number): boolean {
  if (doc.roles.get(owner + 1) === 'date') return true;
  const next = doc.blocks[owner + 1];
  return (
    next !== undefined &&
    next.text.length <= MAX_DATE_LINE &&
    dateShare(next.text, doc.reference) >= 0.5
  );
}

/** Paragraphs looked at for the headline over a byline at `i`: the three above it (a deck and a caption may stand between), nearest first, and the body's first when a title is wanted. */
function headlineCandidates(i: number, wantTitle: boolean): number[] {
  const out = [i - 1, i - 2, i - 3].filter((h) => h >= 0);
  if (wantTitle && i - 3 > 0) out.push(0);
  return out;
}

/** Whether a block read as the byline stands between blocks `a` and `b`. */
function bylineBefore(doc: TextDoc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (doc.roles.get(k) === 'byline') return true;
  return false;
}
