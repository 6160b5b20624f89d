/**
 * The header lines a text page's reader marks before the body is chosen, as
 * the later stages read them: bylines (with the name they sign) and date lines.
 */
import type { Block } from '../../input/block.js';
import type { Byline } from '../recognisers/byline.js';
import type { DateChoice } from './date.js';

/** A byline found in the header: the line, how it reads, and the name it signs if any. */
export interface Signed {
  byline: Byline;
  block: Block;
  name?: { text: string; start: number; end: number };
  /** A name read with a relative time after it on its line (`X vor 2 Stunden`). */
  relativeStamp?: boolean;
}

/** A date line found in the header, with its date when it reads as one (a relative date with no reference day has none). */
export interface Dated {
  block: Block;
  date?: DateChoice;
}
