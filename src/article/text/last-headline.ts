/**
 * Recogniser: the headline of a page cut right after it. The dump stops on a
 * headline's line (a headline's words, no sentence's stop), and every free
 * line above it (one at least) is a menu's entry or a section's name, or
 * (the line whole, a line break after it) no line above it is free (a
 * network page's ticker and dialog): no page ends on its headline unless
 * the crawl cut it there.
 */
import { isInterfaceLine } from '../../furniture/interface.js';
import { countSpaces } from '../../text/chars.js';
import { isFree, paragraphLike, type TextDoc, titleLike } from './doc.js';
import { wholeTitle } from './page-title.js';
import type { TitleChoice } from './title.js';

/** Fewest words of the headline standing last. */
const HEADLINE_WORDS = 6;
/** Most words of a line above it (a menu's entry, a section's name, the site's name). */
const MENU_WORDS = 4;
/** A statement's stop closing a line (a question's mark may close a headline). */
const STATEMENT_END = /[.!;]$/u;

/** Words of a short line. */
function words(text: string): number {
  return countSpaces(text) + 1;
}

/** The page's last block when it is a headline under nothing but menu lines or the page's frame, else undefined. */
export function lastHeadline(doc: TextDoc): TitleChoice | undefined {
  const last = doc.blocks[doc.blocks.length - 1];
  if (
    !isFree(doc, last) ||
    !titleLike(last.text) ||
    paragraphLike(last.text) ||
    STATEMENT_END.test(last.text) ||
    // A sentence's stop inside: prose cut short, no headline.
    last.text.includes('. ') ||
    isInterfaceLine(last.text) ||
    words(last.text) < HEADLINE_WORDS
  )
    return undefined;
  let menu = 0;
  for (const b of doc.blocks) {
    if (b === last) break;
    if (!isFree(doc, b)) continue;
    if (words(b.text) > MENU_WORDS) return undefined;
    menu++;
  }
  // With no menu line, the lines above are the page's frame (a ticker, a template's dialog): the
  // headline must end on a line break, whole, or it may be cut inside.
  return menu > 0 || (last.index > 0 && doc.input.charCodeAt(last.end) === 10)
    ? wholeTitle(last)
    : undefined;
}
