/**
 * Recogniser for a letter's salutation on a line of its own (`Dear readers,`,
 * `Liebe Leserinnen und Leser,`, `Liebe_r Besucher_in,`, `Chers lecteurs,`,
 * `Hallo zusammen!`): a greeting word first, a comma or an exclamation mark
 * last, a few words and no sentence between. Greeting words are data, in
 * several languages, matched on the folded first word.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Words opening a salutation (folded). */
const GREETINGS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'dear|hi|hello|hey|greetings|liebe|lieber|liebes|hallo|servus|moin|cher|chere|chers|cheres|bonjour|' +
      'salut|querido|querida|queridos|queridas|estimado|estimada|estimados|estimadas|hola|caro|cara|cari|care|' +
      'gentile|gentili|buongiorno|geachte|beste',
  ),
);

/** Openers of two words, the first no greeting alone (`Sehr geehrte …`), folded. */
const TWO_WORD_GREETINGS = ['sehr geehrte', 'sehr geehrter'];

/** Words of a sign-off (`Liebe Grüße,`, `Best wishes,`): such a line closes a letter, it opens none (folded stems). */
const SIGN_OFF_WORDS = /* @__PURE__ */ phrases('grus|gruß|regards|wishes|groet|saludo|salut|bises');

/** Longest salutation line. */
const MAX_LENGTH = 60;
/** Most words of a salutation line. */
const MAX_WORDS = 6;

/** Whether `text` is a salutation line (`Dear readers,`). */
export function isSalutation(text: string): boolean {
  const line = text.trim();
  if (line.length < 3 || line.length > MAX_LENGTH) return false;
  const last = line.charCodeAt(line.length - 1);
  // A comma or an exclamation mark closes it; no stop, question or colon inside (a sentence, a menu's label).
  if (last !== 0x2c && last !== 0x21) return false;
  const inner = line.slice(0, -1);
  if (inner.includes('.') || inner.includes('?') || inner.includes(':') || inner.includes('!'))
    return false;
  const folded = fold(inner);
  if (folded.split(' ').length > MAX_WORDS) return false;
  const end = firstWordEnd(folded);
  const rest = folded.slice(end);
  if (SIGN_OFF_WORDS.some((w) => rest.includes(w))) return false;
  const first = folded.slice(0, end);
  return GREETINGS.has(first) || TWO_WORD_GREETINGS.some((g) => folded.startsWith(`${g} `));
}

/** End of the word opening `s`: its letters, up to a space, a comma or a gender mark (`Liebe_r`, `Liebe*r`). */
function firstWordEnd(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    if (c.toLowerCase() === c.toUpperCase()) break;
    i++;
  }
  return i;
}
