/**
 * The author of a text page whose header signed nobody, looked for once the
 * title and the body are known: the line between them, the line over the
 * title, then the boxes under the body (an info box's field, a signature, the
 * author's box, a name alone under the last paragraph).
 */
import { authorBoxAuthor } from './author-box.js';
import { lastBodyBlock, type TextDoc } from './doc.js';
import { bylineAbove, bylineNear, type NameSpan } from './header.js';
import { infoBoxAuthor } from './info-box.js';
import { nameUnderBody, signatureAuthor } from './signature.js';

/**
 * The author read around the body, whose first block is `firstBody`; `title`
 * is the title's block, or -1 (a title found below the body's start bounds
 * nothing: the lines right above the body are read).
 */
export function unsignedAuthor(
  doc: TextDoc,
  title: number,
  firstBody: number,
): NameSpan | undefined {
  const above = title < firstBody ? title : -1;
  return (
    bylineNear(doc, above, firstBody) ??
    (above >= 0 ? bylineAbove(doc, above) : undefined) ??
    infoBoxAuthor(doc, lastBodyBlock(doc)) ??
    signatureAuthor(doc, lastBodyBlock(doc)) ??
    authorBoxAuthor(doc, lastBodyBlock(doc)) ??
    nameUnderBody(doc, lastBodyBlock(doc))
  );
}
