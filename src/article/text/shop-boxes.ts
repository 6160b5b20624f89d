/**
 * Recogniser: a shop box set inside an article (a product recommended with
 * its price and a button to buy it: `Trekkingschuh Alpina Pro 2` ⏎ `129,99 €`
 * ⏎ `Zum Shop`; `Wireless Earbuds X2` ⏎ `$49.99` ⏎ `Buy now`; `Acheter`). Its
 * price and its button are furniture one by one; its product's name reads
 * like a subheading. A price alone on its line with a call to action right
 * under it tells the box, and the short lines set right above the price (the
 * brand, the product's name) leave the body with it, as one unit.
 */
import { isCallToAction } from '../../furniture/calls-to-action.js';
import { endsSentence } from './body-region.js';
import type { TextDoc } from './doc.js';

/** Longest line read as a price. */
const PRICE_MAX = 32;
/**
 * A price alone on its line: an amount with its currency before or after it
 * (`129,99 €`, `€ 24.95`, `$49.99`, `59,- EUR`). No nested quantifier: digits
 * and separators in one class.
 */
const PRICE = /^(?:[€$£] ?\d[\d.,]{0,9}|\d[\d.,]{0,9}-? ?(?:€|eur|\$|£|chf))\*{0,2}$/iu;
/** Lines under the price searched for the box's button. */
const BUTTON_REACH = 2;
/** Lines above the price taken with it (the brand, the product's name, a label). */
const NAME_REACH = 3;
/** Longest product name line taken with the box. */
const NAME_MAX = 160;

/** Whether `text` is a price alone on its line. */
function isPriceLine(text: string): boolean {
  return text.length <= PRICE_MAX && PRICE.test(text);
}

/**
 * Calls `add(from, to)` for each shop box between blocks `first` and `last`
 * (inclusive): the price's block, the short lines right above it (no blank
 * line between, no sentence, no other box's button) and the button under
 * it.
 */
export function shopBoxes(
  doc: TextDoc,
  first: number,
  last: number,
  add: (from: number, to: number) => void,
): void {
  for (let k = Math.max(0, first); k <= last; k++) {
    if (!isPriceLine(doc.blocks[k]?.text ?? '')) continue;
    let button = k + 1;
    while (button <= k + BUTTON_REACH && !isCallToAction(doc.blocks[button]?.text ?? '')) button++;
    if (button > k + BUTTON_REACH) continue;
    let top = k;
    for (; top > first && k - top < NAME_REACH && doc.blocks[top]?.blankBefore === 0; top--) {
      const t = doc.blocks[top - 1]?.text ?? '.';
      // (The box above ends on its button: a call to action stops the climb.)
      if (t.length > NAME_MAX || endsSentence(t) || isCallToAction(t)) break;
    }
    add(top, button);
    k = button;
  }
}
