/** Recogniser: percentages (`6,1%`, `4 %`, `+2,2 %`, `3 pour cent`, `2.5 percent`). */
import { startsNumber } from '../amounts.js';
import type { Candidate, Context } from '../candidate.js';
import { readNumber } from '../numbers.js';
import { round } from './money.js';

const WORDS_AFTER: ReadonlyArray<readonly string[]> = [
  ['pour', 'cent'],
  ['percent'],
  ['per', 'cent'],
  ['pct'],
  ['بالمئة'],
  ['بالمائة'],
  ['في', 'المائة'],
  ['في', 'المئة'],
];

/** Proposes percent entities. */
export function recognisePercent(ctx: Context): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!startsNumber(ctx, i)) continue;
    const num = readNumber(tokens, i, ctx.text, ctx.lang);
    if (!num) continue;
    let end = -1;
    const next = tokens[num.last + 1];
    if (next && (next.text === '%' || next.text === '٪')) end = num.last + 1;
    else {
      for (const words of WORDS_AFTER) {
        if (words.every((w, k) => (tokens[num.last + 1 + k]?.f ?? '') === w)) {
          end = num.last + words.length;
          break;
        }
      }
    }
    if (end < 0) continue;
    out.push({
      type: 'percent',
      start: tokens[num.first]?.start ?? 0,
      end: tokens[end]?.end ?? 0,
      value: { value: round(num.value) },
      priority: 3,
    });
    i = end;
  }
  return out;
}
