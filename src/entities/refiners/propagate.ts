/**
 * Refiner: later bare mentions take the type of an earlier full one. A
 * person's surname (`Trump` after `Donald Trump`), an organisation's first
 * word (`Cainiao` after `Cainiao Smart Logistics Network`), and an acronym
 * defined in the text (with its expansion).
 */
import { fold } from '../../text/fold.js';
import type { Candidate, Context } from '../candidate.js';
import { key } from '../lexicon.js';

/** What a name is known as. */
export interface Known {
  type: Candidate['type'];
  expansion?: string;
}

/**
 * Adds mentions of known names where no entity stands yet; returns the whole
 * list in text order. `names` holds names learnt from earlier pieces of the
 * same text, and learns this piece's.
 */
export function propagate(
  ctx: Context,
  kept: Candidate[],
  names: Map<string, Known> = new Map(),
): Candidate[] {
  for (const c of kept) {
    if (!c.expansion && c.type !== 'person' && c.type !== 'organization') continue; // values and places teach nothing
    const surface = ctx.text.slice(c.start, c.end);
    if (c.expansion) names.set(key(surface), { type: c.type, expansion: c.expansion });
    const words = surface.split(/\s+/);
    if (words.length < 2) continue;
    if (c.type === 'person') {
      const last = words[words.length - 1];
      if (last && last.length > 2 && !names.has(key(last)))
        names.set(key(last), { type: 'person' });
    } else if (c.type === 'organization') {
      const first = words[0];
      if (
        first &&
        first.length > 3 &&
        !ctx.lex.orgHeads.has(key(first)) &&
        !ctx.lex.places.has(key(first)) &&
        !names.has(key(first))
      ) {
        names.set(key(first), { type: 'organization' });
      }
    }
  }
  if (names.size === 0) return kept;
  const covered = new Uint8Array(ctx.text.length + 1);
  for (const c of kept) covered.fill(1, c.start, c.end);
  const added: Candidate[] = [];
  for (const t of ctx.tokens) {
    if (t.kind !== 'word' || !t.cap || covered[t.start]) continue;
    const known = names.get(key(t.text));
    if (!known) continue;
    const c: Candidate = { type: known.type, start: t.start, end: t.end, priority: 1 };
    if (known.expansion && fold(t.text) !== fold(known.expansion)) c.expansion = known.expansion;
    added.push(c);
  }
  // Existing entities whose whole text is a defined acronym also get the expansion.
  for (const c of kept) {
    if (c.expansion) continue;
    const known = names.get(key(ctx.text.slice(c.start, c.end)));
    if (known?.expansion) {
      c.expansion = known.expansion;
      c.type = known.type;
    }
  }
  return added.length === 0 ? kept : [...kept, ...added].sort((x, y) => x.start - y.start);
}
