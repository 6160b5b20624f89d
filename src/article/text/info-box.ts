/**
 * An article's info box under the body, related links between (`Datum:
 * 19.11.2021⏎Autor: Fritz Imhof⏎Quelle: Livenet`, `Date 19.01.2020⏎Author
 * Ben Knight`): its date and its author, each read only beside the other's
 * field, since a stamp or a name that far down is otherwise a teaser's or a
 * comment's.
 */
import { fold } from '../../text/fold.js';
import { words } from '../../util/tables.js';
import { bulletLength, nameLike } from '../recognisers/byline.js';
import { blockRange, type DateChoice, publicationFirst, stampOf } from './date.js';
import type { TextDoc } from './doc.js';
import type { NameSpan } from './header.js';

/** Blocks after the body's last searched for the article's info box. */
const INFO_BOX_REACH = 60;
/** Blocks around a stamp where the info box's author field stands. */
const INFO_BOX_SPAN = 3;
/** Longest author field line. */
const MAX_AUTHOR_FIELD = 60;
/** Labels of an info box's author field (folded, without the colon). */
const AUTHOR_FIELDS = new Set(/* @__PURE__ */ words('autor autorin author auteur autore autora'));

/** Where the name starts after an author field's label (`Autor: Fritz Imhof`, `Author Ben Knight`, `Autor` alone: its length), or -1 when the line is no author field. */
function authorFieldEnd(text: string): number {
  // Behind a list bullet as w3m and lynx print the box's fields (`* Autor`).
  const skip = bulletLength(text);
  // Every label opens with an `a`: other lines are not folded.
  const first = text.charAt(skip);
  if (text.length > MAX_AUTHOR_FIELD || (first !== 'A' && first !== 'a')) return -1;
  const space = text.indexOf(' ', skip);
  const label = fold(space < 0 ? text.slice(skip) : text.slice(skip, space));
  if (!AUTHOR_FIELDS.has(label.endsWith(':') ? label.slice(0, -1) : label)) return -1;
  let at = space < 0 ? text.length : space;
  while (at < text.length && (text[at] === ' ' || text[at] === ':')) at++;
  return at;
}

/** Whether a line is an author field. */
function authorField(text: string): boolean {
  return authorFieldEnd(text) >= 0;
}

/** Whether a stamp stands within {@link INFO_BOX_SPAN} blocks of block `k`. */
function stampNear(doc: TextDoc, k: number): boolean {
  for (let j = k - INFO_BOX_SPAN; j <= k + INFO_BOX_SPAN; j++) {
    const b = j === k ? undefined : doc.blocks[j];
    if (b && stampOf(doc, b)) return true;
  }
  return false;
}

/**
 * The author named in the article's info box under the body (`Autor: Fritz
 * Imhof`, `Author Ben Knight`, `Autor` over the name), with a stamp beside
 * the field: read when the header named nobody.
 */
export function infoBoxAuthor(doc: TextDoc, last: number): NameSpan | undefined {
  for (const b of blockRange(doc, last + 1, last + INFO_BOX_REACH)) {
    const at = authorFieldEnd(b.text);
    if (at < 0) continue;
    // The name after the label, or alone on the next line.
    const next = doc.blocks[b.index + 1];
    const skip = next ? bulletLength(next.text) : 0;
    const [text, start] =
      at < b.text.length
        ? [b.text.slice(at), b.start + at]
        : [next?.text.slice(skip) ?? '', (next?.start ?? 0) + skip];
    if (nameLike(text) && !/\d/u.test(text) && stampNear(doc, b.index))
      return { text, start, end: start + text.length };
  }
  return undefined;
}

/**
 * The date of an article's info box under the body, related links between
 * (`Datum: 19.11.2021⏎Autor: Fritz Imhof⏎Quelle: Livenet`, `Date
 * 19.01.2020⏎Author Ben Knight`): a stamp with an author field beside it,
 * up to {@link INFO_BOX_REACH} blocks past the body's last (`last`). Without
 * the author field, a stamp that far down is a teaser's or a comment's.
 */
export function infoBoxDate(doc: TextDoc, last: number): DateChoice | undefined {
  // The author fields first (a cheap test), then the stamps around them, in the page's order.
  const around = new Set<number>();
  for (const b of blockRange(doc, last + 1, last + INFO_BOX_REACH)) {
    if (!authorField(b.text)) continue;
    for (let k = b.index - INFO_BOX_SPAN; k <= b.index + INFO_BOX_SPAN; k++)
      if (k !== b.index && k > last) around.add(k);
  }
  const candidates = [...around].sort((x, y) => x - y);
  return publicationFirst(candidates, (k) => {
    const b = doc.blocks[k];
    return b ? stampOf(doc, b) : undefined;
  });
}
