/**
 * Refiner: a pull quote inside the body. Magazines and news sites set a
 * sentence of the article again, large, between two paragraphs (`« Nous
 * avons gagné quatre mois sur le calendrier initial »`); a renderer prints it
 * as a paragraph of its own. It is the article's sentence twice: the copy
 * standing alone, wholly one quotation, whose words another paragraph holds,
 * leaves the body (also when it joins two quoted sentences the paragraph
 * prints apart, `“A,” he said. “B.”` set as `“A. B.”`, and when it closes
 * with a stop where the paragraph's quote goes on, `“A,” he said.` set as
 * `“A.”`); so does a short one between two paragraphs, set further in
 * than the body's text (a renderer's block quotation), that closes with no
 * stop at all, as display lines do and a quoted sentence of the article does not,
 * unless its sentence goes on (a comma closing it, its speaker's words under it:
 * `“We had no way to guide them in,”` ⏎ `said the harbour master.`).
 */
import { spacesAtLeast } from '../../text/chars.js';
import type { Span } from '../../types.js';
import type { BodyParts } from './body-refiners.js';
import type { TextDoc } from './doc.js';

/** Longest paragraph read as a pull quote. */
const MAX_PULL_QUOTE = 300;
/** Fewest words inside the quotation marks: a shorter quotation (`"Für Reformen kämpfen"`) is a subheading quoting the article. */
const MIN_QUOTED_WORDS = 6;
/** Most words of a display line with no stop: a longer quotation (a passage cited from a book) is the article's. */
const MAX_DISPLAY_WORDS = 20;
/** Most pull quotes looked up in one body: each is searched in the whole body's text. */
const MAX_LOOKUPS = 8;

/** Opening quotation marks and the closing ones that answer them. */
const CLOSING: ReadonlyMap<string, readonly string[]> = new Map([
  ['«', ['»']],
  ['“', ['”', '“']],
  ['„', ['“', '”']],
  ['"', ['"']],
  ['‘', ['’']],
]);

/** The text inside the quotation marks when `text` is wholly one quotation (`« … »`), else undefined. */
function quoted(text: string): string | undefined {
  if (text.length > MAX_PULL_QUOTE) return undefined;
  const closers = CLOSING.get(text.charAt(0));
  // A full stop may close the quotation after its mark (`“…”.`).
  const end = text.endsWith('.') ? text.length - 1 : text.length;
  if (!closers?.includes(text.charAt(end - 1))) return undefined;
  const inner = text.slice(1, end - 1).trim();
  // One quotation: its marks do not open again inside (`« A », dit-il, « B »`).
  if (inner.includes(text.charAt(0)) || !spacesAtLeast(inner, MIN_QUOTED_WORDS - 1))
    return undefined;
  return inner;
}

/**
 * Whether `text` is wholly one quotation of six words or more (`“Without the bus I cannot get to work.”`): a
 * speaker's words, which a name under them attributes (a picture's caption is no quotation).
 */
export function isQuotation(text: string): boolean {
  return quoted(text) !== undefined;
}

/** A sentence's end, inside or after the closing mark (`….»`, `… ».`, `…?”`). */
const STOP_AT_END = /[.!?…؟][\s»”“"’]*$/u;

/** Spaces and tabs before `at` on its line. */
function indentAt(input: string, at: number): number {
  let k = at;
  while (k > 0 && (input.charCodeAt(k - 1) === 32 || input.charCodeAt(k - 1) === 9)) k--;
  return at - k;
}

/** Least extra indentation of a block quotation (w3m and lynx set `<blockquote>` four and two spaces in). */
const QUOTE_INDENT = 2;

/**
 * The indentation of the body's text: its least indented paragraph's. A
 * renderer sets a block quotation further in; a browser's copy keeps no
 * margins, and there a quoted subheading (`„Wir sollten … abwägen“` over its
 * section) and a pull quote look alike, and both stay.
 */
function bodyIndent(input: string, paragraphs: readonly Span[]): number {
  let least = Number.POSITIVE_INFINITY;
  for (const q of paragraphs) least = Math.min(least, indentAt(input, q.start));
  return least;
}

/** Runs of spaces, tabs and line breaks. */
const SPACING = /\s+/g;

/** `text` with each run of spacing read as one space. */
function squash(text: string): string {
  return text.replace(SPACING, ' ');
}

/** A stop closing a quotation's sentence. */
const LAST_STOP = /[.!?…]$/u;

/** A sentence's stop and the spacing after it, inside a quotation. */
const INNER_STOP = /[.!?…] /u;
/** Fewest words of each sentence a pull quote joins (`The machine does the job`). */
const MIN_PIECE_WORDS = 3;

/**
 * The sentences of a quotation, each without its stop, when it holds two or
 * more of three words or more: a pull quote may join two quoted sentences the
 * article prints apart (`“The machine does the job,” he told me. “I just like …”`).
 */
function sentencePieces(quote: string): string[] {
  const pieces = quote.split(INNER_STOP).map((piece) => piece.replace(/[.!?…]$/u, ''));
  return pieces.length >= 2 && pieces.every((piece) => spacesAtLeast(piece, MIN_PIECE_WORDS - 1))
    ? pieces
    : [];
}

/** Whether `text` holds every one of `pieces` (two or more), in their order. */
function holdsInOrder(text: string, pieces: readonly string[]): boolean {
  if (pieces.length < 2) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** A lower-case letter. */
const LOWER = /\p{Ll}/u;

/**
 * Whether the sentence of quotation `inner` goes on past its closing mark: it closes with a comma (`“We had no way
 * to guide them in,”`) or the paragraph under it opens in lower case (`said the harbour master.`), the speaker's
 * words of an article's quote set on their own line. A display line is whole, and the article's paragraph under it
 * opens a sentence.
 */
function goesOn(inner: string, next: string | undefined): boolean {
  return inner.endsWith(',') || (next !== undefined && LOWER.test(next.charAt(0)));
}

/** Drops each paragraph that is a quotation another paragraph of the body holds word for word. */
export function dropPullQuotes(doc: TextDoc, body: BodyParts): void {
  let lookups = 0;
  let squashed: string[] | undefined;
  const drop = new Set<number>();
  const { paragraphs } = body;
  let base: number | undefined;
  /** Whether a paragraph stands further in than the body's text (measured once, when a candidate asks). */
  const setIn = (p: Span): boolean => {
    base ??= bodyIndent(doc.input, paragraphs);
    return indentAt(doc.input, p.start) >= base + QUOTE_INDENT;
  };
  for (let i = 0; i < paragraphs.length && lookups < MAX_LOOKUPS; i++) {
    const p = paragraphs[i];
    // Only a paragraph opening with a quotation mark is read further.
    if (!p || !CLOSING.has(p.text.charAt(0))) continue;
    const inner = quoted(p.text);
    if (inner === undefined) continue;
    // A quotation set between two paragraphs with no stop at all (`« L’eau ne remplacera jamais la sobriété »`)
    // is a pull quote's display line: a quoted sentence of the article closes as a sentence (`« … ».`, `“….”`).
    if (
      i > 0 &&
      i < paragraphs.length - 1 &&
      !STOP_AT_END.test(p.text) &&
      !spacesAtLeast(squash(inner), MAX_DISPLAY_WORDS) &&
      !goesOn(inner, paragraphs[i + 1]?.text) &&
      setIn(p)
    ) {
      drop.add(i);
      continue;
    }
    lookups++;
    // The copy prints the sentence as the article does: its words are searched as written, spacing aside
    // (a hard-wrapped dump keeps its margins inside a paragraph's text).
    squashed ??= paragraphs.map((q) => squash(q.text));
    // The copy closes as a whole sentence where the article's quote may go on to its speaker
    // (`“…, the river decides.”` set apart, `“…, the river decides,” says X` in the text): its last stop is left off.
    const key = squash(inner).replace(LAST_STOP, '');
    const pieces = sentencePieces(key);
    if (
      squashed.some(
        (q, j) => j !== i && !drop.has(j) && (q.includes(key) || holdsInOrder(q, pieces)),
      )
    )
      drop.add(i);
  }
  if (drop.size === 0) return;
  for (const i of drop) {
    const owner = body.owners[i];
    if (owner !== undefined) doc.roles.set(owner, 'boilerplate');
  }
  body.paragraphs = body.paragraphs.filter((_, i) => !drop.has(i));
  body.owners = body.owners.filter((_, i) => !drop.has(i));
}
