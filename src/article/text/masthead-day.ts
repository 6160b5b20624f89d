/**
 * Recogniser: the site's day printed in its masthead, over the menu
 * (`Site name` ⏎ `Wednesday 18 June 2025` ⏎ `Home` ⏎ `Politics` ⏎ …). It is
 * the day the page was served (the crawl day), not the article's: the menu
 * under it shows that no headline, byline or text of an article has begun.
 */
import { SHARE_TARGETS } from '../../furniture/interface.js';
import type { Block } from '../../input/block.js';
import { fold } from '../../text/fold.js';
import type { TextDoc } from './doc.js';

/** Menu entries in a row under the date line that make it the masthead's day. */
const MENU_RUN = 3;
/** Most words of a menu entry (`فن وثقافة`, `Société civile`). */
const MENU_WORDS = 2;
/** Longest menu entry. */
const MENU_CHARS = 24;

/**
 * A menu entry: a short line of one or two words, no digit, no stop or colon, free or known as the page's
 * furniture (`Home`); a share button's network (`Facebook`, `WhatsApp`) is a share bar's, under a headline's date.
 */
function menuEntry(doc: TextDoc, b: Block | undefined): boolean {
  if (b === undefined || b.text.length > MENU_CHARS) return false;
  const role = doc.roles.get(b.index);
  if (role !== undefined && role !== 'boilerplate') return false;
  if (/[\p{N}.:!?؟،,|]/u.test(b.text)) return false;
  return (
    b.text.split(' ').filter((w) => w.length > 0).length <= MENU_WORDS &&
    !SHARE_TARGETS.has(fold(b.text))
  );
}

/** Lines over the masthead's day at most (the site's name, its strapline). */
const MASTHEAD_LINES = 2;
/** Fewest words of a headline: a line over the date this long is an article's headline, not the site's name. */
const HEADLINE_WORDS = 5;

/**
 * Whether date line `b` is the masthead's day: among the page's first lines, under names (no headline's
 * length), a run of menu entries right under it.
 */
export function mastheadDay(doc: TextDoc, b: Block): boolean {
  if (b.index > MASTHEAD_LINES) return false;
  for (let k = 0; k < b.index; k++)
    if ((doc.blocks[k]?.text ?? '').split(' ').length >= HEADLINE_WORDS) return false;
  for (let k = 1; k <= MENU_RUN; k++) if (!menuEntry(doc, doc.blocks[b.index + k])) return false;
  return true;
}
