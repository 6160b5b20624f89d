/** Recogniser: percentages (`6,1%`, `4 %`, `+2,2 %`, `3 pour cent`, `2.5 percent`). */

import { derived } from '../../util/tables.js';
import { startsNumber } from '../amounts.js';
import type { Candidate, Context } from '../candidate.js';
import { key } from '../lexicon.js';
import { readNumber } from '../numbers.js';
import { round } from './money.js';

const WRITTEN_AFTER: ReadonlyArray<readonly string[]> = [
  ['pour', 'cent'],
  ['percent'],
  ['per', 'cent'],
  ['pct'],
  ['بالمئة'],
  ['بالمائة'],
  ['في', 'المائة'],
  ['في', 'المئة'],
  ['فى', 'المائة'],
];

/** The words after a number that make it a percentage, as lexicon keys (compared with token keys). */
const WORDS_AFTER = /* @__PURE__ */ derived(() => WRITTEN_AFTER.map((words) => words.map(key)));

function isSign(s: string): boolean {
  return s === '%' || s === '٪';
}

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
    let start = tokens[num.first]?.start ?? 0;
    const after = tokens[num.last + 2];
    if (next && isSign(next.text)) end = num.last + 1;
    else if (
      next?.text === '،' &&
      !next.spaceBefore &&
      after &&
      isSign(after.text) &&
      !after.spaceBefore
    )
      end = num.last + 2; // `4.3،%`: a stray Arabic comma before the sign
    else {
      for (const words of WORDS_AFTER) {
        if (words.every((w, k) => (tokens[num.last + 1 + k]?.k ?? '') === w)) {
          end = num.last + words.length;
          break;
        }
      }
    }
    const before = tokens[num.first - 1];
    if (
      end < 0 &&
      before &&
      isSign(before.text) &&
      !tokens[num.first]?.spaceBefore &&
      (before.spaceBefore || num.first === 1)
    ) {
      // `%2.4`, `٪0.3`: the sign written before the number (right-to-left habit) is inside
      start = before.start;
      end = num.last;
    }
    if (end < 0) continue;
    out.push({
      type: 'percent',
      start,
      end: tokens[end]?.end ?? 0,
      value: { value: round(num.value) },
      priority: 3,
    });
    i = end;
  }
  return out;
}
