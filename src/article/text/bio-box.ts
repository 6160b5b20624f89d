/**
 * Recogniser: a columnist's box over the text, as opinion pages print it
 * under the headline (`Name` ⏎ `Name is a professor of … He writes a
 * fortnightly column.` ⏎ `Follow @handle` ⏎ `March 27, 2025`): a person's
 * name alone on its line, then a paragraph opening with that same name and a
 * copula or a verb of a beat (the biography), maybe the author's own lines
 * (a handle, an invitation to follow), then the header's date or byline line.
 * The biography and those lines are the author's, not the article's text:
 * they take the byline's role (as the author's trade and handle under a name
 * do), and the name stays free for the header's readers. Read on the page's
 * first paragraph of prose only: further down, a name over a paragraph about
 * that person is the article's (a portrait series), and a lede opening with
 * the name of a person pictured above it has no date line under it.
 */
import { describesPerson } from '../../furniture/bio.js';
import { fold } from '../../text/fold.js';
import { authorMetaLine } from './author-meta.js';
import { isFree, type TextDoc } from './doc.js';
import { personLine } from './header.js';

/** Most of the author's own lines read under the biography. */
const MAX_OWN_LINES = 2;

/** An invitation to follow the author by handle (`Follow @x`, `Suivez @x`, `Folgen Sie @x`), folded. */
const FOLLOW_HANDLE =
  /^(?:follow|suivez|suivre|folgen sie|folge|sigue a|siga a|segui|تابع) @\w{2,30}$/u;

/** The header's lines that close the box under it. */
const HEADER_ROLES = new Set(['date', 'byline', 'source']);

/**
 * Whether the free block `k` (the page's first paragraph of prose) is a
 * biography under its author's name alone, over the header's date or byline
 * line; if so, marks it and the author's own lines under it as the byline's.
 */
export function markBioBox(doc: TextDoc, k: number): boolean {
  const bio = doc.blocks[k];
  const name = doc.blocks[k - 1];
  if (!bio || !isFree(doc, name) || !personLine(name.text)) return false;
  if (!describesPerson(bio.text, name.text)) return false;
  let j = k + 1;
  while (j <= k + MAX_OWN_LINES && ownLine(doc, j)) j++;
  if (!HEADER_ROLES.has(doc.roles.get(j) ?? '')) return false;
  for (let i = k; i < j; i++) doc.roles.set(i, 'byline');
  return true;
}

/** Whether block `j` is one of the author's own lines: free, a handle, the trade, an invitation to follow. */
function ownLine(doc: TextDoc, j: number): boolean {
  const b = doc.blocks[j];
  if (!isFree(doc, b)) return false;
  const t = b.text.trim();
  return authorMetaLine(t) || FOLLOW_HANDLE.test(fold(t));
}
