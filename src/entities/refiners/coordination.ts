/**
 * Refiner: a single unknown word coordinated with a place is a place
 * (`les ports d'Algésiras, de Motril et de Sète`, `Biskra, El Oued et Béchar`).
 * Only shape guesses (priority 1) change; lexicon and cue evidence stays.
 */
import type { Candidate, Context } from '../candidate.js';

const LINK = /^\s*(?:,|et|ou|and|or)\s*(?:(?:de|du|des|d['’])\s*)?$/u;

function guessed(c: Candidate, text: string): boolean {
  return (
    c.priority === 1 &&
    (c.type === 'organization' || c.type === 'person') &&
    !/\s/u.test(text.slice(c.start, c.end))
  );
}

/** Retypes guessed single-word names that stand in a list with a place. */
export function coordinate(ctx: Context, kept: Candidate[]): Candidate[] {
  const { text } = ctx;
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < kept.length; k++) {
      const c = kept[k];
      if (!c || !guessed(c, text)) continue;
      const prev = kept[k - 1];
      const next = kept[k + 1];
      const linked = (a: Candidate | undefined, from: number, to: number): boolean =>
        a !== undefined &&
        a.type === 'location' &&
        to - from <= 8 &&
        LINK.test(text.slice(from, to));
      if (linked(prev, prev?.end ?? 0, c.start) || linked(next, c.end, next?.start ?? 0)) {
        c.type = 'location';
        c.priority = 2;
      }
    }
  }
  return kept;
}
