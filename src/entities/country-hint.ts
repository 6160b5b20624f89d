/** The country a text is about, from cheap cues, to resolve `dinars` to DZD or TND. */
import { fold } from '../text/fold.js';
import type { Token } from './tokens.js';

const CUES: Readonly<Record<string, 'DZ' | 'TN'>> = {
  algerie: 'DZ',
  alger: 'DZ',
  algerien: 'DZ',
  algerienne: 'DZ',
  algeriens: 'DZ',
  algeriennes: 'DZ',
  da: 'DZ',
  algeria: 'DZ',
  algerian: 'DZ',
  oran: 'DZ',
  الجزائر: 'DZ',
  tunisie: 'TN',
  tunis: 'TN',
  tunisien: 'TN',
  tunisienne: 'TN',
  tunisiens: 'TN',
  tunisiennes: 'TN',
  dt: 'TN',
  tunisia: 'TN',
  tunisian: 'TN',
  sfax: 'TN',
  تونس: 'TN',
};

/** `DZ` or `TN` when the text's cues lean one way; undefined otherwise. */
export function countryHint(tokens: readonly Token[]): string | undefined {
  let dz = 0;
  let tn = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length > 12) continue;
    const cue = CUES[fold(t.text)];
    if (cue === 'DZ') dz++;
    else if (cue === 'TN') tn++;
  }
  if (dz > tn) return 'DZ';
  if (tn > dz) return 'TN';
  return undefined;
}
