/**
 * Recogniser: a labelled byline among the segments of a header line
 * (`Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger`,
 * `Publié le : mardi 15 juillet 2025 à 18:42 | Par : Samir Bensalem | 4 min de lecture`,
 * `15/07/2025 • Par X • Économie`): the segments after the first, between
 * ` | ` or ` • ` separators, are read one by one as bylines.
 */
import type { Block } from '../../input/block.js';
import { trimRange } from '../../text/chars.js';
import { bylineName, recogniseByline } from './byline.js';

/** Separators between a header line's segments. */
export const SEGMENT_SEPARATORS = [' | ', ' • ', ' · '] as const;

/** A byline's name and its span in the input. */
export interface SegmentName {
  text: string;
  start: number;
  end: number;
}

/** The name of the first labelled byline among `b`'s segments after its first, with its span; undefined when none is one. */
export function labelledSegment(b: Block): SegmentName | undefined {
  const t = b.text;
  for (const sep of SEGMENT_SEPARATORS) {
    let from = 0;
    for (let at = t.indexOf(sep); at >= 0; at = t.indexOf(sep, from)) {
      from = at + sep.length;
      const next = t.indexOf(sep, from);
      // More spaces around the separator than one (`X  |  Par Y`, a page's `&nbsp;`) are the separator's.
      const [s, e] = trimRange(t, from, next < 0 ? t.length : next);
      const segment: Block = { ...b, text: t.slice(s, e), start: b.start + s, end: b.start + e };
      const name = bylineName(recogniseByline(segment));
      if (name) return name;
    }
  }
  return undefined;
}
