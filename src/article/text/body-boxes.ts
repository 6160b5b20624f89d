/**
 * Refiner: boxes inside a text page's chosen body that only their frame
 * tells, whose lines one by one read like the article's. A newsletter's box
 * (its heading, the pitch, the form's line: `Recevez notre newsletter` ⏎
 * `Chaque matin, l’essentiel … dans votre boîte mail.` ⏎ `[      ] Je
 * m’inscris`) goes whole; the links to the previous and next articles go when
 * a bare direction word opens two lines in a row (`Précédent <headline>` ⏎
 * `Suivant <headline>`), or when a label stands alone over its headline
 * (`Article précédent` ⏎ `<headline>`). The vocabularies are the shared
 * furniture's (`furniture/newsletter.ts`, `furniture/article-nav.ts`).
 */
import { type NavLabel, navLabelOf } from '../../furniture/article-nav.js';
import {
  isNewsletterHeading,
  isSignUpFormLine,
  isSignUpPitch,
} from '../../furniture/newsletter.js';
import type { Block } from '../../input/block.js';
import { captionRepeats } from './caption-repeats.js';
import { foldedOf, type TextDoc } from './doc.js';
import { repeatedBoxBlocks } from './repeated-boxes.js';
import { shopBoxes } from './shop-boxes.js';

/** Most lines of a newsletter box between its heading and its form (the pitch, a consent line). */
const BOX_LINES = 3;
/** Longest line inside such a box. */
const BOX_LINE_MAX = 300;
/** Longest headline under a navigation label. */
const NAV_HEADLINE_MAX = 160;
/** Longest line read for a navigation label at all. */
const NAV_MAX = 220;

/** Whether a line ends a sentence with a full stop (a headline does not). */
function endsWithStop(text: string): boolean {
  return text.endsWith('.') && !text.endsWith('...');
}

/** The navigation label opening block `b`, read on short lines only. */
function labelOf(b: Block | undefined): NavLabel | undefined {
  if (b === undefined || b.text.length > NAV_MAX) return undefined;
  return navLabelOf(b.text);
}

/** A link to another article: its label's block, its headline's (the same block when printed on one line), its label. */
interface NavUnit {
  first: number;
  last: number;
  label: NavLabel;
}

/**
 * The navigation unit opening at block `k`: a label and its headline on one
 * line, or a label alone over its headline (a short line, no sentence).
 */
function navUnitAt(doc: TextDoc, k: number, label: NavLabel): NavUnit | undefined {
  if (!label.alone)
    return endsWithStop(doc.blocks[k]?.text ?? '.') ? undefined : { first: k, last: k, label };
  const next = doc.blocks[k + 1];
  if (
    next === undefined ||
    next.text.length > NAV_HEADLINE_MAX ||
    endsWithStop(next.text) ||
    labelOf(next) !== undefined
  )
    return undefined;
  return { first: k, last: k + 1, label };
}

/**
 * The indices of the blocks between `first` and `last` (inclusive) that
 * belong to such boxes, or undefined when there is none. Two passes; each
 * form's line looks at most {@link BOX_LINES} + 1 lines up for its heading.
 * A navigation unit goes when its label names an article or bears an arrow
 * (`Article précédent` ⏎ `<headline>`, `← <headline>`), or when a unit
 * pointing the other way follows it (`Précédent <headline>` ⏎ `Suivant
 * <headline>`): a bare `Suivant` or `Next` alone opens sentences and headings.
 */
export function boxedBlocks(doc: TextDoc, first: number, last: number): Set<number> | undefined {
  // A box printed again line for line elsewhere on the page (repeated-boxes.ts).
  let boxed: Set<number> | undefined = repeatedBoxBlocks(doc, first, last);
  const add = (from: number, to: number): void => {
    boxed ??= new Set();
    for (let j = from; j <= to; j++) boxed.add(j);
  };
  // A shop box: a product's name, its price and a button to buy it (shop-boxes.ts).
  shopBoxes(doc, first, last, add);
  // A gallery's caption printed again and again stays once (caption-repeats.ts).
  captionRepeats(doc, first, last, add);
  let previous: NavUnit | undefined;
  for (let k = Math.max(0, first); k <= last; k++) {
    const b = doc.blocks[k];
    if (!b) break;
    const label = labelOf(b);
    const unit = label ? navUnitAt(doc, k, label) : undefined;
    if (unit) {
      if (unit.label.named || unit.label.arrow) add(unit.first, unit.last);
      if (
        previous &&
        previous.last === k - 1 &&
        previous.label.direction !== unit.label.direction
      ) {
        add(previous.first, previous.last);
        add(unit.first, unit.last);
      }
      previous = unit;
      k = unit.last;
      continue;
    }
    previous = undefined;
  }
  // A newsletter box is found from its form's line, rare and cheap to tell, back up to its heading;
  // the form's line may stand past the body's last block (it weighs against the body, which may end on the pitch).
  const end = Math.min(last + BOX_LINES + 1, doc.blocks.length - 1);
  for (let j = Math.max(0, first) + 1; j <= end; j++) {
    const b = doc.blocks[j];
    if (!b || !isSignUpFormLine(b.text, () => foldedOf(doc, b))) continue;
    const k = headingAbove(doc, j, first);
    if (k !== undefined) add(k, j);
    // A box with no heading: its pitch names the subscription right over the form's line (a blog
    // platform's `X is a reader-supported publication. … consider becoming a subscriber.` ⏎ `Subscribe`).
    else if (j - 1 >= first && isSignUpPitch(doc.blocks[j - 1]?.text ?? '', b.text)) add(j - 1, j);
  }
  return boxed;
}

/** The index of the newsletter heading a few short lines above the form's line at `j` (not above `first`), if any. */
function headingAbove(doc: TextDoc, j: number, first: number): number | undefined {
  for (let k = j - 1; k >= first && k >= j - BOX_LINES - 1; k--) {
    const b = doc.blocks[k];
    if (!b) return undefined;
    if (isNewsletterHeading(b.text)) return k;
    if (b.text.length > BOX_LINE_MAX) return undefined;
  }
  return undefined;
}

/**
 * Whether block `k` is a newsletter box's heading or stands between it and
 * the box's form line (the pitch: `اشترك الآن في النشرة البريدية…`, a sentence
 * that reads like a headline over the page's widgets).
 */
export function inSignUpBox(doc: TextDoc, k: number): boolean {
  for (let j = k + 1; j <= k + BOX_LINES && j < doc.blocks.length; j++) {
    const b = doc.blocks[j];
    if (!b || b.text.length > BOX_LINE_MAX) return false;
    if (isSignUpFormLine(b.text, () => foldedOf(doc, b))) {
      const heading = headingAbove(doc, j, 0);
      return heading !== undefined && heading <= k;
    }
  }
  return false;
}
