/**
 * An author named with no label under the headline, as the text path reads
 * one: a name set beside the date (`<span>Amina Saidi</span><time>12 mars
 * 2024</time>`), or on a line of its own, with its city (`أمينة السعيدي -
 * الرباط`) or alone, right above or below a date line. Read when no markup
 * and no labelled byline named anyone.
 */

import { nameWithPlace, personLine } from '../article/text/header.js';
import { findDates } from '../dates/find-dates.js';
import { afterStampLabel, isStampLabel } from '../furniture/stamps.js';
import * as F from './flags.js';
import type { HtmlBlock, MetaRecord } from './walk.js';

/** Blocks under the headline read: the meta lines stand right there, under a standfirst and a photo at most. */
const REACH = 4;
/** Longest block read: the body's first paragraph is longer. */
const MAX_LINE = 80;

/** A block's name, and the block, found under the headline. */
export interface HeaderName {
  name: string;
  block: HtmlBlock;
}

/** The first author named with no label in the few blocks right under the title block. */
export function headerName(
  blocks: readonly HtmlBlock[],
  records: readonly MetaRecord[],
  titleBlock: number,
): HeaderName | undefined {
  if (titleBlock < 0) return undefined;
  const last = Math.min(blocks.length - 1, titleBlock + REACH);
  for (let i = titleBlock + 1; i <= last; i++) {
    const b = blocks[i];
    // A standfirst or the body's first paragraph: no meta line.
    if (!b || b.text.length > MAX_LINE) continue;
    if ((b.flags & (F.COMMENTS | F.RELATED | F.NAV | F.HIDDEN | F.CAPTION)) !== 0) continue;
    const at = dateAt(b, records);
    if (at >= 0) {
      // The name before the date, in one meta line (`<span>Amina Saidi</span><time>12 mars 2024</time>`).
      const lead = b.text.slice(0, at).trim();
      // A stamp's label (`Publié le`, `نشر في`) is shaped like a name in a script without case.
      // So is a stamp's label with the weekday before the date (`Publié le Mardi`): a label opening it is no name.
      if (at > 0 && personLine(lead) && !isStampLabel(lead) && afterStampLabel(lead) === lead)
        return { name: lead, block: b };
      continue;
    }
    const name = nameOf(b);
    if (name && (isDateLine(blocks[i - 1]) || isDateLine(blocks[i + 1]))) return { name, block: b };
  }
  return undefined;
}

/**
 * Where a block's date starts in its text, -1 for none: a `<time>` element's
 * text inside it (glued to the name before it when no space stands between
 * the elements), else the first date read in the text.
 */
function dateAt(b: HtmlBlock, records: readonly MetaRecord[]): number {
  for (const r of records) {
    if (r.textStart > b.end) break;
    if (r.tag !== 'time' || r.textStart < b.start || r.text.length === 0) continue;
    const k = b.text.lastIndexOf(r.text);
    if (k >= 0) return k;
  }
  return findDates(b.text)[0]?.start ?? -1;
}

/** A byline's label glued to the name's link (`<span>By</span><a>Alex Doe</a>` read as `ByAlex Doe`). */
const GLUED_LABEL = /^(?:By|Par|Por|Von)(?=\p{Lu}\p{Ll})/u;
/** A letter of a script with case. */
const CASED = /[\p{Lu}\p{Ll}]/u;

/**
 * The name a line gives alone, or before its city (`أمينة السعيدي - الرباط`).
 * In a script with case, two capitalised words alone are as often a button or
 * a field (`Ask Question`, `Ort Saarbrücken`): there only a glued label
 * (`ByAlex Doe`) makes the line a name.
 */
function nameOf(b: HtmlBlock): string | undefined {
  const { text } = b;
  const glued = GLUED_LABEL.exec(text);
  if (glued) {
    const rest = text.slice(glued[0].length);
    return personLine(rest) ? rest : undefined;
  }
  if (CASED.test(text)) return undefined;
  if (personLine(text)) return text;
  // With the known place it was written from, as the text path reads it.
  return nameWithPlace(b)?.text;
}

/** A short line that gives a date (`الثلاثاء 12 مارس 2024`, `Publié le 12/03/2024`). */
function isDateLine(b: HtmlBlock | undefined): boolean {
  return b !== undefined && b.text.length <= MAX_LINE && findDates(b.text).length > 0;
}
