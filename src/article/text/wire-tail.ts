/**
 * A news agency's closing credit, the only credit of a wire with no byline:
 * `(Reporting by X in Tunis and Y in Sfax; Additional reporting by Z; Editing
 * by W)`, and the French agency form `(Reportage X, avec Y à Paris; version
 * française Z, édité par W)`. Its reporters and writers are the authors; its
 * editors and translators are not.
 */
import type { Block } from '../../input/block.js';
import type { NameSpan } from './header.js';
import { knownFirstName, personLine } from './header.js';

/**
 * The whole line in parentheses, none inside (group 1), or the line bare as republishing sites print it
 * (`Reporting by X; Editing by Y`, group 2): the credit's text, without its closing stop. Either opens with a
 * role, which the reader checks.
 */
const TAIL = /^(?:\(([^()]{8,300}?)\.?\)|([^()]{8,300}?))\.?$/u;

/**
 * A credit's role at the tail's start or after `;` or `,`: an author's (group 1: reporting, writing) or anyone
 * else's (group 2: `editing by`, `édité par`, `version française`); else a separator between two names
 * (`, `, ` and `, ` et `, `, avec `).
 */
const TOKEN =
  /(?:^|[;,] ?)(?:((?:\p{L}+ )?reporting by|writing by|reportage(?: de)?)|(\p{L}+ (?:by|par)|version française)) |,? (?:and|et|avec|with) |, /giu;

/** The place after a reporter's name (`X in Tunis`, `Y à Paris`). */
const PLACE = / (?:in|à) /u;

/** The reporters and writers of a wire's credit line `b` (a text dump's line), each name with its span, place cut off. */
export function wireTailAuthors(b: Block | undefined): NameSpan[] {
  const m = b?.verbatim ? TAIL.exec(b.text) : null;
  const inner = m?.[1] ?? m?.[2];
  const names: NameSpan[] = [];
  // Whether the run read is an author's role's; none before the first role.
  let author: boolean | undefined;
  let from = 0;
  let placed = false;
  for (const token of inner === undefined ? [] : [...inner.matchAll(TOKEN), undefined]) {
    const to = token?.index ?? inner?.length ?? 0;
    // The credit opens with a role: `(The ministry said …)` is an aside, not a credit.
    if (author === undefined && to > 0) return [];
    if (author) {
      const piece = inner?.slice(from, to) ?? '';
      const place = PLACE.exec(piece);
      const name = place ? piece.slice(0, place.index) : piece;
      // After a reporter's place, `and Rabat` may be a second place: only a known first name opens a name there.
      const at = (b?.start ?? 0) + (m?.[1] === undefined ? 0 : 1) + from;
      if (personLine(name) && (!placed || place || knownFirstName(name)))
        names.push({ text: name, start: at, end: at + name.length });
      placed = place !== null;
    }
    if (token && (token[1] || token[2])) author = token[1] !== undefined;
    from = to + (token?.[0].length ?? 0);
  }
  return names;
}
