/**
 * Refiner: promotion boxes closing a text page's body. A site's box for its
 * seminar, its magazine or a download prints a heading, one short paragraph
 * and a button (`Augmented Reality` ⏎ `In unserem Seminar … erarbeiten Sie …`
 * ⏎ `Mehr erfahren`; `Leseprobe: …` ⏎ `…` ⏎ `Weiterlesen →`). The article's
 * own last section does not end with a button: such units at the body's end,
 * one or more in a row, leave it.
 */
import { isCallToAction } from '../../furniture/calls-to-action.js';
import { startsWithBullet } from '../../text/chars.js';
import type { Paragraph } from '../../types.js';
import { isReadMoreLine } from '../recognisers/read-more.js';
import { endsSentence } from './body-region.js';
import type { TextDoc } from './doc.js';

/** Longest paragraph read as a box's text. */
const MAX_TEXT = 400;
/** Longest heading over a box. */
const MAX_HEADING = 80;
/** Most blocks from a box's heading to its text (a second heading, a picture's line between). */
const HEADING_REACH = 3;
/** Paragraphs the body keeps at least before its boxes. */
const KEEP = 3;

/** Whether block `k` is a button: a call to action or a read-more link alone on its line. */
function isButton(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  if (!b) return false;
  return doc.roles.get(k) === 'read-more' || isCallToAction(b.text) || isReadMoreLine(b.text);
}

/** Whether a paragraph is a box's heading: short, no sentence end but a question's or an appeal's (`Rejoignez-nous !`), no list item, no button. */
function isBoxHeading(text: string): boolean {
  return (
    text.length <= MAX_HEADING &&
    (!endsSentence(text) || text.endsWith('?') || text.endsWith('!')) &&
    !startsWithBullet(text) &&
    !isCallToAction(text)
  );
}

/** Drops the promotion boxes closing the body (heading, one short paragraph, a button right under it). */
export function dropPromoBoxes(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  dropInlineBoxes(doc, paragraphs, owners);
  // A line of the box's own may close it under the button (its tags, a label): no sentence, read with a box above only.
  const last = paragraphs[paragraphs.length - 1];
  const trailer = last !== undefined && isBoxHeading(last.text) ? 1 : 0;
  let cut = paragraphs.length - trailer;
  for (;;) {
    const k = cut - 1;
    const text = paragraphs[k];
    const heading = paragraphs[k - 1];
    const owner = owners[k];
    const above = owners[k - 1];
    if (k - 1 < KEEP || !text || !heading || owner === undefined || above === undefined) break;
    if (text.text.length > MAX_TEXT || !isButton(doc, owner + 1)) break;
    if (owner - above > HEADING_REACH || !isBoxHeading(heading.text)) break;
    cut = k - 1;
    // A label over the heading (`Leseprobe: …`, `Seminar`) right above it is the box's too.
    const label = paragraphs[cut - 1];
    const labelOwner = owners[cut - 1];
    if (
      cut - 1 >= KEEP &&
      label !== undefined &&
      labelOwner !== undefined &&
      above - labelOwner <= HEADING_REACH &&
      isBoxHeading(label.text)
    )
      cut--;
  }
  if (cut === paragraphs.length - trailer) return;
  for (const owner of owners.slice(cut)) doc.roles.set(owner, 'boilerplate');
  paragraphs.length = cut;
  owners.length = cut;
}

/** Whether block `k` is a call to action alone (`Book a demo`), not a link reading on (`Read more`: a list's item may end with one). */
function isActionButton(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return b !== undefined && doc.roles.get(k) !== 'read-more' && isCallToAction(b.text);
}

/**
 * Drops the promotion boxes between the body's paragraphs (a company blog's box for its product in the middle of a
 * post: `Ship faster with X` ⏎ `See how teams use X …` ⏎ `Book a demo`): a box's heading, one short paragraph
 * and a button right under it, with the article's paragraphs on both sides. A subheading over a paragraph with
 * no button under it is the article's.
 */
function dropInlineBoxes(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  let out = 0;
  // Whether paragraph k - 1 was kept (a box's heading is dropped with its text only while it stands kept).
  let keptAbove = false;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const owner = owners[k];
    if (p === undefined || owner === undefined) continue;
    const heading = paragraphs[k - 1];
    const above = owners[k - 1];
    if (
      keptAbove &&
      k >= KEEP &&
      k + 1 < paragraphs.length - 1 &&
      heading !== undefined &&
      above !== undefined &&
      p.text.length <= MAX_TEXT &&
      owner - above <= HEADING_REACH &&
      isActionButton(doc, owner + 1) &&
      isBoxHeading(heading.text)
    ) {
      out--;
      keptAbove = false;
      doc.roles.set(above, 'boilerplate');
      doc.roles.set(owner, 'boilerplate');
      continue;
    }
    paragraphs[out] = p;
    owners[out] = owner;
    out++;
    keptAbove = true;
  }
  paragraphs.length = out;
  owners.length = out;
}
