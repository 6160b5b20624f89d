/**
 * Words that open a clause continuing the line before (`حيث …`, `لكن …`,
 * `وهي …`, `and …`, `mais …`): a text written one phrase a line (a
 * programme's script, a poem) opens lines with them, a headline never. As
 * written (Latin words in lower case: `Et si…` may open a headline); Arabic
 * without diacritics. Data only.
 */
import { words } from '../util/tables.js';

/** The words, one set. */
export const CLAUSE_OPENERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  words(
    // Arabic: conjunctions, subordinators, relatives and pronouns a clause opens with
    'حيث لكن لكنه لكنها ولكن وإن وأن وإنه وأنه إذ إذا فإن بينما فيما كي لأن وهو وهي وهم فهو فهي ثم الذي التي الذين ' +
      // French
      'et mais ou où donc car puis qui que dont ' +
      // English
      'and but or which who whom where because then',
  ),
);
