/**
 * Recogniser: related-article links. A line `Lire aussi : <title>`,
 * `Lire aussi | <title>`, `اقرأ أيضا: <title>`, a bare label whose title is the
 * next line, and labels inside a collapsed one-line body, where the title has
 * no end marker.
 */
import type { Block } from '../../input/block.js';
import {
  ARABIC_SENTENCE_OPENERS,
  opensArabicSentence,
} from '../../lang/arabic-sentence-openers.js';
import { isSpace, trimRange } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { linkNumberEnd } from '../../text/link-number.js';
import { phrases } from '../../util/tables.js';
import { RELATED_LABELS } from '../profiles/generic.js';

/** The labels folded, longest first; a label written with its colon also with a space before it (`lire :`). */
const FOLDED_LABELS = RELATED_LABELS.map(fold)
  .flatMap((l) => (l.endsWith(':') ? [l, `${l.slice(0, -1)} :`] : [l]))
  .sort((a, b) => b.length - a.length);
/** {@link FOLDED_LABELS} by their first two code units (`a * 65536 + b`), longest first in each group: a label opens with its group's pair. */
const LABELS_BY_HEAD = new Map<number, string[]>();
for (const l of FOLDED_LABELS) {
  const key = l.charCodeAt(0) * 65536 + l.charCodeAt(1);
  const group = LABELS_BY_HEAD.get(key);
  if (group) group.push(l);
  else LABELS_BY_HEAD.set(key, [l]);
}
/** Whether every label has two characters or more: then only its group is searched. */
const LABELS_KEYED = FOLDED_LABELS.every((l) => l.length >= 2);
/** Longest label text, in characters, scanned at a label's start: the longest label and a few marks its fold drops. */
const LABEL_WINDOW = (FOLDED_LABELS[0]?.length ?? 0) + 6;
const PUNCTUATION = new Set(':|-–—»>：'); // one character each

/** What a related line holds: the title's span, or nothing when the label stands alone. */
export interface RelatedMatch {
  /** Span of the title in the input; absent when the line is the bare label. */
  titleStart?: number;
  /** End of the title's span. */
  titleEnd?: number;
}

/**
 * Reads `input[start, end)` as a related link starting with a label; undefined
 * when no related label starts there. Looks at most {@link LABEL_WINDOW}
 * characters for the label.
 */
export function relatedAt(input: string, start: number, end: number): RelatedMatch | undefined {
  const head = fold(input.slice(start, Math.min(end, start + LABEL_WINDOW)));
  // The first label (longest first) the head starts with: only labels opening with the head's first two code units can.
  const candidates = LABELS_KEYED
    ? LABELS_BY_HEAD.get(head.charCodeAt(0) * 65536 + head.charCodeAt(1))
    : FOLDED_LABELS;
  const label = candidates?.find((l) => head.startsWith(l));
  if (label === undefined) return undefined;
  // Walk the original text past as many letters as the label has, then past punctuation.
  let i = start;
  let seen = 0;
  const letters = label.replace(/ /g, '').length;
  while (i < end && seen < letters) {
    if (!/\s/u.test(input[i] ?? '')) seen++;
    i++;
  }
  // Marks of the label itself (tanwin and such) fold away: skip them too.
  while (i < end && /\p{M}/u.test(input[i] ?? '')) i++;
  const afterLabel = i;
  // lynx's number of the headline's link right after the label (`شاهد أيضا[9]فيديو…`): the headline starts after it.
  const linked = linkNumberEnd(input, i);
  if (linked > i && linked < end) i = linked;
  // Two dots or more, or an ellipsis, part the label from the headline as a colon does (`اقرأ أيضا.. <title>`).
  if (input.startsWith('..', i) || input[i] === '…')
    while (i < end && (input[i] === '.' || input[i] === '…')) i++;
  while (i < end && (/\s/u.test(input[i] ?? '') || PUNCTUATION.has(input[i] ?? ''))) i++;
  // `Lire aussitôt`: a word, not a label; but a capital or a letter of a script without case right after
  // the label is a headline glued to it (`Lea tambiénLa …`, `شاهد أيضافيديو: …`, `<b>label</b><a>…</a>` copied).
  if (i === afterLabel && i < end && !/[\p{Lu}\p{Lo}]/u.test(input[i] ?? '')) return undefined;
  const [s, e] = trimRange(input, i, end);
  // A label written with its colon links one headline only when the headline follows it.
  if (s === e) return label.endsWith(':') ? undefined : {};
  // A one-word label with its colon (`More:`, `Read:`, `Leia:`) links a headline of a few words, not a section's
  // name (`More: Trending`).
  if (label.length <= SHORT_LABEL && label.endsWith(':') && !severalWords(input, s, e))
    return undefined;
  return { titleStart: s, titleEnd: e };
}

/** Longest one-word label with its colon, folded (`leggi:`). */
const SHORT_LABEL = 6;

/** Whether `input[s, e)` holds three words or more (two spaces between letters at least). */
function severalWords(input: string, s: number, e: number): boolean {
  let gaps = 0;
  for (let i = s + 1; i < e && gaps < 2; i++) if (input[i] === ' ' && input[i - 1] !== ' ') gaps++;
  return gaps >= 2;
}

const FIRST_WORD = /^[^\s]{1,14}/u;

/** A code unit lower-cased when it is an ASCII capital. */
function asciiLower(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

/**
 * Whether the word starting at `i` in `text` may be one of {@link RAW_HEADS}
 * once lower-cased (a `:` or `|` at its end cut off): read off its first
 * characters, false only where that look-up says no. An ASCII first character
 * must open a head, and with an ASCII second one inside the word (no `:` or
 * `|`) the pair must; an Arabic letter, which has no case, must open one.
 */
function mayOpenHead(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0x600 && c <= 0x6ff) return RAW_HEAD_STARTS.has(c);
  if (c >= 0x80) return true;
  if (!RAW_HEAD_STARTS.has(asciiLower(c))) return false;
  // Two ASCII characters opening a word of two or more (no space, `:` or `|` second): their pair must open a head.
  const d = text.charCodeAt(i + 1);
  if (d < 0x80 && d > 0x20 && d !== 0x3a && d !== 0x7c)
    return RAW_HEAD_PAIRS.has(asciiLower(c) * 65536 + asciiLower(d));
  return true;
}

/** Reads a whole block as a related line. */
export function recogniseRelated(input: string, block: Block): RelatedMatch | undefined {
  const text = block.text;
  // A related line set in parentheses (`(Lire aussi : X)`, `(Leggi anche: X).`) is read inside them.
  const close = text.charCodeAt(0) === 0x28 ? closingParenthesis(text) : 0;
  if (text.charCodeAt(0) === 0x28 && close === 0) return undefined;
  const from = close > 0 ? 1 : 0;
  // Cheaper still, the first characters: no label's first word starts with most.
  if (!mayOpenHead(text, from)) return undefined;
  // A cheap test on the first word before any folding: most lines are not related links.
  const first = FIRST_WORD.exec(from > 0 ? text.slice(from) : text)?.[0] ?? '';
  if (!RAW_HEADS.has(first.toLowerCase().replace(/[:|]$/u, ''))) return undefined;
  return relatedAt(input, block.start + from, block.end - close);
}

/**
 * Whether `input[start, end)`, a line of text, is a related link with its headline after the label (`Mehr zum
 * Thema <headline>`): read off its first word before any folding, as {@link recogniseRelated} does, and the
 * headline opening as one does.
 */
export function relatedLineAt(input: string, start: number, end: number): boolean {
  if (!mayOpenHead(input, start)) return false;
  let i = start;
  while (i < end && !isSpace(input.charCodeAt(i))) i++;
  if (!RAW_HEADS.has(input.slice(start, i).toLowerCase().replace(/[:|]$/u, ''))) return false;
  const title = relatedAt(input, start, end)?.titleStart;
  // A headline opens with a capital (or a letter of a script without case, a figure, a quote):
  // `Lesen Sie auch die Stellungnahme …` goes on a sentence.
  return title !== undefined && /[\p{Lu}\p{Lo}\d„"“«]/u.test(input.charAt(title));
}

/**
 * Whether a whole block is a related link marked as one beyond doubt: a bare
 * label (`See also`), or a label closed by a mark before its headline (`See
 * also: New Zealand place names`, `Lire aussi | …`, a wiki's hatnote). A
 * label run into words (`Read more books this summer`) may open a headline.
 */
export function markedRelated(input: string, block: Block): boolean {
  const match = recogniseRelated(input, block);
  if (!match) return false;
  if (match.titleStart === undefined) return true;
  for (let i = block.start; i < match.titleStart; i++)
    if (PUNCTUATION.has(input[i] ?? '')) return true;
  return false;
}

/** Characters closing a line opened by `(`: 1 for `)`, 2 for `).`, 0 when the line does not close so. */
function closingParenthesis(text: string): number {
  if (text.endsWith(')')) return 1;
  return text.endsWith(').') ? 2 : 0;
}

/** Capitalised words that start a new sentence after an unmarked related title (folded). */
export const SENTENCE_STARTERS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'le|la|les|un|une|des|ce|cette|ces|cet|il|elle|ils|elles|on|nous|selon|pour|dans|en|au|aux|depuis|apres|' +
      "avant|lors|par|sur|avec|mais|cependant|toutefois|ainsi|alors|outre|de|du|son|sa|ses|leur|leurs|si|l'|" +
      'rappelons|notons|signalons|precisons|' +
      "d'|the|a|an|in|this|that|he|she|they|it|according|after|for",
  ),
);
/** First words of the labels as written and folded, lower case: words are matched without folding each one. */
const RAW_HEADS = new Set(
  [
    ...RELATED_LABELS.map((l) => (l.split(' ')[0] ?? l).toLowerCase()),
    ...FOLDED_LABELS.map((l) => l.split(' ')[0] ?? l),
  ].map((h) => (h.endsWith(':') ? h.slice(0, -1) : h)),
);
/** The first code unit of each of {@link RAW_HEADS}. */
const RAW_HEAD_STARTS: ReadonlySet<number> = new Set([...RAW_HEADS].map((h) => h.charCodeAt(0)));
/** The first two code units of each of {@link RAW_HEADS} of two characters or more, as `a * 65536 + b`. */
const RAW_HEAD_PAIRS: ReadonlySet<number> = new Set(
  [...RAW_HEADS].filter((h) => h.length >= 2).map((h) => h.charCodeAt(0) * 65536 + h.charCodeAt(1)),
);
const WORD = /\S+/gu;

/**
 * Pieces every label holds, each group under a shorter piece all of the group
 * hold: native substring scans rule out the lines that hold none. A scan for a
 * short piece stops at every place of its first character, and `a` (`aussi`)
 * and `ا` (`ايضا`) are everywhere in French and Arabic text, so each group is
 * looked for by the piece of it whose first character is rarer (`ussi`,
 * `ead`, `يضا`), and only then by its own pieces (half the time of the pieces
 * alone on the textified pages' long lines).
 */
export const RELATED_HINTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ussi', ['aussi', 'Aussi']],
  ['USSI', ['AUSSI']],
  ['également', ['également']],
  ['ead', ['ead also', 'lso read', 'ead more']],
  ['يضا', ['أيضا', 'ايضا']],
];

/** Whether `text` holds one of {@link RELATED_HINTS}' pieces. */
function holdsHint(text: string): boolean {
  for (const [gate, hints] of RELATED_HINTS) {
    if (!text.includes(gate)) continue;
    for (const h of hints) if (text.includes(h)) return true;
  }
  return false;
}

/** An inline related link inside a collapsed body line. */
export interface InlineRelated {
  /** Where the label starts. */
  labelStart: number;
  /** Span of the title. */
  titleStart: number;
  /** End of the title. */
  titleEnd: number;
  /** No punctuation closed the title: its end was taken at a sentence start or after 20 words. */
  unsure: boolean;
}

/** The first folded word of `word`, without its elision (`L'implantation` → `l'`). */
export function starter(word: string): string {
  const f = fold(word);
  const apostrophe = f.indexOf("'");
  return apostrophe > 0 && apostrophe <= 2 ? f.slice(0, apostrophe + 1) : f;
}

/** Whether `word` opens an Arabic sentence (`وأوضح`, `وقد`, `كما`; its first letter tested before it is folded). */
function arabicOpener(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c === 0x648 || c === 0x641 || c === 0x643) && ARABIC_SENTENCE_OPENERS.has(fold(word));
}

/** A word that may open an Arabic sentence of two words (`من`, `ومن`, `وفي`, `وعلى`): its first letter. */
const ARABIC_PAIR_START = /^[مو]/u;

/** An opening quote mark alone, as a word: it belongs to the sentence after it. */
const OPENING_QUOTE = /* @__PURE__ */ new Set(['«', '“', '"', '„']);

/**
 * Where an unmarked title ends: sentence punctuation, a capitalised sentence starter or an Arabic verb of saying
 * after 3 words, or 20 words.
 */
function titleEnd(input: string, start: number, limit: number): { end: number; unsure: boolean } {
  let words = 0;
  let lastWordEnd = start;
  // Where the title ends without the word before (a quote mark alone, or an Arabic sentence's first of two words).
  let beforeLast = start;
  let quoteAlone = false;
  // The word before, folded, when it may open an Arabic sentence of two words (`من جهته،`).
  let pairFirst = '';
  WORD.lastIndex = start;
  for (;;) {
    const m = WORD.exec(input);
    if (!m || m.index >= limit) break;
    const wordEnd = Math.min(limit, m.index + m[0].length);
    const word = input.slice(m.index, wordEnd);
    // `من جهته،`, `وفي سياق متصل،`: two words open the next sentence, after the title's first three.
    if (words >= 4 && pairFirst !== '' && opensArabicSentence(pairFirst, fold(word)))
      return { end: beforeLast, unsure: true };
    pairFirst = word.length <= 4 && ARABIC_PAIR_START.test(word) ? fold(word) : '';
    // A capitalised sentence starter, or an Arabic sentence's opener (`وأوضح بلاغ …`, `وقد …`): no headline holds
    // one past its first words. A quote mark standing alone before it opens that sentence (`« Nous avons …`).
    if (
      words >= 3 &&
      ((/^\p{Lu}/u.test(word) && SENTENCE_STARTERS.has(starter(word))) || arabicOpener(word))
    )
      return { end: quoteAlone ? beforeLast : lastWordEnd, unsure: true };
    quoteAlone = OPENING_QUOTE.has(word);
    beforeLast = lastWordEnd;
    words++;
    lastWordEnd = wordEnd;
    if (words >= 3 && /[.!?؟]["»”]?$/u.test(word)) return { end: wordEnd, unsure: false };
    if (words >= 20) return { end: wordEnd, unsure: true };
  }
  return { end: lastWordEnd, unsure: false };
}

/**
 * Finds `Lire aussi : <title> <next sentence>` inside a long line (a body whose
 * newlines were folded away), in one pass over its words.
 */
export function findInlineRelated(input: string, block: Block): InlineRelated[] {
  const out: InlineRelated[] = [];
  // Most lines hold no label: a few native substring searches rule them out.
  if (!holdsHint(block.text)) return out;
  // The words (runs of non-spaces, `\S+`) read in place: most are turned down by their first characters
  // before their end is looked for, and no match or copy is made for them.
  const n = input.length;
  let i = block.start;
  for (;;) {
    while (i < n && isSpace(input.charCodeAt(i))) i++;
    if (i >= n || i >= block.end) break;
    const start = i;
    const opens = mayOpenHead(input, start);
    while (i < n && !isSpace(input.charCodeAt(i))) i++;
    if (!opens || !RAW_HEADS.has(input.slice(start, i).toLowerCase().replace(/[:|]$/u, '')))
      continue;
    const match = relatedAt(input, start, block.end);
    if (match?.titleStart === undefined) continue;
    const end = titleEnd(input, match.titleStart, block.end);
    out.push({
      labelStart: start,
      titleStart: match.titleStart,
      titleEnd: end.end,
      unsure: end.unsure,
    });
    i = end.end;
  }
  return out;
}
