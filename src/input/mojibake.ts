/**
 * Recogniser: mojibake, UTF-8 bytes read as Latin-1 or windows-1252 (`Ã©` for
 * `é`, `Ø§Ù„` for `ال`). Counted on the first 16 kB.
 */

/** Share of the sampled letters that must be mojibake pairs before a warning is given. */
const SHARE = 0.02;
const SAMPLE = 16384;
/** A lead byte and a continuation byte as the loop below counts them. */
const PAIR = /[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]/;
/** {@link PAIR}, for counting: no lead byte is a continuation byte, so two pairs never overlap. */
const PAIRS = /[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]/g;

/** True when `input` reads like UTF-8 decoded as a single-byte encoding. */
export function looksLikeMojibake(input: string): boolean {
  // Most text holds no such pair at all: one native search says so (the pair's
  // second character may sit just past the sample, as in the count below).
  const sample = input.length > SAMPLE + 1 ? input.slice(0, SAMPLE + 1) : input;
  if (!PAIR.test(sample)) return false;
  // The pairs first, by native search (each starts inside the sample's first SAMPLE characters).
  let pairs = 0;
  PAIRS.lastIndex = 0;
  while (PAIRS.exec(sample) !== null) pairs++;
  // Then the letters, up to where their count alone says no: the share only falls as letters add up.
  const n = Math.min(input.length, SAMPLE);
  let letters = 0;
  for (let i = 0; i < n; i++) {
    if (input.charCodeAt(i) > 0x40 && ++letters > 20 && !(pairs / letters >= SHARE)) return false;
  }
  return letters > 20 && pairs / letters >= SHARE;
}

/** The warning given for mojibake. */
export const MOJIBAKE_WARNING =
  'the text looks like mojibake (UTF-8 read as Latin-1): decode the bytes as UTF-8 (see decodeHtml)';
