/**
 * Recogniser: a programme grid, as a TV or radio channel, a festival or a
 * conference prints its day (`06:00` ⏎ `Morning Briefing` ⏎ `The night's
 * headlines…` ⏎ `07:30` ⏎ `Market Open` ⏎ …): four slots or more in a row,
 * each a time of day alone on its line, the slot's name (a short line with no
 * sentence's end), maybe one line describing it, the times rising through the
 * day. Its lines are a widget, not an article's text: the descriptions are no
 * body, a show's name no headline. A live page's entries run the other way
 * (newest first) and put a byline or a paragraph under their time, not a name.
 */
import { isTimeOfDay } from '../../furniture/stamps.js';
import { isFree, type TextDoc } from './doc.js';
import { signature } from './page-title.js';

/** Fewest slots in a row that make a programme grid. */
const MIN_SLOTS = 4;
/** Longest time of day alone read (`10:05 p.m. CET`). */
const CLOCK_MAX = 16;
/** Longest slot name (`Documentary: The Salt Road`); a headline or a sentence runs longer. */
const NAME_MAX = 60;
/** A time's hour and minutes (`06:00`, `7.30`, `19h05`), and a p.m. mark. */
const CLOCK = /^(\d{1,2})[:.h](\d{2})/u;
const AFTERNOON = /[Pp]\.?[Mm]\.?/u;

/** Minutes since midnight of a time of day alone on block `k`'s line, or -1 when the line is none. */
function minutesAt(doc: TextDoc, k: number): number {
  const b = doc.blocks[k];
  if (!b || b.text.length > CLOCK_MAX || !isTimeOfDay(b.text) || !isFree(doc, b)) return -1;
  const m = CLOCK.exec(b.text);
  if (!m) return -1;
  const hours = AFTERNOON.test(b.text) ? (Number(m[1]) % 12) + 12 : Number(m[1]);
  return hours * 60 + Number(m[2]);
}

/** Whether block `k` is a slot's name: free, short, no sentence's end, no byline or date line, no time. */
function slotName(doc: TextDoc, k: number): boolean {
  const b = doc.blocks[k];
  return (
    b !== undefined &&
    isFree(doc, b) &&
    b.text.length <= NAME_MAX &&
    !/[.!?؟:,;…]$/u.test(b.text) &&
    minutesAt(doc, k) < 0 &&
    !signature(doc, k)
  );
}

/**
 * The last block of the slot whose time stands at `k` (its name, or the line
 * describing it: a line followed by the next time, or closed by a sentence's
 * stop), or -1 when no slot stands there.
 */
function slotEnd(doc: TextDoc, k: number): number {
  if (minutesAt(doc, k) < 0 || !slotName(doc, k + 1)) return -1;
  const about = doc.blocks[k + 2];
  if (!about || !isFree(doc, about) || minutesAt(doc, k + 2) >= 0) return k + 1;
  return minutesAt(doc, k + 3) >= 0 || /[.!?؟]$/u.test(about.text) ? k + 2 : k + 1;
}

/** Marks the lines of every programme grid of the page (see the module's note) as a widget's; tells whether there was one. */
export function markSchedules(doc: TextDoc): boolean {
  let found = false;
  let k = 0;
  while (k < doc.blocks.length) {
    const first = k;
    let slots = 0;
    let last = -1;
    let end = slotEnd(doc, k);
    while (end >= 0 && minutesAt(doc, k) > last) {
      slots++;
      last = minutesAt(doc, k);
      k = end + 1;
      end = slotEnd(doc, k);
    }
    if (slots >= MIN_SLOTS) {
      for (let j = first; j < k; j++) doc.roles.set(j, 'widget');
      found = true;
    }
    k = slots > 0 ? k : k + 1;
  }
  return found;
}
