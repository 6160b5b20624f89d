/**
 * Recogniser: an agency's name alone on the line right after the text's last
 * paragraph (`APS`, `MAP`, `وأج`), with no prose in the next few lines: the
 * dispatch's credit. Under a photo's caption, with the text going on below, or
 * printed under several pictures, it is a photo's.
 */
import { trimEndOf } from '../../html/trim.js';
import type { Block } from '../../input/block.js';
import { AGENCIES } from '../profiles/generic.js';
import { bodyLike, paragraphLike, type TextDoc } from './doc.js';
import type { SourceChoice } from './source.js';

/** Longest line read as an agency's name alone (`Anadolu.`). */
const AGENCY_LINE = 12;
/** Lines read after an agency's name alone for prose that would make it a photo's credit. */
const AFTER_CREDIT = 3;
/** Characters closing a sentence (a caption often closes with none). */
const SENTENCE_ENDS = '.!?؟»"”)';

/**
 * A reader of `doc`'s blocks for {@link closingAgency}'s credit: the agency
 * and where its name stands, or undefined. How often each short line is
 * printed is counted once, when an agency's name alone is first met.
 */
export function closingAgencyReader(doc: TextDoc): (block: Block) => SourceChoice | undefined {
  let counts: Map<string, number> | undefined;
  const printed = (text: string): number => {
    if (!counts) {
      counts = new Map();
      for (const b of doc.blocks)
        if (b.text.length <= AGENCY_LINE) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
    }
    return counts.get(text) ?? 0;
  };
  return (block) => closingAgency(doc, block, printed);
}

/** The module's credit on `block` (see the module's note); `printed` counts a line's copies on the page. */
function closingAgency(
  doc: TextDoc,
  block: Block,
  printed: (text: string) => number,
): SourceChoice | undefined {
  if (block.text.length > AGENCY_LINE) return undefined;
  const above = doc.blocks[block.index - 1];
  // The text's last paragraph ends a sentence (its last character read first, dearer tests after).
  const last = above?.text.charAt(above.text.length - 1) ?? '';
  if (!above || last === '' || !SENTENCE_ENDS.includes(last)) return undefined;
  const code = trimEndOf(block.text, '.');
  const name = Object.hasOwn(AGENCIES, code) ? AGENCIES[code] : undefined;
  if (!name || !bodyLike(above.text) || printed(block.text) > 1) return undefined;
  // A gallery's next slide (`12/50 <headline>` ⏎ <caption>) is prose a few lines down: the credit was a photo's.
  for (let k = block.index + 1; k <= block.index + AFTER_CREDIT; k++) {
    const below = doc.blocks[k];
    if (below && paragraphLike(below.text)) return undefined;
  }
  return { name, start: block.start, end: block.start + code.length };
}
