/**
 * Recogniser: the site's name as the page's rights line prints it (`© 2026
 * Djerba Soir. Tous droits réservés.`, `Djerba Soir — Tous droits réservés
 * 2026`). A short line that a rights line further down prints whole is the
 * masthead, no headline: a ticker printed above the masthead ends over it.
 */
import { isRightsLine, RIGHTS_MAX } from '../../furniture/rights.js';

/** Longest line read as the site's name. */
const NAME_MAX = 48;
/** Shortest such line. */
const NAME_MIN = 4;
/** A letter or a digit: a name's bounds inside the rights line are neither. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether `input` prints `text` (the line ending at `from`) again further down, whole between word bounds, inside a
 * rights line (a short line with `©` or a rights phrase): the site's name (`Djerba Soir`). Found by a native search for
 * the text; only the lines holding it are read.
 */
export function namedByRights(input: string, text: string, from: number): boolean {
  if (text.length > NAME_MAX || text.length < NAME_MIN) return false;
  for (let at = input.indexOf(text, from); at >= 0; at = input.indexOf(text, at + text.length)) {
    const end = at + text.length;
    if (WORD_CHAR.test(input.charAt(at - 1)) || WORD_CHAR.test(input.charAt(end))) continue;
    const lineStart = input.lastIndexOf('\n', at) + 1;
    const next = input.indexOf('\n', end);
    const lineEnd = next < 0 ? input.length : next;
    if (lineEnd - lineStart > RIGHTS_MAX) continue;
    const line = input.slice(lineStart, lineEnd).trim();
    if (line !== text && (line.includes('©') || isRightsLine(line))) return true;
  }
  return false;
}
