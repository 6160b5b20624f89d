/**
 * Folding for matching: lower case, no diacritics, one apostrophe, one quote,
 * Arabic presentation forms and tatweel normalised, spaces collapsed.
 * The folded string is for comparison only: spans always point at the original.
 */

const SPACES = /[\s\u00a0]+/g;

/**
 * What folding drops: combining marks (Latin diacritics, Arabic harakat and
 * Quranic marks, and the other common blocks) and the Arabic tatweel.
 */
const DROPPED =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists combining marks on purpose, each to be dropped alone
  /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+/g;

/** Quotes and dashes folded to one apostrophe, one double quote and one hyphen. */
const QUOTES_AND_DASHES =
  /[\u2018\u2019`\u00b4\u00ab\u00bb\u201c-\u201f\u2039\u203a\u2010-\u2015\u2212]/g;

/** What each of {@link QUOTES_AND_DASHES} folds to. */
function foldQuoteOrDash(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x2018 || code === 0x2019 || code === 0x60 || code === 0xb4) return "'";
  if (code >= 0x2010) return code <= 0x2015 || code === 0x2212 ? '-' : '"';
  return '"'; // « »
}

/** Every Unicode space (what `\s` matches) and NEL: runs of them fold to one space. */
const FOLD_SPACES = /[\s\u0085]+/g;
/** Spacing that folding changes: a space other than U+0020, two in a row, one at either end. */
const ODD_SPACING = /[^\S ]|\u0085| {2}|^ | $/;

/** A character other than printable ASCII (the backtick, which folds to an apostrophe, included) or a space: tabs and line breaks fold through the table. */
const NOT_PLAIN = /[^ -_a-~]/;

/**
 * Folds `s` for loose, case- and accent-insensitive comparison: NFKD, then
 * marks dropped, quotes and dashes unified and spaces collapsed, each by one
 * native replace (a loop over the characters in JavaScript was twice slower).
 * Text of the Latin, Greek, Cyrillic, Hebrew and Arabic blocks and general
 * punctuation folds through a table of each character's fold instead.
 */
export function fold(s: string): string {
  // Printable ASCII and spaces (the most common line) need lower case and
  // spacing only: a native search looks for anything else (faster than a loop
  // over the characters in JavaScript), one `includes` for two spaces in a row.
  if (NOT_PLAIN.test(s)) return foldByTable(s) ?? foldNormalised(s);
  const lower = s.toLowerCase();
  // Spacing to fold: a space first or two in a row (collapsed), else at most one space last (cut).
  if (s.charCodeAt(0) === 0x20 || s.includes('  ')) return lower.replace(SPACES, ' ').trim();
  return lower.charCodeAt(lower.length - 1) === 0x20 ? lower.slice(0, -1) : lower;
}

/** {@link fold} through `normalize`, for any text. */
function foldNormalised(s: string): string {
  let n = s.normalize('NFKD').replace(DROPPED, '').replace(QUOTES_AND_DASHES, foldQuoteOrDash);
  if (ODD_SPACING.test(n)) n = n.replace(FOLD_SPACES, ' ');
  const from = n.charCodeAt(0) === 0x20 ? 1 : 0;
  const to = n.length > from && n.charCodeAt(n.length - 1) === 0x20 ? n.length - 1 : n.length;
  if (from > 0 || to < n.length) n = n.slice(from, to);
  return n.toLowerCase();
}

/** Code units below this fold through {@link FOLD_CODE}: Latin, Greek, Cyrillic, Hebrew, Arabic. */
const TABLE_LOW_END = 0x0700;
/** General punctuation, super- and subscripts and currency signs, also in the table. */
const TABLE_PUNCT = 0x2000;
const TABLE_PUNCT_END = 0x20d0;
const TABLE_SIZE = TABLE_LOW_END + (TABLE_PUNCT_END - TABLE_PUNCT);

/**
 * Each table character's fold as one number: its code unit when it folds to one
 * (a space aside), else -1 dropped, -2 a space, -3 not by the table, -4 several ({@link FOLD_MANY}).
 */
const FOLD_CODE = new Int32Array(TABLE_SIZE);
const FOLD_MANY: string[] = [];
/** Longest fold of one character in the table. */
let foldWidest = 1;
{
  const allSpace = /^[\s\u0085]+$/;
  const someSpace = /[\s\u0085]/;
  for (let i = 0; i < TABLE_SIZE; i++) {
    const c = i < TABLE_LOW_END ? i : i - TABLE_LOW_END + TABLE_PUNCT;
    // The slow path on the character alone. NFKD of a string is the characters'
    // decompositions with combining marks reordered, and every mark these blocks
    // hold or decompose to is dropped, so the order cannot show. Lower case is
    // per character but for the final sigma: a capital sigma (or what decomposes
    // to it) is left to the slow path.
    const d = String.fromCharCode(c).normalize('NFKD');
    const m = d.replace(DROPPED, '').replace(QUOTES_AND_DASHES, foldQuoteOrDash).toLowerCase();
    if (d.includes('\u03a3') || (someSpace.test(m) && !allSpace.test(m))) FOLD_CODE[i] = -3;
    else if (m.length === 0) FOLD_CODE[i] = -1;
    else if (allSpace.test(m)) FOLD_CODE[i] = -2;
    else if (m.length === 1) FOLD_CODE[i] = m.charCodeAt(0);
    else {
      FOLD_CODE[i] = -4;
      FOLD_MANY[i] = m;
      foldWidest = Math.max(foldWidest, m.length);
    }
  }
}

/** Longest text folded through the table. */
const TABLE_MAX = 4096;
/** The folded code units, written here and read back by `String.fromCharCode` (a plain array of small integers is its fastest argument list). */
const FOLD_BUFFER: number[] = new Array<number>(TABLE_MAX * foldWidest).fill(0);
/** Most code units passed to one `String.fromCharCode` call. */
const CHUNK = 8192;

/**
 * {@link fold} of text whose every character is in the table: each one's fold
 * written to a buffer, runs of spaces collapsed and trimmed on the way;
 * undefined for any other text.
 */
function foldByTable(s: string): string | undefined {
  const n = s.length;
  if (n > TABLE_MAX) return undefined;
  const out = FOLD_BUFFER;
  let k = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const at =
      c < TABLE_LOW_END
        ? c
        : c >= TABLE_PUNCT && c < TABLE_PUNCT_END
          ? c - TABLE_PUNCT + TABLE_LOW_END
          : -1;
    if (at < 0) return undefined;
    const code = FOLD_CODE[at] ?? -3;
    if (code >= 0) {
      if (space) {
        out[k++] = 0x20;
        space = false;
      }
      out[k++] = code;
    } else if (code === -2) space = k > 0;
    else if (code === -4) {
      if (space) {
        out[k++] = 0x20;
        space = false;
      }
      const m = FOLD_MANY[at] ?? '';
      for (let j = 0; j < m.length; j++) out[k++] = m.charCodeAt(j);
    } else if (code === -3) return undefined;
  }
  if (k <= CHUNK) return String.fromCharCode.apply(null, out.slice(0, k));
  let folded = '';
  for (let i = 0; i < k; i += CHUNK)
    folded += String.fromCharCode.apply(null, out.slice(i, Math.min(k, i + CHUNK)));
  return folded;
}

/**
 * Like {@link fold} but also drops quotes, turns hyphens into spaces and
 * ignores spacing around punctuation (`Sonatrach :` = `Sonatrach:`): for
 * near-duplicate keys.
 */
export function foldLoose(s: string): string {
  const f = fold(s);
  // Each run of spaces, quotes and hyphens is one space, none at an end or when punctuation stands on
  // a side for each of its characters (what three replaces gave, in one pass copying between runs).
  let out = '';
  let from = 0;
  const n = f.length;
  for (let i = 0; i < n; i++) {
    if (!looseSpace(f.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < n && looseSpace(f.charCodeAt(end))) end++;
    const keep =
      i > 0 && end < n && end - i > unspaced(f.charCodeAt(i - 1)) + unspaced(f.charCodeAt(end));
    if (!keep || end - i > 1 || f.charCodeAt(i) !== 32) {
      out += f.slice(from, i) + (keep ? ' ' : '');
      from = end;
    }
    i = end - 1;
  }
  return out + f.slice(from);
}

/** Whether code unit `c` is a space or what {@link foldLoose} reads as one (`"`, `-`). */
export function looseSpace(c: number): boolean {
  return c === 32 || c === 34 || c === 45;
}

/** 1 for punctuation {@link foldLoose} takes the spaces around away from (`:;!?,.`), else 0. */
function unspaced(c: number): number {
  return c === 58 || c === 59 || c === 33 || c === 63 || c === 44 || c === 46 ? 1 : 0;
}

const HEADS = new Map<string, string>();

/**
 * The first two characters of {@link fold}(s), from the first four code units
 * only (memoised per prefix): a gate recognisers test before folding a whole
 * line. Falls back to folding `s` when those units fold to fewer than two characters.
 */
export function foldHead(s: string): string {
  // Two printable ASCII characters (no space, no backtick) fold to themselves in lower case.
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  if (a > 0x20 && a < 0x7f && a !== 0x60 && b > 0x20 && b < 0x7f && b !== 0x60)
    return String.fromCharCode(
      a >= 0x41 && a <= 0x5a ? a + 32 : a,
      b >= 0x41 && b <= 0x5a ? b + 32 : b,
    );
  const prefix = s.slice(0, 4);
  let head = HEADS.get(prefix);
  if (head === undefined) {
    head = fold(prefix).slice(0, 2);
    if (head.length < 2 && s.length > 4) return fold(s).slice(0, 2);
    if (HEADS.size < 16384) HEADS.set(prefix, head);
  }
  return head;
}

/**
 * {@link foldHead} as a number, for set lookups without building a string:
 * two characters `a`, `b` give `a * 65536 + b`, one character `c` gives
 * `-1 - c`, none gives `-65538` (see {@link headCode}).
 */
export function foldHeadCode(s: string): number {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  if (a > 0x20 && a < 0x7f && a !== 0x60 && b > 0x20 && b < 0x7f && b !== 0x60)
    return (a >= 0x41 && a <= 0x5a ? a + 32 : a) * 65536 + (b >= 0x41 && b <= 0x5a ? b + 32 : b);
  // Through the table: two characters that fold to one (non-space) character each
  // (`Él`, `«L`, `ال`), or such a character, one space and another (`A new`). What
  // follows cannot change them: the marks after them are dropped, and the folded
  // characters are no marks themselves.
  const ca = tableCode(a);
  if (ca >= 0) {
    const cb = tableCode(b);
    if (cb >= 0) return ca * 65536 + cb;
    if (cb === -2 && tableCode(s.charCodeAt(2)) >= 0) return ca * 65536 + 0x20;
  }
  return headCode(foldHead(s));
}

/** Where code unit `c` sits in the fold table, or -1 when it is not there (NaN included). */
function tableIndex(c: number): number {
  if (c < TABLE_LOW_END) return c;
  return c >= TABLE_PUNCT && c < TABLE_PUNCT_END ? c - TABLE_PUNCT + TABLE_LOW_END : -1;
}

/** Code unit `c`'s fold code ({@link FOLD_CODE}), -3 when it is not in the table. */
function tableCode(c: number): number {
  const at = tableIndex(c);
  return at >= 0 ? (FOLD_CODE[at] ?? -3) : -3;
}

/** The number {@link foldHeadCode} gives for a head of at most two characters (only the first two are read). */
export function headCode(head: string): number {
  if (head.length >= 2) return head.charCodeAt(0) * 65536 + head.charCodeAt(1);
  return head.length === 1 ? -1 - head.charCodeAt(0) : -65538;
}

/** True for a code unit of the Arabic blocks (letters, marks, digits, punctuation, presentation forms). */
export function isArabicCode(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

/**
 * Deeper Arabic folding of a string already {@link fold}ed (hamza seats and
 * harakat are gone by then): alif maqsura as ya (`مصرى` = `مصري`), ta marbuta
 * as ha (`جدة` = `جده`), alif wasla as alif, Persian kaf and yeh as Arabic.
 * One character for one, so it keeps the folded string's length.
 */
export function foldArabic(folded: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    let r: string | undefined;
    if (c === 0x0649 || c === 0x06cc) r = 'ي';
    else if (c === 0x0629) r = 'ه';
    else if (c === 0x0671) r = 'ا';
    else if (c === 0x06a9) r = 'ك';
    if (r === undefined) out += folded[i];
    else {
      out += r;
      changed = true;
    }
  }
  return changed ? out : folded;
}
