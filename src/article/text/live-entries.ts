/**
 * Recogniser: a live page's entries. A page that follows a story hour by
 * hour (`EN DIRECT`, `Live`, `مباشر`) prints each entry as its time alone on
 * a line, often its author's byline, then a paragraph of whole sentences:
 * `19h05` ⏎ `Par X` ⏎ `La route nationale…`. The lines between the
 * paragraphs keep any one run of prose short, yet the entries are one
 * article's text, not a listing's units: a listing's excerpt is cut short,
 * a ticker's time stands over a headline.
 */
import type { Paragraph } from '../../types.js';
import { recogniseByline } from '../recognisers/byline.js';
import { bodyLike, isFree, type TextDoc } from './doc.js';
import type { NameSpan } from './header.js';
import { teaserLike } from './listing.js';
import { signature } from './page-title.js';

/** A clock time alone on its line: `19h05`, `19:05`, `7:05 PM`. */
const CLOCK_ALONE = /^(?:[01]?[0-9]|2[0-3])[h:][0-5][0-9](?: ?[ap]\.?m\.?)?$/iu;

/** The characters a paragraph ends its sentence with. */
const SENTENCE_END = /[.!?؟»"”)]$/u;

/** Entries in a row that make a live page. */
const MIN_ENTRIES = 3;

/**
 * Whether the page holds a live page's entries: at least three in a row, each
 * a time alone, maybe a byline or date line, then a whole paragraph (a
 * sentence's end, no teaser's cut), the next time right under it.
 */
export function holdsLiveEntries(doc: TextDoc): boolean {
  let run = 0;
  let last = -2;
  for (let k = 0; k < doc.blocks.length; k++) {
    const b = doc.blocks[k];
    if (b === undefined || b.text.length > 12 || !CLOCK_ALONE.test(b.text)) continue;
    const j = signature(doc, k + 1) ? k + 2 : k + 1;
    const p = doc.blocks[j];
    const whole =
      p !== undefined &&
      isFree(doc, p) &&
      bodyLike(p.text) &&
      SENTENCE_END.test(p.text) &&
      !teaserLike(p.text);
    run = whole ? (last === k - 1 ? run + 1 : 1) : 0;
    if (run >= MIN_ENTRIES) return true;
    if (whole) {
      last = j;
      k = j;
    }
  }
  return false;
}

/** Whether block `k` is a clock time alone on its line (`19h05`), a live entry's stamp. */
function clockAt(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return b !== undefined && b.text.length <= 12 && CLOCK_ALONE.test(b.text);
}

/**
 * A live entry's byline the body took in (`19h05` ⏎ `Par X` ⏎ its paragraph):
 * each leaves the body for the article's authors, with its name's span.
 * Returns the names, in page order.
 */
export function takeEntryBylines(
  doc: TextDoc,
  paragraphs: Paragraph[],
  owners: number[],
): NameSpan[] {
  const names: NameSpan[] = [];
  for (let i = owners.length - 1; i >= 0; i--) {
    const k = owners[i];
    if (k === undefined || !clockAt(doc, k - 1)) continue;
    const b = doc.blocks[k];
    const by = b ? recogniseByline(b) : undefined;
    if (!by?.name || by.nameStart === undefined || by.nameEnd === undefined) continue;
    names.unshift({ text: by.name, start: by.nameStart, end: by.nameEnd });
    paragraphs.splice(i, 1);
    owners.splice(i, 1);
    doc.roles.set(k, 'byline');
  }
  return names;
}
