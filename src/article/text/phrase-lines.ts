/**
 * A text written one phrase a line (a radio or TV programme's script under
 * its episode's header: `حيث يستعد الفلاحون …` ⏎ `لكن الجرارات …`): on a page
 * with no prose, the run of such lines right under the header is the body.
 * The latest-news reader leaves these runs alone ({@link phrasesOfText}); the
 * body's run, weighing prose, finds nothing in them.
 */
import { isRelatedBoxHeading } from '../../furniture/teaser-headings.js';
import { headlineLike, MIN_RUN, phrasesOfText } from '../../ticker/latest-news.js';
import type { Region } from './body-region.js';
import type { TextDoc } from './doc.js';

/** Most lines between the header and the script (a player's button and its time). */
const LEAD_SLACK = 3;

/**
 * The run of phrase lines from block `from` on (a few lines of the player
 * between), MIN_RUN lines or more in a row, unclaimed or read as the header's
 * links, up to a related box's heading; or undefined.
 */
export function phraseRegion(doc: TextDoc, from: number): Region | undefined {
  let first = -1;
  let k = Math.max(0, from);
  // The header's reader may have taken the script's first line for a related link under the byline.
  while (k > 0 && doc.roles.get(k - 1) === 'related') k--;
  from = k;
  for (; k < doc.blocks.length; k++) {
    const b = doc.blocks[k];
    if (!b) break;
    const role = doc.roles.get(k);
    const line =
      (role === undefined || role === 'body' || role === 'related') &&
      headlineLike(b.text) &&
      !isRelatedBoxHeading(b.text) &&
      (first < 0 || b.blankBefore <= 1);
    if (line) {
      if (first < 0) first = k;
      continue;
    }
    if (first >= 0) break;
    if (k - from >= LEAD_SLACK) return undefined;
  }
  const last = k - 1;
  if (first < 0 || last - first + 1 < MIN_RUN || !phrasesOfText(doc.blocks, first, last))
    return undefined;
  return { first, last, weight: 0 };
}
