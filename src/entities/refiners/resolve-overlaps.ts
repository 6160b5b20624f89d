/** Refiner: keeps a flat, non-overlapping set of candidates (longest first, then priority). */
import type { Candidate } from '../candidate.js';

/**
 * Accepts candidates longest first (ties: higher priority, then earlier), each
 * only where no accepted span overlaps it. Returns them in text order.
 * Cost: sorting plus the total length of accepted spans.
 */
export function resolveOverlaps(candidates: Candidate[], textLength: number): Candidate[] {
  // Array.prototype.sort is stable: equal keys keep their input order (the former index tie-break).
  const order = candidates
    .slice()
    .sort(
      (x, y) => y.end - y.start - (x.end - x.start) || y.priority - x.priority || x.start - y.start,
    );
  const taken = new Uint8Array(textLength + 1);
  const kept: Candidate[] = [];
  for (const c of order) {
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
