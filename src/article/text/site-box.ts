/**
 * Refiner: the site's own box closing the body (`Gut versorgt mit
 * energiehoch3` over a paragraph praising its service): a short heading among
 * the body's last paragraphs that names the site as its address spells it
 * (one of the host's labels as a word of its own). The box is the site's
 * advertisement for itself, not the article's: the heading and what follows
 * it leave the body. Known from the page's address (or its rights line) only.
 * A heading over the company's description (`About X`) is a press release's
 * own boilerplate, and stays.
 */
import { fold } from '../../text/fold.js';
import type { Paragraph } from '../../types.js';
import { endsSentence } from './body-region.js';
import type { TextDoc } from './doc.js';

/** Paragraphs from the body's end searched for the heading (the heading, its text, an appeal). */
const BOX_REACH = 3;
/** Longest heading read. */
const MAX_HEADING = 60;
/** Shortest host label looked for: `bbc`, `ft` are words of too many headings. */
const MIN_LABEL = 5;
/** Paragraphs the body keeps at least above the box. */
const MIN_KEPT = 2;

/**
 * A heading over the company's description (`About X`, `Über X`, `À propos
 * de X`): a press release's boilerplate, which its text holds (folded).
 */
const ABOUT = /^(?:about|uber|a propos|sobre|acerca) /u;

/** Whether `text` is a short heading with one of the site's `labels` as a word of its own, no heading over the company's description. */
function namesSite(text: string, labels: readonly string[]): boolean {
  if (text.length > MAX_HEADING || endsSentence(text)) return false;
  const folded = fold(text);
  if (ABOUT.test(folded)) return false;
  const words = folded.split(/[^\p{L}\p{N}]+/u);
  return labels.some((l) => l.length >= MIN_LABEL && words.includes(l));
}

/** Cuts the body at the site's box among its last paragraphs (see the module's note). */
export function dropSiteBox(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  const labels = doc.siteLabels;
  if (!labels || labels.length === 0) return;
  const from = Math.max(MIN_KEPT, paragraphs.length - BOX_REACH);
  for (let k = from; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (!p || !namesSite(p.text, labels)) continue;
    for (const owner of owners.slice(k)) doc.roles.set(owner, 'boilerplate');
    paragraphs.length = k;
    owners.length = k;
    return;
  }
}
