/**
 * Recogniser of a video's page that prints no text: the player's running time
 * alone on a line (`02:48`, `1:02:15`) among the few lines under the
 * headline. A dated headline over it with no paragraph under it is one story
 * told by its video: an article with no body.
 */
import type { TextDoc } from './doc.js';
import { isRunningTime } from './media-units.js';

/** Lines under the headline searched (its date, view count and share row come first on some sites). */
const REACH = 6;

/** Whether a running time stands alone on one of the {@link REACH} lines under block `at`. */
export function runningTimeUnder(doc: TextDoc, at: number): boolean {
  const end = Math.min(doc.blocks.length, at + 1 + REACH);
  for (let k = at + 1; k < end; k++) {
    if (isRunningTime(doc.blocks[k]?.text.trim() ?? '')) return true;
  }
  return false;
}
