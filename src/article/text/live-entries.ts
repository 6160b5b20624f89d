/**
 * Recogniser: a live page's entries. A page that follows a story hour by
 * hour (`EN DIRECT`, `Live`, `مباشر`) prints each entry as its time alone on
 * a line, often its author's byline, then a paragraph of whole sentences:
 * `19h05` ⏎ `Par X` ⏎ `La route nationale…`. The lines between the
 * paragraphs keep any one run of prose short, yet the entries are one
 * article's text, not a listing's units: a listing's excerpt is cut short,
 * a ticker's time stands over a headline.
 */
import { isTimeOfDay } from '../../furniture/stamps.js';
import type { Paragraph } from '../../types.js';
import { recogniseByline } from '../recognisers/byline.js';
import type { TextDoc } from './doc.js';
import type { NameSpan } from './header.js';
import { wholeParagraph } from './lone-article.js';
import { signature } from './page-title.js';

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
    if (!clockAt(doc, k)) continue;
    const j = signature(doc, k + 1) ? k + 2 : k + 1;
    const whole = wholeParagraph(doc, j);
    run = whole ? (last === k - 1 ? run + 1 : 1) : 0;
    if (run >= MIN_ENTRIES) return true;
    if (whole) {
      last = j;
      k = j;
    }
  }
  return false;
}

/** Whether block `k` is a time of day alone on its line (`19h05`, `19:05`), a live entry's stamp. */
export function clockAt(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return b !== undefined && b.text.length <= CLOCK_MAX && isTimeOfDay(b.text);
}

/** Longest time of day alone read (`10:05 p.m. CET`): longer lines are not searched. */
const CLOCK_MAX = 16;

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
