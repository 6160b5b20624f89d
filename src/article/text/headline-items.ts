/**
 * Recogniser: a headline printed as an item of a box of other articles
 * (`Relacionados:` ⏎ `José Luis Dalmau indica que … “es asesinato”` ⏎
 * `Aborto, código electoral y el status serán parte de …`). Under a heading
 * over other articles such lines are links, whatever their length: a
 * headline has no sentence end, where the article's prose coming back does.
 */
import { CLOSING_QUOTES, spacesAtLeast } from '../../text/chars.js';

/** Longest line read as a headline. */
const MAX_HEADLINE = 160;
/** Fewest spaces of a headline (three words): a shorter line is a label or a name. */
const MIN_SPACES = 2;
/** Marks that end a sentence; a closing quote or bracket after one of them ends it too. */
const STOPS = '.!?…;:؟。';
/** Closing quotes and brackets a headline may end with (`… “es asesinato”`, `„Tag des Einbruchschutzes“`). */
const CLOSERS = `${CLOSING_QUOTES})]'`;

/** Whether `text` reads as a headline: short, three words or more, and no sentence end (a quote's end aside). */
export function headlineShaped(text: string): boolean {
  if (text.length > MAX_HEADLINE || !spacesAtLeast(text, MIN_SPACES)) return false;
  return !endsLikeSentence(text);
}

/**
 * Whether a short line ends like a sentence, a closing quote looked past: the mark before it tells
 * (`„Patoreakcji”` and `… “es asesinato”` end none, `… says “no.”` does).
 */
export function endsLikeSentence(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  let last = text.charAt(n - 1);
  if (CLOSERS.includes(last) && n > 1) last = text.charAt(n - 2);
  return STOPS.includes(last);
}
