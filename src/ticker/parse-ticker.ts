/** parseTicker: the headline ticker of a news page, item by item, with spans. */
import { assertOptions, assertString } from '../guards.js';
import { splitLines } from '../input/text-blocks.js';
import { detectLang } from '../lang/detect.js';
import { trimRange } from '../text/chars.js';
import type { ParseTickerOptions, TickerItem } from '../types.js';
import { majority } from '../util/majority.js';
import { markDuplicates } from './duplicates.js';
import { findKicker } from './kicker.js';
import { findSeparators } from './separators.js';

/** A line of the input read as a ticker: its items, in order. */
export interface TickerLine {
  /** Start of the line in the input. */
  start: number;
  /** End of the line (before its line break). */
  end: number;
  /** The line's headlines. */
  items: TickerItem[];
}

/** Default for {@link ParseTickerOptions.minItems}. */
export const DEFAULT_MIN_ITEMS = 3;

/** Reads one line as a ticker; returns undefined when it holds fewer than `minItems` headlines. */
export function readTickerLine(
  input: string,
  start: number,
  end: number,
  minItems: number,
): TickerLine | undefined {
  const separators = findSeparators(input, start, end);
  if (separators.length < minItems - 1) return undefined;
  const items: TickerItem[] = [];
  let from = start;
  const pushItem = (to: number, complete: boolean): void => {
    const [s, e] = trimRange(input, from, to);
    if (s === e) return;
    const item: TickerItem = { text: input.slice(s, e), start: s, end: e };
    if (!complete) item.truncated = true;
    items.push(item);
  };
  for (const sep of separators) {
    pushItem(sep.start, true);
    from = sep.end;
  }
  // The tail after the last separator is complete unless the input stops inside it.
  pushItem(end, end !== input.length);
  if (items.length < minItems) return undefined;
  return { start, end, items };
}

/** Adds language and kicker to each item; the line's majority language settles ties. */
function describe(items: TickerItem[]): void {
  const langs = items.map((item) => detectLang(item.text));
  const common = majority(langs);
  items.forEach((item, i) => {
    const lang = langs[i] ?? common;
    if (lang) item.lang = lang;
    const kicker = findKicker(item.text);
    if (kicker !== undefined) item.kicker = kicker;
  });
}

/**
 * Finds the ticker lines of a dump (headlines joined by runs of U+00A0) and
 * returns their headlines in order, with span, language, kicker, repeats and
 * a `truncated` flag on a headline the input stops inside.
 *
 * @param input A text dump, or just its ticker line. Any string: never throws on one.
 * @param options See {@link ParseTickerOptions}.
 * @throws TypeError when `input` is not a string.
 *
 * @example
 * ```ts
 * const items = parseTicker('CAN 2025 : le programme\u00a0\u00a0\u00a0\u00a0Météo : pluie\u00a0\u00a0\u00a0\u00a0Bourse en hausse');
 * items[0].kicker; // 'CAN 2025'
 * ```
 */
export function parseTicker(input: string, options?: ParseTickerOptions): TickerItem[] {
  assertString(input, 'parseTicker');
  assertOptions(options, 'parseTicker');
  const minItems = Math.max(2, Math.floor(options?.minItems ?? DEFAULT_MIN_ITEMS));
  return findTickerLines(input, splitLines(input), minItems).flatMap((line) => line.items);
}

/** All ticker lines of the input, items described and repeats marked across lines. */
export function findTickerLines(
  input: string,
  lines: ReadonlyArray<{ start: number; end: number }>,
  minItems = DEFAULT_MIN_ITEMS,
): TickerLine[] {
  const found: TickerLine[] = [];
  for (const line of lines) {
    const ticker = readTickerLine(input, line.start, line.end, minItems);
    if (ticker) found.push(ticker);
  }
  const all = found.flatMap((line) => line.items);
  describe(all);
  markDuplicates(all);
  return found;
}
