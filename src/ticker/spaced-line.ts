/**
 * Recogniser: a ticker line whose NBSP runs became plain spaces (text passed
 * through NFKC, which folds U+00A0 to U+0020): headlines parted by runs of
 * three spaces or more on one long line. Stricter than the NBSP reader, since
 * a text renderer prints a table's cells so too: a long line, six items or
 * more, and nearly all of them headline-shaped.
 */
import { trimRange } from '../text/chars.js';
import { headlineLike } from './latest-news.js';
import type { TickerLine } from './ticker-lines.js';

/** Shortest run of spaces read as a separator. */
const MIN_RUN = 3;
/** Shortest line read so (the network's first line holds a dozen headlines or more). */
const MIN_LINE = 300;
/** Fewest items. */
const MIN_ITEMS = 6;
/** Share of the complete items that must be headline-shaped (a rubric and a full stop, `Météo. …`, is not). */
const HEADLINE_SHARE = 2 / 3;

/** Reads `input[start, end)`, one line, as a ticker parted by runs of spaces; undefined when it is none. */
export function readSpacedLine(input: string, start: number, end: number): TickerLine | undefined {
  if (end - start < MIN_LINE) return undefined;
  const items: TickerLine['items'] = [];
  let from = start;
  let i = start;
  const push = (to: number, complete: boolean): void => {
    const [s, e] = trimRange(input, from, to);
    if (s === e) return;
    const text = input.slice(s, e);
    items.push(complete ? { text, start: s, end: e } : { text, start: s, end: e, truncated: true });
  };
  while (i < end) {
    if (input.charCodeAt(i) !== 0x20) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && input.charCodeAt(i) === 0x20) i++;
    // A run at the line's start is an indent; a shorter one at the input's end is a separator cut by the dump.
    if (runStart === start) {
      from = i;
      continue;
    }
    if (i - runStart >= MIN_RUN || (i === input.length && i - runStart >= 1 && items.length > 0)) {
      push(runStart, true);
      from = i;
    }
  }
  if (from < end) push(end, end !== input.length);
  if (items.length < MIN_ITEMS) return undefined;
  const complete = items.filter((it) => it.truncated !== true);
  const shaped = complete.filter((it) => headlineLike(it.text)).length;
  if (shaped < HEADLINE_SHARE * complete.length) return undefined;
  return { start, end, items };
}
