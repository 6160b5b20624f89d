/**
 * A news agency's signature closing a dispatch, told by its shape alone (the
 * codes of agencies no table knows too; the known agencies' names are
 * `AGENCIES`, `article/profiles/generic.ts`): a line of its own under the last
 * paragraph (`— APS`, `- (TAP)`, `(KNA, DR)`, `(dpa/epd)`), or one code in
 * capitals in parentheses after the last sentence's stop on the paragraph's
 * last line (`… leur formation. (MAP)`). Either way it signs the text, and
 * credits no picture.
 */

/** Longest agencies' signature read on a line of its own (`(KNA, epd, dpa, AFP)`). */
const SIGNATURE_MAX = 40;

/** A dash and one agency's code (`— APS`, `– MAP`, `- (TAP)`): a dispatch's signature closing its text. */
const DASHED_SIGNATURE = /^[—–-] ?\(?\p{Lu}{2,6}\)?$/u;

/** One agency's code in capitals in parentheses after a sentence's stop and a space, closing a line (`… 2026. (APS)`). */
const CLOSING_SIGNATURE = /[.!?»"”] \(\p{Lu}{2,6}\)$/u;

/** Whether a word is an agency's code: two to six letters, all capitals or all small letters. */
export function agencyCode(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false;
  for (const c of word) if (c.toLowerCase() === c.toUpperCase()) return false;
  return word === word.toUpperCase() || word === word.toLowerCase();
}

/**
 * Whether a line is a dispatch's signature of its own: two to four agencies'
 * codes in parentheses, each of two to six letters in capitals or in small
 * letters, parted by a comma or a slash (`(KNA, DR)`, `(dpa/epd)`), or one
 * code in capitals after a dash (`— APS`).
 */
export function isSignatureLine(text: string): boolean {
  if (DASHED_SIGNATURE.test(text)) return true;
  if (text.length > SIGNATURE_MAX || !text.startsWith('(') || !text.endsWith(')')) return false;
  const codes = text.slice(1, -1).split(/[,/]/);
  return codes.length >= 2 && codes.length <= 4 && codes.every((c) => agencyCode(c.trim()));
}

/**
 * Whether a line closes with one agency's code in capitals in parentheses
 * after its sentence's stop and a space (`… leur formation. (MAP)`, `… 2026.
 * (APS)`): a dispatch's signature on its last paragraph (a caption may close so
 * too, `… in 1989. (AP)`, with the article going on under it).
 */
export function closesWithSignature(text: string): boolean {
  return CLOSING_SIGNATURE.test(text);
}
