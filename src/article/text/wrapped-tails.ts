/**
 * Refiner for hard-wrapped pages (lynx): a paragraph whose last printed line
 * is a line of its own in the page, which the wrapper joined to the text
 * above it for want of a blank line between them. A publication stamp
 * (`Publiziert: 03.04.2020, 12:35`, `Pubblicato il 19 Febbraio 2020`) is cut
 * off the paragraph; a photo credit (`Photograph by X`) closes a caption, and
 * the short paragraph it ends leaves the body whole, as a caption above a
 * credit does when the two are printed as lines of their own.
 */
import { isPhotoCredit } from '../../furniture/credits.js';
import { closesWithSignature } from '../../furniture/signatures.js';
import { isStampLine } from '../../furniture/stamps.js';
import { fold } from '../../text/fold.js';
import type { Paragraph } from '../../types.js';
import type { TextDoc } from './doc.js';

/** Longest last line read as a stamp or a credit. */
const MAX_TAIL = 100;
/** Longest caption closed by a credit. */
const MAX_CAPTION = 400;

/**
 * The start of the last printed line of `text` (the view's slice of a
 * paragraph), or -1: the character after the last run of two spaces or more
 * (where the view joined two printed lines: the line break read as a space,
 * then the next line's margin) within the last {@link MAX_TAIL} characters.
 */
function lastLineStart(text: string): number {
  const from = Math.max(1, text.length - MAX_TAIL);
  for (let i = text.length - 1; i >= from; i--) {
    if (text.charCodeAt(i) !== 0x20 || text.charCodeAt(i - 1) !== 0x20) continue;
    return i + 1;
  }
  return -1;
}

/** Cuts stamps and captions closed by a credit out of a hard-wrapped page's body paragraphs. */
export function dropWrappedTails(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  if (doc.wrapWidth === undefined) return;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if (!p) continue;
    const at = lastLineStart(p.text);
    if (at < 0) continue;
    const tail = p.text.slice(at);
    const head = p.text.slice(0, at).trimEnd();
    if (head.length === 0) continue;
    const f = fold(tail);
    if (isStampLine(tail, f)) {
      paragraphs[i] = { ...p, text: head, end: p.start + head.length };
    } else if (
      head.length <= MAX_CAPTION &&
      isPhotoCredit(tail, f) &&
      !(i === paragraphs.length - 1 && closesWithSignature(tail))
    ) {
      paragraphs.splice(i, 1);
      const [owner] = owners.splice(i, 1);
      if (owner !== undefined && doc.roles.get(owner) === 'body')
        doc.roles.set(owner, 'boilerplate');
    }
  }
}
