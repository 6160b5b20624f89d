/** Ticker lines: headlines joined by runs of U+00A0, read item by item with spans. */
import { detectLang } from '../lang/detect.js';
import { NBSP, trimRange } from '../text/chars.js';
import { fold } from '../text/fold.js';
import type { TickerItem } from '../types.js';
import { majority } from '../util/majority.js';
import { readBarLine } from './bar-line.js';
import { findKicker } from './kicker.js';
import { TICKER_PROMOS } from './promos.js';
import { findSeparators } from './separators.js';
import { readSpacedLine } from './spaced-line.js';

/** A line of the input read as a ticker: its items, in order. */
export interface TickerLine {
  /** Start of the line in the input. */
  start: number;
  /** End of the line (before its line break). */
  end: number;
  /** The line's headlines. */
  items: TickerItem[];
}

const PROMOS = new Set(TICKER_PROMOS.map(fold));
const PROMO_LENGTH = Math.max(...TICKER_PROMOS.map((p) => p.length)) + 4;

/** A letter or a digit: a headline holds one, a separator's mark (`•`, `|`, `-`) none. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Default for `ParseTickerOptions.minItems`. */
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
    if (item.text.length <= PROMO_LENGTH && PROMOS.has(fold(item.text))) return;
    // A mark between two runs (`X&nbsp;&nbsp;•&nbsp;&nbsp;Y`) is the separator's, not a headline.
    if (complete && !WORD_CHAR.test(item.text)) return;
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

/** Adds language and kicker to each item; the items' majority language settles ties. */
export function describe(items: TickerItem[]): void {
  const langs = items.map((item) => detectLang(item.text));
  const common = majority(langs);
  items.forEach((item, i) => {
    const lang = langs[i] ?? common;
    if (lang) item.lang = lang;
    const kicker = findKicker(item.text);
    if (kicker !== undefined) item.kicker = kicker;
  });
}

/** All ticker lines of the input, in order (items not yet described: see {@link describe}). */
export function findTickerLines(
  input: string,
  lines: ReadonlyArray<{ start: number; end: number }>,
  minItems = DEFAULT_MIN_ITEMS,
): TickerLine[] {
  const found: TickerLine[] = [];
  // One forward search for NBSP across the whole input: lines without one are read as a breaking bar only
  // (`Flash info : A • B • C`), which their first letter mostly rules out.
  let nbsp = input.indexOf(NBSP);
  // The first line of text may be a network ticker whose NBSP were folded to spaces (NFKC): the template prints
  // its ticker first, and a renderer's lines of spaced cells stand anywhere, so no other line is read so.
  const first = lines.find((l) => {
    const [s, e] = trimRange(input, l.start, l.end);
    return e > s;
  });
  for (const line of lines) {
    if (nbsp >= 0 && nbsp < line.start) nbsp = input.indexOf(NBSP, line.start);
    const ticker =
      nbsp >= 0 && nbsp < line.end
        ? readTickerLine(input, line.start, line.end, minItems)
        : (readBarLine(input, line.start, line.end, minItems) ??
          (line === first ? readSpacedLine(input, line.start, line.end) : undefined));
    if (ticker) found.push(ticker);
  }
  return found;
}
