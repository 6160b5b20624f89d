/**
 * Tokenizer for entity recognition: words, numbers and punctuation with their
 * spans, in one left-to-right pass. French elisions (`l'`, `d'`, `qu'`) and
 * English possessives (`'s`) are split off; `B.V.`, `M.` and `Etats-Unis` stay whole.
 */
import { isSpace } from '../text/chars.js';
import { fold, foldArabic, isArabicCode } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'punct';

/** One token of the text. */
export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** Whitespace stands between this token and the previous one. */
  spaceBefore: boolean;
  /** A line break or a run of two or more NBSP (a ticker separator) stands before this token. */
  breakBefore: boolean;
  /** The word starts with an upper-case letter. */
  cap: boolean;
  /** The text folded for matching ({@link fold}): lower case, no accents, one apostrophe. */
  f: string;
  /** The lexicon key of the text: {@link f} with hyphens as spaces; Arabic words also through {@link foldArabic}. */
  k: string;
  /** The word is written in Arabic script. */
  ar: boolean;
  /** Readings without proclitics, computed once by the Arabic recognisers (arabic/clitics.ts). */
  stems?: ReadonlyArray<{ skip: number; k: string }>;
}

const ASCII_PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;
const LATIN = /^[\x20-\x5f\x61-\x7e\u00c0-\u00ff\u0152\u0153\u2019]*$/;

/**
 * {@link fold} for one token, with fast paths: plain ASCII (no backtick to
 * normalise) is only lower-cased; Latin-1 letters lose their accents by
 * decomposition. Anything else goes through {@link fold}.
 */
function foldToken(t: string): string {
  if (ASCII_PLAIN.test(t)) return t.toLowerCase();
  if (!LATIN.test(t)) return foldMemo(t);
  let f = LATIN_FOLDED.get(t);
  if (f === undefined) {
    f = foldLatin(t);
    if (LATIN_FOLDED.size < 65536) LATIN_FOLDED.set(t, f);
  }
  return f;
}

/** Latin words with accents folded, remembered (`Algérie`, `décembre` come back often). */
const LATIN_FOLDED = new Map<string, string>();

/** Lower case, accents off by decomposition, one apostrophe. */
function foldLatin(t: string): string {
  const d = t.toLowerCase().normalize('NFKD');
  let out = '';
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    out += c === 0x2019 ? "'" : d[i];
  }
  return out;
}

const FOLDED = new Map<string, string>();

/** {@link fold} remembered for up to 65,536 distinct words (news repeats its words). */
function foldMemo(t: string): string {
  let f = FOLDED.get(t);
  if (f === undefined) {
    f = fold(t);
    if (FOLDED.size < 65536) FOLDED.set(t, f);
  }
  return f;
}

const ARABIC_KEYS = new Map<string, string>();

/** {@link fold} of an Arabic word, remembering its {@link foldArabic} key beside it (one pair of strings per distinct word). */
function arabicFolds(t: string): string {
  const f = foldMemo(t);
  if (!ARABIC_KEYS.has(t) && ARABIC_KEYS.size < 65536) ARABIC_KEYS.set(t, foldArabic(f));
  return f;
}

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const ELISIONS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu'),
);

/** Whether the first character of `t` (code `c`) is an upper-case letter; ASCII and Arabic without a regex. */
function isUpper(c: number, t: string): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c >= 0x0600 && c <= 0x06ff) return false;
  return UPPER.test(t[0] ?? '');
}

/** Whether the code unit at `i` of `text` is a letter or a mark; false past the end. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Fast paths (no one-character string): ASCII, Latin-1 letters, and the Arabic letters, tatweel and harakat.
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c >= 0x0621 && c <= 0x065f) return true;
  if (c >= 0xc0 && c <= 0xff) return c !== 0xd7 && c !== 0xf7;
  if (Number.isNaN(c)) return false;
  return LETTER.test(text[i] ?? '');
}

function isDigit(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x0660 && code <= 0x0669) ||
    (code >= 0x06f0 && code <= 0x06f9)
  );
}

/** Splits `text` into tokens. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = false;
  let lineBreak = false;
  let nbspRun = 0;
  const push = (kind: TokenKind, start: number, end: number): void => {
    const t = text.slice(start, end);
    const ar = kind === 'word' && isArabicCode(t.charCodeAt(0));
    const f = ar ? arabicFolds(t) : foldToken(t);
    tokens.push({
      kind,
      text: t,
      start,
      end,
      spaceBefore: space,
      breakBefore: lineBreak || nbspRun >= 2,
      cap: kind === 'word' && isUpper(t.charCodeAt(0), t),
      f,
      k: ar ? (ARABIC_KEYS.get(t) ?? foldArabic(f)) : f.includes('-') ? f.replace(/-/g, ' ') : f,
      ar,
      stems: undefined, // set later by the Arabic recognisers; present from the start so every token has one shape
    });
    space = false;
    lineBreak = false;
    nbspRun = 0;
  };
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      space = true;
      lineBreak = true;
      i++;
      continue;
    }
    if (code === 0xa0) {
      space = true;
      nbspRun++;
      i++;
      continue;
    }
    // isSpace holds the same characters as `\s`, without a regular expression per word.
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && isSpace(code))) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    if (isDigit(code)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      push('number', start, i);
      continue;
    }
    if (isLetterAt(text, i)) {
      i++;
      const latin = !isArabicCode(code);
      while (i < n) {
        const c = text.charCodeAt(i);
        // Digits continue a Latin word (`G20`, `km2`) but not an Arabic one: `بـ12`, `و0.3` are a clitic and a number.
        if (isLetterAt(text, i) || (latin && isDigit(c))) {
          i++;
          continue;
        }
        if ((c === 0x2d || c === 0x2010 || c === 0x2011) && isLetterAt(text, i + 1)) {
          i++; // a hyphen inside a word
          continue;
        }
        if ((c === 0x27 || c === 0x2019 || c === 0x02bc) && isLetterAt(text, i + 1)) {
          const word = text.slice(start, i).toLowerCase();
          if (ELISIONS.has(word)) {
            i++; // keep the apostrophe with the elided word: `d'`
            break;
          }
          const next = text.charCodeAt(i + 1);
          if ((next === 0x73 || next === 0x53) && !isLetterAt(text, i + 2)) break; // English possessive
          i++;
          continue;
        }
        break;
      }
      // Initials with dots: `M.`, `B.V.`, `U.S.A.`
      if (i - start === 1 && isUpper(code, text[start] ?? '') && text[i] === '.') {
        i++;
        while (i + 1 < n && UPPER.test(text[i] ?? '') && text[i + 1] === '.') i += 2;
      }
      push('word', start, i);
      continue;
    }
    i++;
    push('punct', start, i);
  }
  return tokens;
}
