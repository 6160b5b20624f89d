/** parseTicker: the headline ticker of a news page, item by item, with spans. */
import { tickerBlocks } from '../article/text-article.js';
import {
  assertOptions,
  assertString,
  checkFunctionOption,
  checkIntegerOption,
  checkPositiveOption,
} from '../guards.js';
import { applyLimit } from '../limits.js';
import type { ParseTickerOptions, TickerItem } from '../types.js';
import { markDuplicates } from './duplicates.js';
import { DEFAULT_MIN_ITEMS, describe } from './ticker-lines.js';

/**
 * Finds the ticker lines of a dump (headlines joined by runs of U+00A0) and
 * returns their headlines in order, with span, language, kicker, repeats and
 * a `truncated` flag on a headline the input stops inside.
 *
 * @param input A text dump, or just its ticker line. Any string: never throws on one.
 * @param options See {@link ParseTickerOptions}.
 * @throws TypeError when `input` is not a string, `options` not an object, or an option has a
 *   wrong value (the message names the option and what it expects).
 *
 * @group Tickers
 * @example
 * ```ts
 * const items = parseTicker('CAN 2025 : le programme\u00a0\u00a0\u00a0\u00a0Météo : pluie\u00a0\u00a0\u00a0\u00a0Bourse en hausse');
 * items[0].kicker; // 'CAN 2025'
 * ```
 */
export function parseTicker(input: string, options?: ParseTickerOptions): TickerItem[] {
  assertString(input, 'parseTicker');
  assertOptions(options, 'parseTicker');
  checkIntegerOption('parseTicker', 'minItems', options?.minItems, 2);
  checkPositiveOption('parseTicker', 'maxInputLength', options?.maxInputLength);
  checkFunctionOption('parseTicker', 'onWarning', options?.onWarning);
  const { input: text, warning } = applyLimit(input, options?.maxInputLength);
  if (warning) options?.onWarning?.(warning);
  const minItems = options?.minItems ?? DEFAULT_MIN_ITEMS;
  const items: TickerItem[] = tickerBlocks(text, minItems);
  describe(items);
  markDuplicates(items);
  return items;
}
