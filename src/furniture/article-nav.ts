/**
 * Recogniser for the links to the previous and the next article that blogs
 * and news sites print under a post, as crawlers copy them: a label, maybe an
 * arrow, then the other article's headline on the same line (`Article
 * précédent Bordeaux : la rocade fermée`, `Previous article York: the walls
 * reopen`, `المقال السابق …`, `← Older post`, `Nächster Artikel …`). A label
 * naming an article (`Article suivant`, `Next post`) makes the line
 * navigation alone; a bare direction word (`Précédent`, `Next`, `التالي`)
 * does only with an arrow, for `Suivant les experts, …` and `Next steps`
 * open sentences and headings (a pair of them in a row is read by the text
 * pipeline, `article/text/body-boxes.ts`). Labels are data, matched on the
 * folded line start.
 */
import { fold, foldHeadCode, headCode } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Which way a navigation label points. */
export type NavDirection = 'previous' | 'next';

/** Labels of one direction, from a packed table (`util/tables.ts`). */
function directed(
  direction: NavDirection,
  labels: readonly string[],
): (readonly [string, NavDirection])[] {
  return labels.map((w) => [w, direction] as const);
}

/** Labels naming the other article, folded: the line is navigation whatever follows. */
const NAMED: readonly (readonly [string, NavDirection])[] = [
  ...directed(
    'previous',
    /* @__PURE__ */ phrases(
      'article precedent|publication precedente|billet precedent|actualite precedente|previous article|' +
        'previous post|previous story|previous entry|prev post|prev article|older post|older article|' +
        'vorheriger artikel|voriger artikel|vorheriger beitrag|voriger beitrag|articulo anterior|' +
        'noticia anterior|entrada anterior|articolo precedente|notizia precedente|post precedente|' +
        'artigo anterior|post anterior|المقال السابق|المقالة السابقة|الخبر السابق|الموضوع السابق',
    ),
  ),
  ...directed(
    'next',
    /* @__PURE__ */ phrases(
      'article suivant|publication suivante|billet suivant|actualite suivante|next article|next post|' +
        'next story|next entry|newer post|newer article|nachster artikel|nachster beitrag|' +
        'articulo siguiente|noticia siguiente|entrada siguiente|articolo successivo|notizia successiva|' +
        'post successivo|proximo artigo|artigo seguinte|proxima noticia|proximo post|المقال التالي|' +
        'المقالة التالية|الخبر التالي|الموضوع التالي',
    ),
  ),
];

/** Bare direction words, folded: navigation with an arrow, or in a previous/next pair. */
const BARE_WORDS: readonly (readonly [string, NavDirection])[] = [
  ...directed(
    'previous',
    /* @__PURE__ */ phrases(
      'precedent|precedente|previous|prev|older|vorheriger|zuruck|anterior|السابق',
    ),
  ),
  ...directed(
    'next',
    /* @__PURE__ */ phrases(
      'suivant|suivante|next|newer|nachster|weiter|siguiente|successivo|proximo|التالي',
    ),
  ),
];
const BARE: readonly (readonly [string, NavDirection])[] = BARE_WORDS.map(
  ([w, d]) => [fold(w), d] as const,
);

/** The labels folded (the Arabic ones too), longest first: `previous article` before `previous`. */
const LABELS: readonly (readonly [string, NavDirection, boolean])[] = [
  ...NAMED.map(([w, d]) => [fold(w), d, true] as const),
  ...BARE.map(([w, d]) => [w, d, false] as const),
].sort((a, b) => b[0].length - a[0].length);

/** Longest label, and the longest line read as navigation (a label and a headline). */
const LONGEST_LABEL = Math.max(...LABELS.map(([w]) => w.length));
const MAX_NAV = 220;

/** The labels by the first two characters of their fold (`headCode`): a line opening otherwise is no navigation, and is not folded. */
const BY_HEAD = new Map<number, (readonly [string, NavDirection, boolean])[]>();
for (const l of LABELS) {
  const code = headCode(l[0]);
  const list = BY_HEAD.get(code);
  if (list) list.push(l);
  else BY_HEAD.set(code, [l]);
}

/** Arrows and marks printed around a navigation label (`← Older`, `Suivant »`, `« Précédent`, `< Prev`). */
const ARROWS = '←→«»‹›<>⟵⟶⇐⇒◀▶◄►';

/** What may stand before the label: arrows, a lynx link number (`[12]`), a bullet, spaces. */
function isLeadMark(c: string): boolean {
  return ARROWS.includes(c) || c === ' ' || c === '*' || c === '-' || c === '|';
}

/** A navigation label opening a line: its direction, whether it names an article, whether an arrow marks it. */
export interface NavLabel {
  direction: NavDirection;
  named: boolean;
  arrow: boolean;
  /** Whether the label is the whole line (with its arrows). */
  alone: boolean;
}

/** Four lower-case ASCII letters as one number (each below 128): a line's first four letters looked up without a slice. */
function fourKey(a: number, b: number, c: number, d: number): number {
  return ((a * 128 + b) * 128 + c) * 128 + d;
}

/** Whether a code is an ASCII letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The first four letters of every label spelt in ASCII (all but the Arabic ones), as {@link fourKey}s. */
const FOUR_KEYS: ReadonlySet<number> = new Set(
  LABELS.filter(([w]) => /^[a-z]{4}/.test(w)).map(([w]) =>
    fourKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2), w.charCodeAt(3)),
  ),
);

/** The third letters of the Arabic labels (`المقال`, `الخبر`, `السابق`, `التالي`…), after their `ال`. */
const ARABIC_THIRD: ReadonlySet<number> = new Set(
  LABELS.filter(([w]) => w.startsWith('ال')).map(([w]) => w.charCodeAt(2)),
);

/** `ا` and `ل`, which every Arabic label opens with. */
const ALEF = 0x0627;
const LAM = 0x0644;

/**
 * Whether a line whose label would start at `s` is ruled out by its first
 * characters alone, unfolded: an ASCII label's first word has four letters
 * or more, so four ASCII letters opening no label (`Pres`, `News`), or an
 * ASCII character that is no letter among the first four (`The `, `A new`),
 * or another ASCII opening (a digit, a quote) rule it out; an Arabic label
 * opens with `ال` and one of a few letters. Accented letters are left to the fold.
 */
function ruledOut(text: string, s: number): boolean {
  const a = text.charCodeAt(s);
  if (a >= 0x0600 && a <= 0x06ff)
    return (
      a !== ALEF || text.charCodeAt(s + 1) !== LAM || !ARABIC_THIRD.has(text.charCodeAt(s + 2))
    );
  if (a < 0x80 && !isAsciiLetter(a)) return true;
  if (a >= 0x80) return false;
  let ascii = true;
  for (let i = s + 1; i < s + 4; i++) {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c) || (c < 0x80 && !isAsciiLetter(c))) return true;
    if (c >= 0x80) ascii = false;
  }
  if (!ascii) return false;
  const key = fourKey(
    a | 0x20,
    text.charCodeAt(s + 1) | 0x20,
    text.charCodeAt(s + 2) | 0x20,
    text.charCodeAt(s + 3) | 0x20,
  );
  return !FOUR_KEYS.has(key);
}

/** Longest lead before the label (`[123] ← `). */
const MAX_LEAD = 10;

/** The navigation label opening `text`, if any (`folded` is the line's fold when the caller keeps one). */
export function navLabelOf(text: string, folded?: string): NavLabel | undefined {
  if (text.length > MAX_NAV) return undefined;
  // Lead marks and a lynx link number are skipped on the raw line: most lines open with a letter.
  let s = 0;
  let arrow = false;
  // Most lines open with a letter: the lead is skipped only when there is one.
  while (s < text.length && s < MAX_LEAD && !isAsciiLetter(text.charCodeAt(s))) {
    const c = text.charAt(s);
    if (c === '[') {
      const close = text.indexOf(']', s);
      if (close < 0 || close - s > 6) break;
      s = close + 1;
      continue;
    }
    if (!isLeadMark(c)) break;
    if (c !== ' ' && c !== '*' && c !== '-' && c !== '|') arrow = true;
    s++;
  }
  // The first characters rule most lines out unfolded; then the fold's first two, read off the raw line.
  if (ruledOut(text, s)) return undefined;
  const labels = BY_HEAD.get(foldHeadCode(s === 0 ? text : text.slice(s, s + 4)));
  if (labels === undefined) return undefined;
  const head =
    s === 0 && folded !== undefined ? folded : fold(text.slice(s, s + LONGEST_LABEL + 4));
  for (const [label, direction, named] of labels) {
    if (!head.startsWith(label)) continue;
    const after = head.charAt(label.length);
    // The label ends at a word's end: `Nextdoor`, `Previously` are other words.
    if (after !== '' && after !== ' ' && after !== ':' && !ARROWS.includes(after)) continue;
    const rest = text.slice(s).trimEnd();
    const tail = rest.length - label.length;
    const closing = arrowTail(rest);
    return {
      direction,
      named,
      arrow: arrow || (after !== '' && ARROWS.includes(after)) || closing,
      alone: tail <= 0 || restIsMarks(rest, label.length),
    };
  }
  return undefined;
}

/** Whether a line ends with an arrow (`Suivant »`, `Next →`). */
function arrowTail(rest: string): boolean {
  return rest.length > 0 && ARROWS.includes(rest.charAt(rest.length - 1));
}

/** Whether what follows the label's first `n` characters is only marks and spaces. */
function restIsMarks(rest: string, n: number): boolean {
  for (let i = n; i < rest.length; i++) {
    const c = rest.charAt(i);
    if (c !== ' ' && c !== ':' && !ARROWS.includes(c)) return false;
  }
  return true;
}

/** The characters that end a sentence: a headline after a navigation label ends with none of them but `?` and `!`. */
function endsWithStop(text: string): boolean {
  const c = text.charAt(text.length - 1);
  return c === '.' && !text.endsWith('...');
}

/**
 * True for a line of navigation to the previous or next article: a label
 * naming the article, alone or before a headline, or a bare direction word
 * with an arrow. A line ending with a full stop is a sentence.
 */
export function isArticleNavLine(text: string, folded?: string): boolean {
  const label = navLabelOf(text, folded);
  if (!label) return false;
  if (label.alone) return true;
  if (endsWithStop(text.trimEnd())) return false;
  return label.named || label.arrow;
}
