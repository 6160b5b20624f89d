/**
 * Recogniser of a video's page that prints no text: the player's running time
 * alone on a line (`02:48`, `1:02:15`) among the few lines under the
 * headline. A dated headline over it with no paragraph under it is one story
 * told by its video: an article with no body.
 */
import type { TextDoc } from './doc.js';

/** A running time alone: minutes and seconds, hours first when long. */
const RUNNING_TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;
/** Longest running time line. */
const MAX_TIME = 8;
/** Lines under the headline searched (its date, view count and share row come first on some sites). */
const REACH = 6;

/** Whether a running time stands alone on one of the {@link REACH} lines under block `at`. */
export function runningTimeUnder(doc: TextDoc, at: number): boolean {
  const end = Math.min(doc.blocks.length, at + 1 + REACH);
  for (let k = at + 1; k < end; k++) {
    const t = doc.blocks[k]?.text.trim() ?? '';
    if (t.length <= MAX_TIME && RUNNING_TIME.test(t)) return true;
  }
  return false;
}
