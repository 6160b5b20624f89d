/**
 * Refiner: the first entry's heading of a live page. A live blog prints each
 * entry as its time alone on a line, often a heading, then its paragraphs
 * (`14:52` ⏎ `Power company says …` ⏎ `<paragraph>`). The body's run opens at
 * its first prose, so the heading of the first entry, a short line over it,
 * is left out, while the headings of the entries under it are inside the run.
 * When the run holds another time alone (the next entries), the heading
 * right under the first entry's time is the body's first line.
 */
import { isTimeOfDay } from '../../furniture/stamps.js';
import type { Region } from './body-region.js';
import { type TextDoc, titleLike } from './doc.js';
import { endsLikeSentence } from './headline-items.js';

/** Longest entry heading. */
const MAX_HEADING = 150;

/** `region` opened one block higher when the block over it is a live entry's heading under its time. */
export function withEntryHeading(doc: TextDoc, region: Region): Region {
  const heading = doc.blocks[region.first - 1];
  const time = doc.blocks[region.first - 2];
  if (
    !heading ||
    !time ||
    !isTimeOfDay(time.text) ||
    heading.text.length > MAX_HEADING ||
    // (Left free by the header's reader when the byline sits over the entries: `readHeader`.)
    (doc.roles.get(heading.index) ?? 'body') !== 'body' ||
    !titleLike(heading.text) ||
    endsLikeSentence(heading.text)
  )
    return region;
  for (let k = region.first + 1; k <= region.last; k++)
    if (isTimeOfDay(doc.blocks[k]?.text ?? '')) {
      doc.roles.set(heading.index, 'body');
      return { ...region, first: heading.index };
    }
  return region;
}
