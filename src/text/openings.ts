/**
 * The first two characters every match of a line-start pattern opens with,
 * read off the pattern's own source, so a gate built from it follows the
 * pattern when its alternatives change.
 */
import { headCode } from './fold.js';

/** Characters that are not a literal in a pattern's source. */
const SYNTAX = '\\[](){}.?*+|^$';
/** Quantifiers that make the atom before them optional or repeated. */
const QUANTIFIERS = '?*+{';

/** Whether `c` (one character, or empty at the end of the source) is a quantifier. */
function isQuantifier(c: string): boolean {
  return c.length === 1 && QUANTIFIERS.includes(c);
}

/** A `(`, `)` or `|` of a pattern's source, outside classes and escapes, with the depth of groups around it. */
interface Mark {
  at: number;
  c: string;
  depth: number;
}

/** The {@link Mark}s of `source`, or undefined when its groups or a class do not close. */
function marksOf(source: string): Mark[] | undefined {
  const marks: Mark[] = [];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') marks.push({ at: i, c, depth: depth++ });
    else if (c === ')') {
      if (--depth < 0) return undefined;
      marks.push({ at: i, c, depth });
    } else if (c === '|') marks.push({ at: i, c, depth });
  }
  return depth === 0 && !inClass ? marks : undefined;
}

/** `source`'s alternatives at the top level (outside groups and classes), or undefined when it cannot be split safely. */
function alternatives(source: string): string[] | undefined {
  const marks = marksOf(source);
  if (!marks) return undefined;
  const out: string[] = [];
  let from = 0;
  for (const m of marks)
    if (m.c === '|' && m.depth === 0) {
      out.push(source.slice(from, m.at));
      from = m.at + 1;
    }
  out.push(source.slice(from));
  return out;
}

/** The two literal characters `alternative` opens with (neither optional nor repeated), as a `headCode` number. */
function openingOf(alternative: string): number | undefined {
  let head = '';
  for (let i = 0; i < alternative.length && head.length < 2; i++) {
    const c = alternative.charAt(i);
    if (SYNTAX.includes(c) || isQuantifier(alternative.charAt(i + 1))) return undefined;
    head += c;
  }
  return head.length === 2 ? headCode(head) : undefined;
}

/**
 * The first two characters (as `headCode` numbers) of every string
 * `pattern` can match, when its source reads `^(?:a|b|…)` or `^a` and every
 * alternative opens with two plain characters; undefined otherwise (a
 * case-insensitive or multi-line pattern, a class or a group first), and the
 * caller then gates nothing.
 */
export function patternOpenings(pattern: RegExp): ReadonlySet<number> | undefined {
  if (pattern.ignoreCase || pattern.multiline || pattern.global || pattern.sticky) return undefined;
  const source = pattern.source;
  if (!source.startsWith('^')) return undefined;
  const top = alternatives(source.slice(1));
  if (top?.length !== 1) return undefined;
  const body = top[0] ?? '';
  let options: string[] | undefined = [body];
  if (body.startsWith('(?:')) {
    const inner = groupBody(body);
    options = inner === undefined ? undefined : alternatives(inner);
  }
  if (!options) return undefined;
  const heads = new Set<number>();
  for (const option of options) {
    const head = openingOf(option);
    if (head === undefined) return undefined;
    heads.add(head);
  }
  return heads;
}

/** What the group opening `source` (`(?:…)…`) holds between its parentheses; undefined when a quantifier follows the group. */
function groupBody(source: string): string | undefined {
  // The group opened first closes at the first `)` back at depth 0.
  const end = marksOf(source)?.find((m) => m.c === ')' && m.depth === 0)?.at;
  if (end === undefined || isQuantifier(source.charAt(end + 1))) return undefined;
  return source.slice(3, end);
}
