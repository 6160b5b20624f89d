/** Refiner: keeps a flat, non-overlapping set of candidates (longest first, then priority). */
import type { Candidate } from '../candidate.js';

/**
 * Accepts candidates longest first (ties: higher priority, then earlier), each
 * only where no accepted span overlaps it. Returns them in text order.
 * Cost: sorting plus the total length of accepted spans.
 */
export function resolveOverlaps(candidates: Candidate[], textLength: number): Candidate[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort(
      (x, y) =>
        y.c.end - y.c.start - (x.c.end - x.c.start) ||
        y.c.priority - x.c.priority ||
        x.c.start - y.c.start ||
        x.i - y.i,
    );
  const taken = new Uint8Array(textLength + 1);
  const kept: Candidate[] = [];
  for (const { c } of order) {
    if (c.end <= c.start) continue;
    // Spans are checked at both ends and every position inside: the kept set is flat, so
    // any overlap shows at c's own positions.
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((x, y) => x.start - y.start);
}
