/**
 * Refiner for the end of an HTML body: an author's biography box after the
 * article (`Meike Neitz studierte…`, `Eric Song is IGN's deal curator…`,
 * `Jossi Loibl (Jahrgang 1962) schreibt…`). A paragraph among the last few
 * that opens with an author's name and a verb or parenthesis of a biography
 * is the box, not the article.
 */
import { isAuthorBio } from '../furniture/bio.js';
import type { Paragraph } from '../types.js';

/** Paragraphs looked at from the end. */
const LAST = 2;
/** Longest biography read as one. */
const BIO_MAX = 800;
/** What follows the name in a biography (lower case as written). */
const BIO_CUE =
  /^[\s,]*(?:\(|ist |is |was |war |est |a été |studierte |studied |schreibt |writes |works |arbeitet |lives |lebt |has been |hat |holds |teaches |lehrt |joined |covers |rejoint |a rejoint |couvre )/u;

/** The paragraphs without an author's biography among the last {@link LAST}. */
export function dropAuthorBio(paragraphs: Paragraph[], authors: readonly string[]): Paragraph[] {
  const names = authors.filter((a) => a.includes(' '));
  if (paragraphs.length <= LAST) return paragraphs;
  const out = paragraphs.slice();
  let removed = false;
  for (let i = out.length - 1; i >= out.length - LAST && i > 0; i--) {
    const t = out[i]?.text ?? '';
    if (t.length > BIO_MAX) continue;
    const name = names.find((n) => t.startsWith(n));
    // The byline's author with a biography's verb, or any name with a newsroom trade (the text path's recogniser).
    if ((name && BIO_CUE.test(t.slice(name.length))) || isAuthorBio(t)) {
      out.splice(i, 1);
      removed = true;
    }
  }
  // Headings the biography closed (empty teaser boxes' labels above it) head nothing once it is gone.
  while (removed && out.length > 1 && out[out.length - 1]?.kind === 'heading') out.pop();
  return out;
}
