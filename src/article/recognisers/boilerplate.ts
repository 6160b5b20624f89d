/** Recogniser: whole lines that are interface text (dialogs, share bars) or footers. */
import { fold } from '../../text/fold.js';
import type { SiteProfile } from '../profiles/profile.js';

/** Folded boilerplate and footer lines of a set of profiles, for constant-time lookups. */
export interface BoilerplateIndex {
  boilerplate: ReadonlySet<string>;
  footers: ReadonlySet<string>;
}

/** Longest line compared against the tables. */
const MAX_LENGTH = 200;

/** Builds the lookup sets once for the given profiles. */
export function buildBoilerplateIndex(profiles: readonly SiteProfile[]): BoilerplateIndex {
  return {
    boilerplate: new Set(profiles.flatMap((p) => p.boilerplate.map(fold))),
    footers: new Set(profiles.flatMap((p) => p.footers.map(fold))),
  };
}

/** `footer`, `boilerplate`, or undefined for a line that is neither. */
export function recogniseBoilerplate(
  text: string,
  index: BoilerplateIndex,
): 'footer' | 'boilerplate' | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const key = fold(text);
  if (index.footers.has(key)) return 'footer';
  if (index.boilerplate.has(key)) return 'boilerplate';
  return undefined;
}
