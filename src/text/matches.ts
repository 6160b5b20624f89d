/**
 * The matches of a global pattern in a string, as `String.prototype.matchAll`
 * gives them, found with `exec`: `matchAll` copies the pattern on every call,
 * which costs three times a short line's whole search.
 */

/**
 * Every match of `pattern` (global, `g`) in `text`, in order, as
 * `text.matchAll(pattern)` would give them for a pattern whose `lastIndex`
 * is 0. The pattern's `lastIndex` is used for the search and is 0 again
 * after; the matches are all found before the caller reads them.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('matchesOf needs a global pattern');
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, as matchAll does (a surrogate pair is one in unicode mode).
    if (m[0].length === 0) pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  return out;
}

/** The index after the character at `i`: a surrogate pair counts as one character in unicode mode. */
function nextIndex(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
