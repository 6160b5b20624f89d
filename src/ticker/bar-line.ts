/**
 * Recogniser: a breaking-news bar printed on one line, its label first and
 * then three headlines or more parted by one spaced mark (`Flash info : A • B
 * • C`, `Breaking | A | B | C`, `عاجل: A | B | C`), as a text renderer prints a
 * scrolling bar with no NBSP between its headlines. The label is none of them.
 */
import { trimRange } from '../text/chars.js';
import { fold } from '../text/fold.js';
import type { TickerItem } from '../types.js';
import { BREAKING, headlineLike } from './latest-news.js';
import type { TickerLine } from './ticker-lines.js';

/** The marks a bar prints between its headlines, spaces around them. */
const MARKS = [' • ', ' | '];
/** What closes a bar's label: a colon, or the bar's own mark. */
const CLOSERS = [': ', ...MARKS];
/** Longest label before the first headline (`Dernière minute`). */
const LABEL_MAX = 16;
/** The first letters of the labels in {@link BREAKING} (`عاجل`, `أخبار عاجلة`, `Urgent`, `Breaking`, `Flash`, `Dernière heure`), as code units. */
const LABEL_INITIALS = new Set([0x639, 0x623, 0x55, 0x75, 0x42, 0x62, 0x46, 0x66, 0x44, 0x64]);

/**
 * Reads `input[start, end)`, one line, as a breaking bar: a label of {@link BREAKING} closed by `: ` or by
 * the bar's mark, then `minItems` headlines or more, each headline-shaped, parted by the same mark.
 */
export function readBarLine(
  input: string,
  start: number,
  end: number,
  minItems: number,
): TickerLine | undefined {
  if (!LABEL_INITIALS.has(input.charCodeAt(start))) return undefined;
  // The label, read in the line's head only: closed by a colon (`Flash info : A • B`) or by a mark (`Breaking | A | B`).
  const head = input.slice(start, Math.min(end, start + LABEL_MAX + 3));
  let labelEnd = -1;
  let closer = '';
  for (const c of CLOSERS) {
    const at = head.indexOf(c);
    if (at > 0 && at <= LABEL_MAX && (labelEnd < 0 || at < labelEnd)) {
      labelEnd = at;
      closer = c;
    }
  }
  if (labelEnd < 0 || !BREAKING.has(fold(head.slice(0, labelEnd)).replace(/ ?:$/u, '')))
    return undefined;
  // The bar's mark: the one closing the label, else the first printed after it.
  const from = labelEnd + closer.length;
  const lineText = input.slice(start, end);
  const marks = MARKS.map((m) => lineText.indexOf(m, from));
  const mark =
    closer === ': ' ? MARKS[marks.indexOf(Math.min(...marks.filter((at) => at >= 0)))] : closer;
  if (mark === undefined) return undefined;
  // A hard-wrapped bar whose mark opens the next line (`… midfielder` ⏎ `• 11:10 …`) goes on over that line;
  // its line break reads as a space (same offsets).
  let stop = end;
  while (input.startsWith(mark.slice(1), stop + 1)) {
    const next = input.indexOf('\n', stop + 1);
    stop = next < 0 ? input.length : next;
  }
  const line = input.slice(start, stop).replaceAll('\n', ' ');
  const items: TickerItem[] = [];
  let at = from;
  while (at < line.length) {
    const next = line.indexOf(mark, at);
    const to = next < 0 ? line.length : next;
    const [s, e] = trimRange(input, start + at, start + to);
    const text = input.slice(s, e);
    // The input stopping inside the last headline: it stands, cut.
    const cut = start + to === input.length;
    if (!cut && !headlineLike(text)) return undefined;
    items.push(cut ? { text, start: s, end: e, truncated: true } : { text, start: s, end: e });
    at = to + mark.length;
  }
  return items.length >= minItems ? { start, end: stop, items } : undefined;
}
