/**
 * Recogniser: the site's name as the page's rights line prints it (`© 2026
 * Djerba Soir. Tous droits réservés.`, `Djerba Soir — Tous droits réservés
 * 2026`). A short line that the rights line prints whole is the masthead, no
 * headline: a ticker printed above the masthead ends over it.
 */

import { isRightsLine, RIGHTS_MAX } from '../../furniture/rights.js';
import type { Block } from '../../input/block.js';

/** Longest line read as the site's name. */
const NAME_MAX = 48;
/** A letter or a digit: a name's bounds inside the rights line are neither. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The page's rights lines: short lines with `©` or a rights phrase. */
export function rightsLines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks)
    if (b.text.length <= RIGHTS_MAX && (b.text.includes('©') || isRightsLine(b.text)))
      out.push(b.text);
  return out;
}

/** Whether one of `rights` prints the short line `text` whole between word bounds (`Djerba Soir`), not the line itself. */
export function namedByRights(text: string, rights: readonly string[]): boolean {
  if (text.length > NAME_MAX) return false;
  for (const r of rights) {
    if (r === text) continue;
    const at = r.indexOf(text);
    if (at >= 0 && !WORD_CHAR.test(r.charAt(at - 1)) && !WORD_CHAR.test(r.charAt(at + text.length)))
      return true;
  }
  return false;
}
