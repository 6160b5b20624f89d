/**
 * Recogniser: a byline among the parts of an info line
 * (`Publié le : mardi 15 juillet 2025 à 18:42 | Par : Samir Bensalem | 4 min de lecture`):
 * the parts between ` | ` separators are read one by one as bylines. The
 * line's date may stand before the name, so the rest the date is read from
 * is the whole line.
 */
import type { Block } from '../../input/block.js';
import { type Byline, recogniseByline } from './byline.js';

/** The separator between an info line's parts. */
const SEPARATOR = ' | ';
/** Longest info line read. */
const MAX_INFO_LINE = 200;

/** The byline among `block`'s parts, its name's span in the input; undefined when no part is one. */
export function infoLineByline(block: Block): Byline | undefined {
  const text = block.text;
  if (text.length > MAX_INFO_LINE || !text.includes(SEPARATOR)) return undefined;
  let from = 0;
  while (from <= text.length) {
    const cut = text.indexOf(SEPARATOR, from);
    const end = cut < 0 ? text.length : cut;
    // The first part is the line's opening: recogniseByline read the whole line from there already.
    if (from > 0) {
      const part: Block = {
        ...block,
        text: text.slice(from, end),
        start: block.start + from,
        end: block.start + end,
      };
      const byline = recogniseByline(part);
      if (byline?.name !== undefined) return { ...byline, restStart: block.start };
    }
    if (cut < 0) break;
    from = cut + SEPARATOR.length;
  }
  return undefined;
}
