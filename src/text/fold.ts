/**
 * Folding for matching: lower case, no diacritics, one apostrophe, one quote,
 * Arabic presentation forms and tatweel normalised, spaces collapsed.
 * The folded string is for comparison only: spans always point at the original.
 */

import { isSpace } from './chars.js';

const SPACES = /[\s\u00a0]+/g;

/** True when `s` holds only printable ASCII and spaces: nothing to normalise. */
function isPlainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || c === 0x60 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d))
      return false;
  }
  return true;
}

/** {@link fold} for plain ASCII: lower case, spaces collapsed and trimmed. */
function foldAscii(s: string): string {
  const lower = s.toLowerCase();
  let spaced = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (
      (c === 0x20 && (i === 0 || lower.charCodeAt(i - 1) === 0x20)) ||
      c === 0x09 ||
      c === 0x0a ||
      c === 0x0d
    ) {
      spaced = true;
      break;
    }
  }
  return (spaced ? lower.replace(SPACES, ' ') : lower).trim();
}

/** Combining marks: Latin diacritics, Arabic harakat and Quranic marks, and the other common blocks. */
function isMark(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x0483 && c <= 0x0489) ||
    (c >= 0x0591 && c <= 0x05c7) ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  );
}

/** What a character folds to: `''` to drop it, `' '` for space, or a replacement. */
function foldChar(c: number): string | undefined {
  if (isMark(c) || c === 0x0640) return ''; // diacritics and tatweel
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x60 || c === 0xb4) return "'";
  if (c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f) || c === 0x2039 || c === 0x203a)
    return '"';
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  return undefined;
}

/** Folds `s` for loose, case- and accent-insensitive comparison, in one pass after NFKD. */
export function fold(s: string): string {
  if (isPlainAscii(s)) return foldAscii(s);
  const n = s.normalize('NFKD');
  // Runs of characters that fold to themselves are copied as slices, not one by one.
  let out = '';
  let pendingSpace = false;
  let run = 0;
  const flush = (end: number): void => {
    if (end <= run) return;
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += n.slice(run, end);
  };
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    // Printable characters below the combining marks fold to themselves, but for a few quotes.
    if (
      c > 0x20 &&
      c < 0x300 &&
      c !== 0x60 &&
      c !== 0xab &&
      c !== 0xb4 &&
      c !== 0xbb &&
      c !== 0xa0 &&
      c !== 0x85 &&
      (c < 0x7f || c > 0x9f)
    )
      continue;
    if (isFoldSpace(c)) {
      flush(i);
      run = i + 1;
      pendingSpace = out.length > 0;
      continue;
    }
    const folded = foldChar(c);
    if (folded === undefined) continue;
    flush(i);
    run = i + 1;
    if (folded === '') continue;
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += folded;
  }
  flush(n.length);
  return out.toLowerCase();
}

/** The spaces {@link fold} collapses: every Unicode space, and NEL. */
function isFoldSpace(c: number): boolean {
  return c === 0x85 || isSpace(c);
}

/**
 * Like {@link fold} but also drops quotes, turns hyphens into spaces and
 * ignores spacing around punctuation (`Sonatrach :` = `Sonatrach:`): for
 * near-duplicate keys.
 */
export function foldLoose(s: string): string {
  return fold(s)
    .replace(/["-]/g, ' ')
    .replace(/ ?([:;!?,.]) ?/g, '$1')
    .replace(/ +/g, ' ')
    .trim();
}

const HEADS = new Map<string, string>();

/**
 * The first two characters of {@link fold}(s), from the first four code units
 * only (memoised per prefix): a gate recognisers test before folding a whole
 * line. Falls back to folding `s` when those units fold to fewer than two characters.
 */
export function foldHead(s: string): string {
  const prefix = s.slice(0, 4);
  let head = HEADS.get(prefix);
  if (head === undefined) {
    head = fold(prefix).slice(0, 2);
    if (head.length < 2 && s.length > 4) return fold(s).slice(0, 2);
    if (HEADS.size < 16384) HEADS.set(prefix, head);
  }
  return head;
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
