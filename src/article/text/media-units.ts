/**
 * Recogniser: an index of videos or photo galleries, each unit a headline and
 * its medium's mark on the next line, all on one side: a running time
 * (`04:12`, `1:02:45`) or a gallery's size (`18 photos`). Three units or more
 * in a row are a listing's items, however short the headlines: such a page
 * prints nothing else. A timeline's clock times (`09:40`) run in order,
 * newest or oldest first; running times do not, so clock times in order make
 * no units, but on a day's archive (`Archives du dimanche 6 décembre 2026`
 * heading the page), where they time that day's headlines.
 */

import { isGallerySize } from '../../html/furniture.js';
import { fold } from '../../text/fold.js';
import type { ListingItem } from '../../types.js';
import { knownFold, paragraphLike, type TextDoc } from './doc.js';
import { headlineShaped } from './headline-items.js';

/** A running time alone: `4:12`, `04:12`, `1:02:45`. */
const RUNNING_TIME = /^(?:\d{1,2}:)?\d{1,2}:[0-5]\d$/;

/**
 * Whether a line opening with code unit `c` may fold to a digit first: an ASCII digit, a space or control
 * character, or anything past ASCII (full-width digits `２１` fold to ASCII); any other printable ASCII may not.
 */
function mayFoldToDigit(c: number): boolean {
  return c <= 0x20 || (c >= 0x30 && c <= 0x39) || c > 0x7e;
}

/**
 * A running time in seconds, -1 for a gallery's size, undefined for any other line. `folded` is `text`'s fold when
 * the caller has it (a block's kept fold).
 */
function mediaMark(text: string, folded?: string): number | undefined {
  if (RUNNING_TIME.test(text)) return text.split(':').reduce((s, p) => s * 60 + Number(p), 0);
  // A gallery's size opens with a digit once folded: other lines are not folded.
  return text.length <= 16 &&
    mayFoldToDigit(text.charCodeAt(0)) &&
    isGallerySize(folded ?? fold(text))
    ? -1
    : undefined;
}

/** Whether a line is a video's running time alone (`4:12`, `04:12`, `1:02:45`). */
export function isRunningTime(text: string): boolean {
  return RUNNING_TIME.test(text);
}

/** Whether a line is a video's running time or a gallery's size alone (`04:12`, `18 photos`). */
export function isMediaMark(text: string): boolean {
  return mediaMark(text) !== undefined;
}

/**
 * Whether a line of role `role` may be a unit's headline: a free line, or on a day's archive (`day` given) one of
 * its timed headlines, which read alone as a latest-news run (`ticker`).
 */
function freeOrTimed(role: string | undefined, day: string | undefined): boolean {
  return role === undefined || (day !== undefined && role === 'ticker');
}

/** Whether each number is at least the one before. */
const rising = (t: readonly number[]): boolean => t.every((x, i) => x >= (t[i - 1] ?? x));

/**
 * The first run of three units or more, marks above or below their headlines
 * (one letter a line: `m` a mark, `h` a free headline), whose running times
 * are in no order, or clock times in order on the archive of `day` (each item
 * dated that day at its time); else undefined.
 */
export function mediaUnits(doc: TextDoc, day?: string): ListingItem[] | undefined {
  const { blocks } = doc;
  const marks = blocks.map((b) => mediaMark(b.text, knownFold(doc, b.index, b.text)));
  // Fewer than three marks make no run: most pages stop here, before any headline is looked at.
  if (marks.filter((m) => m !== undefined).length < 3) return undefined;
  const shape = blocks
    .map((b, k) =>
      marks[k] !== undefined
        ? 'm'
        : freeOrTimed(doc.roles.get(b.index), day) && headlineShaped(b.text)
          ? 'h'
          : 'x',
    )
    .join('');
  for (const run of shape.matchAll(/(?:mh){3,}|(?:hm){3,}/g)) {
    const items: ListingItem[] = [];
    const times: number[] = [];
    const clocks: string[] = [];
    // Only times written as a clock's (`09:40`, never `2:45` nor `1:02:45`) can be a timeline's.
    let clock = true;
    for (let k = run.index; k < run.index + run[0].length; k += 2) {
      const m = shape[k] === 'm' ? k : k + 1;
      const head = blocks[m === k ? k + 1 : k];
      const end = blocks[k + 1];
      if (head && end)
        items.push({ title: head.text, start: blocks[k]?.start ?? head.start, end: end.end });
      times.push(marks[m] ?? -1);
      clocks.push(blocks[m]?.text ?? '');
      clock &&= blocks[m]?.text.length === 5;
    }
    if (!clock || times.includes(-1) || !(rising(times) || rising(times.map((t) => -t))))
      return items;
    // A day's archive: its clock times in order are its headlines' times of that day.
    if (day) return items.map((it, i) => ({ ...it, publishedAt: `${day}T${clocks[i]}` }));
  }
  return threeLineUnits(doc, marks, shape, day);
}

/**
 * On the archive of `day`, the first run of three units or more each a clock time alone over a headline over a free
 * line of prose, its excerpt (`21:30` ⏎ headline ⏎ `Les Sfaxiens ont arraché …`), the times in order: the day's
 * items, each dated that day at its time. `marks` and `shape` are {@link mediaUnits}'s.
 */
function threeLineUnits(
  doc: TextDoc,
  marks: readonly (number | undefined)[],
  shape: string,
  day: string | undefined,
): ListingItem[] | undefined {
  if (day === undefined) return undefined;
  const { blocks } = doc;
  for (const run of shape.matchAll(/(?:mh[hx]){3,}/g)) {
    const items: ListingItem[] = [];
    const times: number[] = [];
    for (let k = run.index; k < run.index + run[0].length; k += 3) {
      const [mark, head, last] = [blocks[k], blocks[k + 1], blocks[k + 2]];
      if (!mark || !head || !last || mark.text.length !== 5) break;
      if (doc.roles.get(last.index) !== undefined || !paragraphLike(last.text)) break;
      items.push({
        title: head.text,
        teaser: last.text,
        start: mark.start,
        end: last.end,
        publishedAt: `${day}T${mark.text}`,
      });
      times.push(marks[k] ?? -1);
    }
    if (items.length >= 3 && (rising(times) || rising(times.map((t) => -t)))) return items;
  }
  return undefined;
}
