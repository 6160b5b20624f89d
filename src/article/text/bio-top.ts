/**
 * Refiner: an author's box the body's run took in over the text (`Driss
 * Lahlou` ⏎ `Driss Lahlou is a professor of …` ⏎ `Follow @drisslahlou`): the
 * name alone on the line above the body's first paragraph, and that paragraph
 * a biography opening with the name. The name is the author; the biography,
 * and the author's handle or address under it, leave the body.
 */
import { isAuthorBio, opensWithAuthorName } from '../../furniture/bio.js';
import type { TextDoc } from './doc.js';
import { type NameSpan, personLine } from './header.js';

/** Longest line under the biography read as the author's handle or address (`Follow @x`). */
const HANDLE_LINE = 60;

/**
 * The author's box opening the body: the name, and how many of the body's first
 * paragraphs (`texts`, owned by blocks `owners`) are the box's.
 */
export function bioAtBodyTop(
  doc: TextDoc,
  owners: readonly number[],
  texts: readonly string[],
): { name: NameSpan; drop: number } | undefined {
  const first = owners[0];
  const bio = texts[0];
  const above = first === undefined ? undefined : doc.blocks[first - 1];
  if (!above || bio === undefined || !personLine(above.text)) return undefined;
  if (!opensWithAuthorName(bio, [above.text]) || !isAuthorBio(bio, true)) return undefined;
  let drop = 1;
  for (
    let t = texts[drop];
    t !== undefined && t.length <= HANDLE_LINE && t.includes('@');
    t = texts[drop]
  )
    drop++;
  return { name: { text: above.text, start: above.start, end: above.end }, drop };
}
