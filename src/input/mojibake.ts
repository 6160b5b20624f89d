/**
 * Recogniser: mojibake, UTF-8 bytes read as Latin-1 or windows-1252 (`Ã©` for
 * `é`, `Ø§Ù„` for `ال`). Counted on the first 16 kB, in one pass.
 */

/** Share of the sampled letters that must be mojibake pairs before a warning is given. */
const SHARE = 0.02;
const SAMPLE = 16384;
/** A lead byte and a continuation byte as the loop below counts them. */
const PAIR = /[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]/;

/** True when `input` reads like UTF-8 decoded as a single-byte encoding. */
export function looksLikeMojibake(input: string): boolean {
  // Most text holds no such pair at all: one native search says so (the pair's
  // second character may sit just past the sample, as in the loop below).
  if (!PAIR.test(input.length > SAMPLE + 1 ? input.slice(0, SAMPLE + 1) : input)) return false;
  const n = Math.min(input.length, SAMPLE);
  let pairs = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (c > 0x40) letters++;
    // A UTF-8 lead byte (Ã Â Ø Ù Ð …, U+00C2–U+00F4) followed by a continuation byte (U+0080–U+00BF or its cp1252 form).
    if (c >= 0xc2 && c <= 0xf4) {
      const d = input.charCodeAt(i + 1);
      if ((d >= 0x80 && d <= 0xbf) || (d >= 0x152 && d <= 0x2122)) pairs++;
    }
  }
  return letters > 20 && pairs / letters >= SHARE;
}

/** The warning given for mojibake. */
export const MOJIBAKE_WARNING =
  'the text looks like mojibake (UTF-8 read as Latin-1): decode the bytes as UTF-8 (see decodeHtml)';
