/**
 * Recogniser: a shop box set inside an article (a product recommended with
 * its price and a button to buy it: `Trekkingschuh Alpina Pro 2` ⏎ `129,99 €`
 * ⏎ `Zum Shop`; `Wireless Earbuds X2` ⏎ `$49.99` ⏎ `Buy now`; `Acheter`). Its
 * price and its button are furniture one by one; its product's name reads
 * like a subheading. A price alone on its line with a call to action right
 * under it tells the box, and the short lines set right above the price (the
 * brand, the product's name) leave the body with it, as one unit. A price
 * with its shop on the line (`24,95 € bei Spielwelt`, `$29.99 at Kitchenly`,
 * `29,90 € chez Fnac`) is the button itself, and a line under it warning that
 * the price may have changed (`Preis kann jetzt höher sein`, `Prices may
 * vary`) goes with the box.
 */
import { isCallToAction } from '../../furniture/calls-to-action.js';
import { endsSentence } from './body-region.js';
import { foldedOf, type TextDoc } from './doc.js';

/** Longest line read as a price (with its shop). */
const PRICE_MAX = 40;
/**
 * A price alone on its line: an amount with its currency before or after it
 * (`129,99 €`, `€ 24.95`, `$49.99`, `59,- EUR`), or followed by the shop's
 * name after a word putting it there (`24,95 € bei Spielwelt`, `$29.99 at
 * Kitchenly`, `chez`, `su`, `bij`: group 1). No nested quantifier: digits and
 * separators in one class; the words are whole, each followed by a space.
 */
const PRICE =
  /^(?:[€$£] ?\d[\d.,]{0,9}|\d[\d.,]{0,9}-? ?(?:€|eur|\$|£|chf))(?:\*{0,2}$|( (?:zu|bei|at|from|on|chez|sur|en|da|su|bij|auf) \S))/iu;
/** A line under a shop's price warning that it may have changed (`Preis kann jetzt höher sein`, `Prices may vary`), folded. */
const PRICE_NOTE = /^(?:preise?|prices?|les? prix|el precio|los precios|il prezzo) /u;
/** Lines under the price searched for the box's button. */
const BUTTON_REACH = 2;
/** Lines above the price taken with it (the brand, the product's name, a label). */
const NAME_REACH = 3;
/** Longest product name line taken with the box. */
const NAME_MAX = 160;

/** Whether `text` is a price alone on its line (1), or a price with its shop (2): the box's button too. */
function priceLine(text: string): 0 | 1 | 2 {
  const m = text.length <= PRICE_MAX ? PRICE.exec(text) : null;
  return m ? (m[1] ? 2 : 1) : 0;
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
    const price = priceLine(doc.blocks[k]?.text ?? '');
    if (price === 0) continue;
    let button = k;
    if (price === 1) {
      button++;
      while (button <= k + BUTTON_REACH && !isCallToAction(doc.blocks[button]?.text ?? ''))
        button++;
      if (button > k + BUTTON_REACH) continue;
    }
    // The warning that the price may have changed, right under a price with its shop.
    const note = doc.blocks[k + 1];
    if (price === 2 && note?.blankBefore === 0 && PRICE_NOTE.test(foldedOf(doc, note))) button++;
    let top = k;
    for (; top > first && k - top < NAME_REACH && doc.blocks[top]?.blankBefore === 0; top--) {
      const t = doc.blocks[top - 1]?.text ?? '.';
      // (The box above ends on its button: a call to action stops the climb.)
      if (t.length > NAME_MAX || endsSentence(t) || isCallToAction(t) || priceLine(t) === 2) break;
    }
    add(top, button);
    k = button;
  }
}
