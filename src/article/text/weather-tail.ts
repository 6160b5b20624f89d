/**
 * Recogniser: a line under a weather reading (`14°C`) that belongs to it:
 * its city, the sky, the day it shows (`Warszawa`, `Light rain`, `dimanche
 * 6 juillet 2025`). A headline of six words or more with no digit is the
 * page's, not the widget's: a short weather box may stand right over the
 * article's header.
 */
import { paragraphLike } from './doc.js';

/** Longest line read as a weather reading's. */
const MAX_TAIL = 60;
/** Fewest spaces of a headline (six words) that no weather line prints without a digit. */
const HEADLINE_SPACES = 5;

/** Whether `text`, a few lines under a weather reading, is the reading's city, sky or day. */
export function weatherTail(text: string): boolean {
  if (text.length > MAX_TAIL || paragraphLike(text)) return false;
  if (/\d/u.test(text)) return true;
  let spaces = 0;
  for (let i = 0; i < text.length && spaces < HEADLINE_SPACES; i++) if (text[i] === ' ') spaces++;
  return spaces < HEADLINE_SPACES;
}
