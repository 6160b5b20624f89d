/**
 * Refiner: lynx's link numbers left out of the fields' text. `lynx -dump`
 * (without `-nolist`) prints each link's number in brackets before its text
 * (`the [12]port authority`) and lists the addresses under `References` at the
 * end. When a dump ends with that list (references.ts), a bracketed number in
 * its text is such a mark, not the page's text: fields read without it, their
 * spans still cover what the dump printed.
 */
import { linkNumberEnd } from '../../text/link-number.js';
import type { ArticleParts } from '../result.js';
import type { TextDoc } from './doc.js';
import { mapFieldTexts } from './field-texts.js';

/**
 * `text` without lynx's link numbers (`[12]`): a number between two spaces
 * leaves one space (`service [7] and` reads `service and`). One pass.
 */
export function dropLinkNumbers(text: string): string {
  if (!text.includes('[')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
    const end = linkNumberEnd(text, i);
    if (end < 0) continue;
    out += text.slice(from, i);
    from = end;
    // A number alone between spaces (an image's link, no text): one space stays.
    const before = i === 0 || text.charCodeAt(i - 1) === 0x20;
    if (before && text.charCodeAt(end) === 0x20) from++;
    i = end - 1;
  }
  out += text.slice(from);
  return out.trim();
}

/** Every field of `parts` read without lynx's link numbers: title, paragraphs, related links, authors, listing items. */
export function dropLinkNumbersIn(parts: ArticleParts): void {
  mapFieldTexts(parts, dropLinkNumbers);
}

/**
 * Blocks before `until` that open with a link's number (`[3]Port traffic up…`,
 * a headline printed as a link) start after it: the block's text and span are
 * the link's text, so a linked headline reads as a headline. Run before any
 * block is read.
 */
export function unlinkBlockStarts(doc: TextDoc, until: number): void {
  for (let k = 0; k < until; k++) {
    const b = doc.blocks[k];
    if (!b) break;
    const end = linkNumberEnd(b.text, 0);
    if (end < 0 || end >= b.text.length || b.text.charCodeAt(end) === 0x20) continue;
    b.text = b.text.slice(end);
    b.start += end;
  }
}
