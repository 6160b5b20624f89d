/**
 * Refiner: the next article printed under the page's own (a site that loads
 * the next story as the reader scrolls): a headline the body's run took in,
 * right over a labelled byline that dates it (`Par X le 06/12/2026 à
 * 10h05`), as the page's own header was signed and dated. The body ends
 * above that headline: what follows is another article's.
 */
import { findDates } from '../../dates/find-dates.js';
import type { Paragraph } from '../../types.js';
import { recogniseByline } from '../recognisers/byline.js';
import { endsSentence } from './body-region.js';
import { type TextDoc, titleLike } from './doc.js';
import { clockAt } from './live-entries.js';

/** Longest headline read. */
const MAX_HEADLINE = 200;

/** Whether block `k` is a labelled byline naming someone (`Par X le …`, `By X | …`) and holding a date. */
function datedByline(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return (
    b !== undefined &&
    recogniseByline(b)?.name !== undefined &&
    findDates(b.text, doc.reference).length > 0
  );
}

/**
 * Cuts the body at the first paragraph past the first that is a headline
 * (no sentence's end) right over a dated byline, when the page's own header
 * (between the title, block `title`, and the body) holds one read as its byline.
 */
export function cutAtNextArticle(
  doc: TextDoc,
  paragraphs: Paragraph[],
  owners: number[],
  title: number,
): void {
  const first = owners[0];
  if (first === undefined || title < 0) return;
  let signed = false;
  for (let k = title + 1; k < first && !signed; k++)
    signed = doc.roles.get(k) === 'byline' && datedByline(doc, k);
  if (!signed) return;
  for (let k = 1; k < paragraphs.length; k++) {
    const owner = owners[k];
    const p = paragraphs[k];
    if (owner === undefined || !p) continue;
    if (p.text.length > MAX_HEADLINE || !titleLike(p.text) || endsSentence(p.text)) continue;
    // A live entry's heading under its clock time (`19h05` ⏎ heading ⏎ `Par X le …`) is the page's own.
    if (!datedByline(doc, owner + 1) || clockAt(doc, owner - 1)) continue;
    for (const o of owners.slice(k)) doc.roles.set(o, 'boilerplate');
    paragraphs.splice(k);
    owners.splice(k);
    return;
  }
}
