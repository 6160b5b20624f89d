/**
 * Recogniser: an agency's name alone on the line right after the text's last
 * paragraph (`APS`, `MAP`, `وأج`), or in parentheses closing that paragraph
 * (`… s'achever en 2026. (MAP)`), with no prose in the next few lines: the
 * dispatch's credit. Under a photo's caption, with the text going on below, or
 * printed under several pictures, it is a photo's.
 */
import { trimEndOf } from '../../html/trim.js';
import type { Block } from '../../input/block.js';
import { wordSpacesAtLeast } from '../../text/chars.js';
import { AGENCIES } from '../profiles/generic.js';
import { blockFlags, bodyLike, isFree, paragraphLike, type TextDoc } from './doc.js';
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

/** Whether prose stands within {@link AFTER_CREDIT} blocks under block `k`, the page's furniture aside: the text goes on there. */
function proseUnder(doc: TextDoc, k: number): boolean {
  for (let j = k + 1; j <= k + AFTER_CREDIT; j++) {
    const below = doc.blocks[j];
    if (isFree(doc, below) && paragraphLike(below.text)) return true;
  }
  return false;
}

/** Fewest words of a sentence signed by its agency. */
const SIGNED_WORDS = 4;
/** Longest agency code read in parentheses closing a paragraph (`(Reuters)`, `(Anadolu)`). */
const SIGNATURE_CODE = 12;

/**
 * The agency signing a paragraph in parentheses at its end, after its last
 * sentence (`… en 2026. (MAP)`) or closing it (`… a-t-il annoncé (APS).`):
 * the agency and where its code stands in `block`, or undefined.
 */
export function closingSignature(block: Block): SourceChoice | undefined {
  const text = block.text;
  const close = text.endsWith(').') ? text.length - 2 : text.length - 1;
  if (text.charCodeAt(close) !== 0x29) return undefined;
  const open = text.lastIndexOf('(', close);
  if (open <= 0 || close - open - 1 > SIGNATURE_CODE) return undefined;
  const code = text.slice(open + 1, close).trim();
  const name = Object.hasOwn(AGENCIES, code) ? AGENCIES[code] : undefined;
  if (!name) return undefined;
  // Its sentence ends before it, or the parenthesis closes the sentence.
  const before = text.slice(0, open).trimEnd();
  if (close === text.length - 1 && !SENTENCE_ENDS.includes(before.charAt(before.length - 1)))
    return undefined;
  // A sentence of the article's (four words at least), not a caption's few words.
  if (!paragraphLike(text) || !wordSpacesAtLeast(before, SIGNED_WORDS - 1)) return undefined;
  const start = block.start + text.indexOf(code, open);
  return { name, start, end: start + code.length };
}

/**
 * The text's last paragraph signed by its agency in parentheses (see
 * {@link closingSignature}), with no prose in the next few lines: the
 * dispatch's credit, so the line is no photo's credit (a short one reads like
 * `… au port. (AFP)` under a picture) and the paragraph over it no caption.
 * Marks the line as known to be no furniture; returns the agency, or undefined.
 */
export function markClosingSignature(doc: TextDoc): SourceChoice | undefined {
  for (let k = doc.blocks.length - 1; k >= 0; k--) {
    const b = doc.blocks[k];
    if (!b) continue;
    const signature =
      b.text.endsWith(')') || b.text.endsWith(').') ? closingSignature(b) : undefined;
    if (signature && isFree(doc, b) && !proseUnder(doc, k)) {
      blockFlags(doc, 'furniture')[k] = 1;
      return signature;
    }
    // The text's last paragraph is read, and no line above it (a footer's sentence aside).
    if (isFree(doc, b) && paragraphLike(b.text)) return undefined;
  }
  return undefined;
}
