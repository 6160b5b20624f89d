/**
 * A newsroom's desk signing as a whole, its name alone (`Rédaction`, `La
 * Rédaction`, `Redaktion`, `هيئة التحرير`): a desk byline when a stamp
 * follows it on its line (`Rédaction | Mis à jour le …`). Data, folded.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Desks' names, folded. */
const DESK_NAMES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'rédaction|la rédaction|redaktion|die redaktion|redacción|la redacción|redazione|la redazione|' +
      'newsroom|هيئة التحرير|فريق التحرير',
  ).map((d) => fold(d)),
);
/** Longest desk name. */
const DESK_MAX = 16;

/** Whether `text` is a desk's name alone (`Rédaction`, `La Rédaction`). */
export function isDeskName(text: string): boolean {
  return text.length <= DESK_MAX && DESK_NAMES.has(fold(text));
}
