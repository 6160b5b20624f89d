/**
 * Refiner: the head of a body region that took the article's header in. The
 * region is chosen by weight, and a header weighs like prose when its
 * headline ends with a stop (`… Underneath N.Y.C.`) and its deck and caption
 * are sentences. A labelled byline (`By Corey Kilgannon`) among the body's
 * first paragraphs tells: it is the author, not the body; and, when no title
 * was found, the headline-shaped paragraph opening the body above it is the
 * title.
 */
import { recogniseByline } from '../recognisers/byline.js';
import type { BodyParts } from './body-refiners.js';
import type { TextDoc } from './doc.js';
import type { NameSpan } from './header.js';
import type { TitleChoice } from './title.js';

/** Paragraphs of the body's head searched for a byline. */
const HEAD_REACH = 10;
/** Longest byline paragraph. */
const MAX_BYLINE = 100;
/** Bounds of a headline opening the body. */
const MIN_HEADLINE = 15;
const MAX_HEADLINE = 200;

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
 * Takes a byline out of the body's first paragraphs (not the first one, and
 * not the last), and, when `wantTitle`, the headline opening the body above
 * that byline or above one read already; both get their roles, and the body
 * loses them.
 */
export function readBodyHead(doc: TextDoc, body: BodyParts, wantTitle: boolean): BodyHead {
  const reach = Math.min(HEAD_REACH, body.paragraphs.length - 1);
  for (let i = 1; i < reach; i++) {
    const p = body.paragraphs[i];
    const owner = body.owners[i];
    const block = owner === undefined ? undefined : doc.blocks[owner];
    if (!p || !block || owner === undefined) continue;
    const head: BodyHead = {};
    const drop = new Set<number>();
    // A byline read already between two paragraphs of the region ends the header all the same.
    if (!bylineBefore(doc, body.owners[i - 1] ?? owner, owner)) {
      const byline = p.text.length <= MAX_BYLINE ? recogniseByline(block) : undefined;
      if (!byline?.name || byline.nameStart === undefined || byline.nameEnd === undefined) continue;
      head.author = { text: byline.name, start: byline.nameStart, end: byline.nameEnd };
      doc.roles.set(owner, 'byline');
      drop.add(i);
    }
    const first = body.paragraphs[0];
    const firstOwner = body.owners[0];
    const firstBlock = firstOwner === undefined ? undefined : doc.blocks[firstOwner];
    if (
      wantTitle &&
      first &&
      firstBlock &&
      firstOwner !== undefined &&
      headlineShaped(first.text)
    ) {
      head.title = {
        text: firstBlock.text,
        start: firstBlock.start,
        end: firstBlock.end,
        block: firstBlock,
      };
      doc.roles.set(firstOwner, 'title');
      drop.add(0);
    }
    body.paragraphs = body.paragraphs.filter((_, k) => !drop.has(k));
    body.owners = body.owners.filter((_, k) => !drop.has(k));
    return head;
  }
  return {};
}

/** Whether a block read as the byline stands between blocks `a` and `b`. */
function bylineBefore(doc: TextDoc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (doc.roles.get(k) === 'byline') return true;
  return false;
}
