/**
 * Refiner for the end of an HTML body: after the article's last sentence,
 * containers often carry a tail of page furniture that class words did not
 * mark (`Kontakt`, `Aktuelle News`, a rating prompt, a lone label). Headings
 * with no sentence after them, and short lines that are not sentences, are
 * cut from the end.
 */
import * as F from './flags.js';
import type { HtmlBlock } from './walk.js';

/** Closing punctuation of a sentence, quotes and brackets allowed after it. */
const SENTENCE_END = /[.!?…؟。！？]["'»”’“‘)\]]*$/u;

/** Words of a clause: at least this many. */
const CLAUSE_WORDS = 6;
/** A comma with a word in small letters after it (`…autonome, nous n’avons…`): clauses of a sentence, not a list of names or tags. */
const CLAUSE_COMMA = /[,،]\s+\p{Ll}/u;

/** A line of clauses left without its full stop (a closing slogan): six words or more, a comma joining two clauses. */
function isClauses(t: string): boolean {
  if (!CLAUSE_COMMA.test(t)) return false;
  let words = 0;
  for (const _ of t.matchAll(/\S+/g)) if (++words >= CLAUSE_WORDS) return true;
  return false;
}

/** A block that reads as article text: long, a sentence, or a sentence's clauses left without a full stop. */
function isSentence(b: HtmlBlock): boolean {
  const t = b.text.trimEnd();
  if ((b.flags & F.HEADING) !== 0) return isQuotedSentence(t);
  return t.length >= 100 || (t.length >= 15 && (SENTENCE_END.test(t) || isClauses(t)));
}

/** A heading that is a whole sentence of four words or more, closed by a full stop (a pull quote set as `h4`): furniture headings name, they do not state. */
function isQuotedSentence(t: string): boolean {
  if (!STOP_THEN_QUOTES.test(t) || t.endsWith('...')) return false;
  let words = 0;
  for (const _ of t.matchAll(WORD)) if (++words >= 4) return true;
  return false;
}

/** A full stop closing a text, closing quotes or brackets after it. */
const STOP_THEN_QUOTES = /[.]["'»”’“‘)\]]*$/u;
/** A run of non-space characters: a word. */
const WORD = /\S+/g;
/** A colon closing a text (a line announcing what follows). */
const ENDS_WITH_COLON = /[:：]\s*$/u;

/** Shortest closing line of the article's own paragraphs kept without a full stop. */
const CLOSING_LINE = 60;

/**
 * A paragraph of some length right after the article's paragraph, with few links (`Pressemitteilung Nr. 48/22
 * des BAG vom 20.12.2022 – 9 AZR 266/20`, `More on the maker's site: example.com`): a source line of the text,
 * not furniture in a box of its own. A line closed by a colon announces what was cut after it (a gallery, a
 * form) and goes with it.
 */
function isClosingLine(b: HtmlBlock, prev: HtmlBlock | undefined): boolean {
  return (
    b.tag === 'p' &&
    prev?.tag === 'p' &&
    prev.index === b.index - 1 &&
    (b.flags & F.HEADING) === 0 &&
    b.text.length >= CLOSING_LINE &&
    b.linkChars <= 0.25 * b.text.length &&
    !ENDS_WITH_COLON.test(b.text) &&
    isSentence(prev)
  );
}

/** At most this many blocks are cut from the end. */
const MAX_TAIL_BLOCKS = 5;
/** At most this share of the body's text is cut from the end. */
const MAX_TAIL_SHARE = 0.2;

/** The kept blocks without the furniture tail after the last sentence. */
export function trimTail(blocks: readonly HtmlBlock[]): readonly HtmlBlock[] {
  let last = blocks.length - 1;
  // Walk back over at most one block more than may be cut.
  while (last >= 0 && blocks.length - 1 - last <= MAX_TAIL_BLOCKS) {
    const b = blocks[last];
    if (!b || isSentence(b) || isClosingLine(b, blocks[last - 1])) break;
    // A list, a code block or an embedded post after the last paragraph is the article's own (steps, sources, commands, a quoted tweet): nothing before it is cut.
    if ((b.flags & (F.LIST | F.PRE | F.EMBED)) !== 0) break;
    last--;
  }
  const cut = blocks.length - 1 - last;
  if (cut === 0 || last < 0 || cut > MAX_TAIL_BLOCKS) return blocks;
  // A long run of short lines (tour dates, a programme, credits of a film) is content, not furniture.
  let tail = 0;
  let all = 0;
  for (let i = 0; i < blocks.length; i++) {
    const n = blocks[i]?.text.length ?? 0;
    all += n;
    if (i > last) tail += n;
  }
  return tail > MAX_TAIL_SHARE * all ? blocks : blocks.slice(0, last + 1);
}
