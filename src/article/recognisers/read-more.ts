/** Recogniser: read-more links, alone on a line or glued at the end of a teaser (`… Lire la suite`). */
import { READ_ON } from '../../furniture/calls-to-action.js';
import { fold, foldHeadCode, headCode } from '../../text/fold.js';
import { linkNumberStart } from '../../text/link-number.js';
import { groupBy } from '../../text/prefixes.js';
import { words } from '../../util/tables.js';
import { READ_MORE } from '../profiles/generic.js';

/** The labels a line is read against, folded: the profile's, and the furniture's links that go on reading. */
const FOLDED = [...new Set([...READ_MORE.map(fold), ...READ_ON])].sort(
  (a, b) => b.length - a.length,
);
/** The labels by their first two folded characters, as `headCode` numbers: a line is tried against those of its own head only. */
const BY_HEAD = groupBy(FOLDED, headCode);
/** Characters after the label that still belong to it: ` »`, ` →`, ` 0` (a comment count), `...`. */
const TAIL = /^[\s»›>→.…0-9]*$/u;
/** {@link TAIL} on a folded line: `»` and `›` fold to `"`. */
const FOLDED_TAIL = /^[\s">→.…0-9]*$/u;

const LOWER = READ_MORE.map((l) => l.toLowerCase());
/** One character of {@link TAIL}. */
const TAIL_CHAR = /^[\s»›>→.…0-9]$/u;

/** The last character of `s` that is not a tail character (`e` of `Lire la suite »`), or ''. */
function lastNonTail(s: string): string {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charAt(i);
    if (!TAIL_CHAR.test(c)) return c;
  }
  return '';
}
/** The last non-tail character of every label, lower case. */
const LAST_CHARS = new Set(LOWER.map(lastNonTail));
/** A piece of every label: tails without one are no read-more link. */
const READ_MORE_HINTS = /* @__PURE__ */ words('suite more article reading القراءة المزيد قراءة');

/** For each ASCII code, 1 when its character in lower case is one of {@link LAST_CHARS}. */
const LAST_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  LAST_ASCII[c] = LAST_CHARS.has(String.fromCharCode(c).toLowerCase()) ? 1 : 0;

/**
 * Whether the last character of `s` that is not a tail character is, in lower
 * case, one of {@link LAST_CHARS}: ASCII characters are read by code, the
 * first other character met sends the line through {@link lastNonTail}.
 */
function endsLikeLabel(s: string): boolean {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    // ASCII tail characters: spaces and controls of `\s`, `>`, `.`, digits.
    if (
      (c >= 0x09 && c <= 0x0d) ||
      c === 0x20 ||
      c === 0x3e ||
      c === 0x2e ||
      (c >= 0x30 && c <= 0x39)
    )
      continue;
    return LAST_ASCII[c] === 1;
  }
  return LAST_CHARS.has(lastNonTail(s).toLowerCase());
}

/**
 * True when the whole line is a read-more link (`Lire la suite »`, `Read more 0`); `folded` gives the
 * line's fold when the caller keeps it, `head` its `foldHeadCode` (see line-facts.ts).
 */
export function isReadMoreLine(text: string, folded?: () => string, head?: number): boolean {
  if (text.length > 40) return false;
  const labels = BY_HEAD.get(head ?? foldHeadCode(text));
  if (!labels) return false;
  const key = folded ? folded() : fold(text);
  for (const label of labels)
    if (key.startsWith(label) && FOLDED_TAIL.test(key.slice(label.length))) return true;
  return false;
}

/**
 * The cheap test {@link readMoreSuffix} starts with: false only where it finds
 * no label (-1). A label closes the line but for tail characters: its last
 * other character closes the line too. (`İ` lower-cases to two characters,
 * shifting the offsets the search reads: such a line passes.)
 */
export function mayEndWithReadMore(text: string): boolean {
  return endsLikeLabel(text) || text.includes('\u0130', Math.max(0, text.length - SUFFIX_WINDOW));
}

/** How many characters at the end of a line {@link readMoreSuffix} looks at. */
export const SUFFIX_WINDOW = 40;

/**
 * Where a read-more label glued at the end of `text` starts (`… Lire la suite`,
 * `… Read more 0`, `أكمل القراءة »`, lynx's `… [6]Lire la suite`), or -1. Only the last 40 characters are looked at.
 */
export function readMoreSuffix(text: string): number {
  if (!mayEndWithReadMore(text)) return -1;
  const from = Math.max(0, text.length - SUFFIX_WINDOW);
  const raw = text.slice(from);
  // A hard-wrapped paragraph's block keeps its line break's spaces (lynx: `Lire la    suite »`): read with runs folded.
  const folded = RUN.test(raw) ? foldRuns(raw) : undefined;
  const at = labelStart(folded?.text ?? raw);
  if (at < 0) return -1;
  return from + (folded ? (folded.index[at] ?? at) : at);
}

/** Two white-space characters in a row. */
const RUN = /\s\s/u;

/** `text` with each run of white space read as one space, and where each of its characters stands in `text`. */
function foldRuns(text: string): { text: string; index: number[] } {
  let out = '';
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const space = /\s/u.test(c);
    if (space && out.endsWith(' ')) continue;
    out += space ? ' ' : c;
    index.push(i);
  }
  return { text: out, index };
}

/** Where the read-more label closing `tail` starts (its link number's bracket included), or -1. */
function labelStart(tail: string): number {
  const key = tail.toLowerCase();
  if (!READ_MORE_HINTS.some((h) => key.includes(h))) return -1;
  for (const label of LOWER) {
    const at = key.lastIndexOf(label);
    if (at < 0) continue;
    if (!TAIL.test(tail.slice(at + label.length))) continue;
    // lynx prints the link's number before its text (`…l'Ouest… [6]Lire la suite`): the label starts at its bracket.
    const start = linkNumberStart(tail, at);
    if (start > 0 && !/[\s…."»]/u.test(tail[start - 1] ?? '')) continue;
    return start;
  }
  return -1;
}

/**
 * Where a read-more link stands inside a line with more text after it
 * (`… Voir la suite »<next title>`, `… أكمل القراءة »<next title>`): the label's
 * start and the offset after its `»`, or undefined. Glued listings look like this.
 */
export function readMoreInside(text: string): { at: number; after: number } | undefined {
  if (!text.includes('»') && !text.includes('›')) return undefined;
  for (const label of READ_MORE) {
    const at = text.indexOf(`${label}`);
    if (at <= 0) continue;
    let after = at + label.length;
    while (after < text.length && /[\s»›]/u.test(text[after] ?? '')) after++;
    if (
      after < text.length &&
      after > at + label.length &&
      /[»›]/u.test(text.slice(at + label.length, after))
    )
      return { at, after };
  }
  return undefined;
}
