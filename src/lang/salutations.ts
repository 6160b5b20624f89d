/**
 * Recogniser for a letter's salutation on a line of its own (`Dear readers,`,
 * `Liebe Leserinnen und Leser,`, `Liebe_r Besucher_in,`, `Chers lecteurs,`,
 * `Hallo zusammen!`): a greeting word first, a comma or an exclamation mark
 * last, a few words and no sentence between. Greeting words are data, in
 * several languages, matched on the folded first word.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';
import { guessLang } from './guess.js';

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

/** Whole sign-off lines no stem above tells (folded, their closing comma or mark left off). */
const SIGN_OFF_LINES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    "thanks in advance|cheers|cordialement|bien cordialement|merci d'avance|saludos|" +
      // The closing formulas of an Arabic column or letter (`والله ولي التوفيق.`, `والله من وراء القصد`).
      'والله ولي التوفيق|والله من وراء القصد|والله الموفق|والسلام عليكم|والسلام',
  ),
);

/**
 * First words of a group's sign-off over its members' names (`Euer Jugendvorstand`, `Eure Redaktion`): the
 * German familiar `your`, a noun or two under it, no question or label (`Eure Meinung?` asks the readers).
 */
const GROUP_SIGN_OFF_OPENERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('euer|eure'),
);

/** Longest sign-off line. */
const MAX_SIGN_OFF = 40;
/** Most words of a sign-off line. */
const SIGN_OFF_MAX_WORDS = 4;

/** Characters of the prose a group's sign-off closes that its language is guessed from. */
const PROSE_READ = 1500;

/** Whether the paragraphs read as German (the first {@link PROSE_READ} characters of them). */
function readsGerman(prose: readonly { text: string }[]): boolean {
  let text = '';
  for (const p of prose) {
    if (text.length >= PROSE_READ) break;
    text += `${p.text.slice(0, PROSE_READ)}\n`;
  }
  return guessLang(text) === 'de';
}

/**
 * Whether `text` is a letter's sign-off on a line of its own (`Liebe Grüße`,
 * `Best regards,`, `Thanks in advance`, `Cordialement,`): four words at most,
 * a comma or an exclamation mark or nothing last, a sign-off's stem among
 * them or the whole line one of a few closings. A German group's sign-off
 * (`Eure Redaktion`) counts only under German prose when `prose`, the
 * paragraphs it closes, is given: `Eure Infos` under a French story is the
 * masthead of a site of the Eure.
 */
export function isSignOff(text: string, prose?: readonly { text: string }[]): boolean {
  const line = text.trim();
  if (line.length < 5 || line.length > MAX_SIGN_OFF) return false;
  const last = line.charCodeAt(line.length - 1);
  // A comma, an exclamation mark or a full stop closes it (`والله ولي التوفيق.`).
  const inner = last === 0x2c || last === 0x21 || last === 0x2e ? line.slice(0, -1) : line;
  const folded = fold(inner);
  const words = folded.split(' ');
  if (words.length > SIGN_OFF_MAX_WORDS) return false;
  if (SIGN_OFF_LINES.has(folded) || SIGN_OFF_WORDS.some((w) => folded.includes(w))) return true;
  // A group signing (`Euer Vorstand`): two words or more, the opener first, no mark inside.
  return (
    words.length >= 2 &&
    GROUP_SIGN_OFF_OPENERS.has(words[0] ?? '') &&
    !inner.includes('?') &&
    !inner.includes(':') &&
    !inner.includes('.') &&
    (prose === undefined || readsGerman(prose))
  );
}

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
