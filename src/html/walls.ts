/**
 * Refiners for the end of an HTML body, with the recognisers the text
 * pipeline shares: a paywall's prompt ends the article (the offer follows it)
 * unless the article's prose resumes after it, and appeals to the reader
 * (newsletter, subscription, donation, app) closing the body are not its text.
 * The prompt is looked for among all the container's blocks, before any is
 * dropped as furniture (a prompt that is mostly a login link still ends it).
 */
import { isReaderAppeal } from '../furniture/appeals.js';
import { isPaywallPrompt } from '../furniture/paywall.js';
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** A paragraph this long after a prompt is the article going on (a metered page prints its full text). */
const PROSE = 200;

/** Whether a block reads as the article's prose: long, not a list's item. */
function isProse(b: HtmlBlock): boolean {
  return b.text.length >= PROSE && (b.flags & F.LIST) === 0;
}

/**
 * A reader of a body's blocks, in document order, that says which go because
 * of a paywall: its prompt, and every block after it until the article's
 * prose resumes (a metered page prints its full text under the prompt; a
 * paywalled one prints only the offer: prices, plans, a login box).
 */
export function paywallFilter(): (b: HtmlBlock) => boolean {
  let walled = false;
  return (b) => {
    if (isPaywallPrompt(b.text)) {
      walled = true;
      return true;
    }
    if (walled && isProse(b)) walled = false;
    return walled;
  };
}

/** Appeals dropped at most from the body's end. */
const MAX_APPEALS = 3;

/** The body without the appeals to the reader that close it (never its first block). */
export function withoutClosingAppeals(blocks: readonly HtmlBlock[]): readonly HtmlBlock[] {
  let end = blocks.length;
  while (
    end > 1 &&
    blocks.length - end < MAX_APPEALS &&
    isReaderAppeal(blocks[end - 1]?.text ?? '')
  )
    end--;
  return end === blocks.length ? blocks : blocks.slice(0, end);
}
