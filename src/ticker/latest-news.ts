/**
 * Recogniser: a "latest news" block, headlines one per line with no NBSP
 * (LAYOUTS.md §3: ten crawl-day headlines ahead of an old article). A run of
 * at least {@link MIN_RUN} consecutive headline-like lines.
 */
import { recogniseByline } from '../article/recognisers/byline.js';
import { deckLonger } from '../article/recognisers/deck.js';
import { nameLine } from '../article/text/header.js';
import { opensWithDayMonth } from '../dates/day-month.js';
import { isTradeLine } from '../furniture/bio.js';
import { isCallToAction } from '../furniture/calls-to-action.js';
import { isPhotoCredit } from '../furniture/credits.js';
import { isShareBar } from '../furniture/interface.js';
import { isRelativeTimeLine, isTimeOfDay } from '../furniture/stamps.js';
import { isMoreHeading, isRelatedBoxHeading } from '../furniture/teaser-headings.js';
import { trimEndOf } from '../html/trim.js';
import type { Block } from '../input/block.js';
import { CLAUSE_OPENERS } from '../lang/clause-openers.js';
import { isAttributedQuote } from '../text/attributed-quote.js';
import { proseLength, spacesAtLeast, startsWithBullet } from '../text/chars.js';
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** Fewest consecutive headline lines read as a latest-news block. */
export const MIN_RUN = 5;

/**
 * Breadcrumb separators, a copyright sign, a tab and a run of three spaces (` > `, ` › `, ` » `,
 * ` / `, `©`, ` · `; a table's cells, as Chromium's `innerText` prints a row with tabs and w3m
 * and lynx with padded columns), in one pattern: one native search scans a short line faster
 * than one `includes` each.
 */
const NOT_HEADLINE = / > | › | » | \/ |©| · |\t| {3}/;
/** Line starts of a byline or a date line (lower case). */
const META_STARTS = /* @__PURE__ */ phrases(
  'par |by |publié|published|posted|mis à jour|updated|von ',
);

/**
 * A match of a fixtures or results list (`MC Oran - ES Sétif`, `Olympique de Médéa – MC Alger`,
 * `EST 3 - 0 ST`): two names of one to four words, each opening in a capital, around a dash
 * (a score's two numbers beside it), and nothing else.
 */
const FIXTURE =
  /^\p{Lu}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){0,3}(?: \d{1,2} [-–] \d{1,2} | [-–] )\p{Lu}[\p{L}'.-]*(?: \p{L}[\p{L}'.-]*){0,3}$/u;

/** A standings row: a rank, a name (no digit), figures and a unit (`1. EST 28 pts`). */
const STANDING = /^\d{1,2}\. \p{Lu}\D{0,30}(?: \d{1,3})+(?: \p{L}{1,6})?$/u;

/** An Arabic result: two names in Arabic letters around a score (`الرجاء 2 - 1 الوداد`), Arabic having no capitals. */
const ARABIC_RESULT = /^[\p{sc=Arab} ]{2,40} \d{1,2} [-–] \d{1,2} [\p{sc=Arab} ]{2,40}$/u;

/**
 * A market table's quote row: a name (no digit, no colon) and a signed change in per cent
 * (`Banque X +5,20 %`, `بنك الأمان +4.12%`), as a stock report lists its gainers and losers.
 */
const QUOTE_ROW = /^[^\d:+−-]{2,40} [+−-]\d{1,3}(?:[.,]\d{1,2})? ?%$/u;

/**
 * Whether `text` holds a spaced dash (` - `, ` – `), which {@link FIXTURE} and
 * {@link ARABIC_RESULT} both need between their names: native searches rule most
 * lines out before either pattern runs.
 */
function holdsSpacedDash(text: string): boolean {
  return text.includes(' - ') || text.includes(' – ');
}

/**
 * Whether a line is a row of a results table (`EST 3 - 0 ST`, a score between the names; `1. EST 28 pts`)
 * or of a market table (`Banque X +5,20 %`).
 */
export function isResultLine(text: string): boolean {
  return (
    text.length <= 80 &&
    ((holdsSpacedDash(text) &&
      ((/\d [-–] \d/.test(text) && FIXTURE.test(text)) || ARABIC_RESULT.test(text))) ||
      STANDING.test(text) ||
      // A quote row ends with its per cent sign: the pattern is not run on other lines.
      (text.endsWith('%') && QUOTE_ROW.test(text)))
  );
}

/**
 * Page furniture that a run of short lines holds on web pages and a news
 * list never does: breadcrumbs, credits and captions, bullets and image
 * placeholders, bylines and date lines, and a line opening in lower case
 * (a phrase continuing the line before, as a script written one phrase per
 * line does).
 */
function pageFurniture(text: string): boolean {
  return pageFurnitureShape(text) || (text.length <= 300 && isPhotoCredit(text));
}

/** {@link pageFurniture} but for photo credits, the one check that folds the line. */
function pageFurnitureShape(text: string): boolean {
  const c = text.charAt(0);
  if (c === '[' || c === '(' || startsWithBullet(text)) return true;
  if (c >= 'a' && c <= 'z') return true;
  // A quotation and who said it (`"…" - A farmer`), as a page of quotes prints one a line; a match, a result.
  if (
    NOT_HEADLINE.test(text) ||
    isAttributedQuote(text) ||
    (holdsSpacedDash(text) && FIXTURE.test(text)) ||
    isResultLine(text)
  )
    return true;
  // Every meta start opens with one of these letters, in capitals here (lower case returned above).
  if (!'PBMUV'.includes(c)) return false;
  const lower = text.slice(0, 12).toLowerCase();
  for (const start of META_STARTS) if (lower.startsWith(start)) return true;
  return false;
}

/** Last characters of a sentence or of a teaser cut short (`…`, `...`, `[…]` and `(...)` end with `.` or are ruled out by their `…` and `...`). */
const SENTENCE_ENDS = '.:;,…。，、；：';

/** A menu's separator or a teaser's ellipsis (` | `, `…`, `...`), in one native search. */
const MENU_OR_CUT = / \| |…|\.\.\./;

/** Longest lead before a headline's bar (`مباشر | …`, `Vidéo | …`). */
const BAR_LEAD = 24;

/**
 * Whether the line's one ` | ` closes a short lead (three words at most) before
 * four words or more, with no teaser's ellipsis: a headline's kicker (`مباشر |
 * جلسة الأسئلة الشفوية بمجلس النواب`), not a menu's or a breadcrumb's parts.
 */
function barKicker(text: string): boolean {
  const bar = text.indexOf(' | ');
  if (bar <= 0 || bar > BAR_LEAD || text.includes(' | ', bar + 3)) return false;
  if (text.includes('…') || text.includes('...') || spacesAtLeast(text.slice(0, bar), 3))
    return false;
  return spacesAtLeast(text.slice(bar + 3), 3);
}

/** A clock time (`10:15`, `٠٩:٣٠`). */
const STAMP_TIME = /[\d٠-٩]:[\d٠-٩]{2}/u;
/** A line opening with a clock time and then a word (`08:47 Bac 2025 : …`), as a ticker's timed headline does. */
const TIMED_HEADLINE = /^[\d٠-٩]{1,2}:[\d٠-٩]{2} \p{L}/u;
/** A line closing with a clock time after a word (`Dinar Steady Against Euro 11:15`), as a sidebar's latest headlines print it. */
const TIME_CLOSED_HEADLINE = /\p{L} [\d٠-٩]{1,2}:[\d٠-٩]{2}$/u;

/** Shortest headline: a shorter line in a run is its next headline's time or label. */
export const HEADLINE_MIN = 12;
/** Longest headline, in characters (Chinese and Japanese ones measured by `proseLength`). */
const HEADLINE_MAX = 160;

/** A line that reads like a headline: 12–160 characters, no sentence end, no teaser ellipsis. */
export function headlineLike(text: string): boolean {
  return headlineShaped(text) && !pageFurniture(text);
}

/** {@link headlineLike} but for {@link pageFurniture}, which the caller checks. */
function headlineShaped(text: string): boolean {
  // A Chinese or Japanese line says in 60 characters what a French one says in 160.
  if (
    text.length < HEADLINE_MIN ||
    text.length > HEADLINE_MAX ||
    (text.length > 53 && proseLength(text) > HEADLINE_MAX)
  )
    return false;
  // Read at the line's end, not searched for (an end-anchored pattern is tried at every position).
  if (SENTENCE_ENDS.includes(text.charAt(text.length - 1))) return false;
  // Breadcrumbs and menus (` | `), numbered widget lists (`1. … (5.00)`), short date lines.
  if (
    (MENU_OR_CUT.test(text) && !barKicker(text)) ||
    /^\d{1,2}\. /u.test(text) ||
    (text.endsWith(')') && /\(\d(?:[.,]\d\d)?\)$/u.test(text))
  )
    return false;
  if (text.length < 32 && /[\d٠-٩]{4}/u.test(text)) return false;
  // A year and a clock time: a stamp (`كريم العلوي الأربعاء 16 يوليوز 2025 - 10:15`), whatever else the line holds,
  // but for a headline that opens with its time (`08:47 Bac 2025 : les résultats attendus jeudi`, six words or more).
  if (
    text.includes(':') &&
    STAMP_TIME.test(text) &&
    /[\d٠-٩]{4}/u.test(text) &&
    !(TIMED_HEADLINE.test(text) && spacesAtLeast(text, 5))
  )
    return false;
  // Two sentences in one line are body text, not a headline.
  return !/[.!?؟] \p{Lu}/u.test(text) && !/[。！？]./u.test(text);
}

/**
 * A sentence that announces a list: six words or more, ending with a colon
 * (`The tour dates:`); a label (`Latest news:`) is shorter. Or a recipe's
 * heading over its ingredients (`Ingredients`, `Zutaten`, `Ingrédients :`,
 * `Zutaten für 4 Personen`), whose items are the article's however short.
 * `folded` is `text`'s fold when the caller has it (a block's kept fold).
 */
export function introducesList(text: string, folded?: string): boolean {
  // Six words: five spaces (`split(' ')` counted, without the array).
  if (text.endsWith(':') && spacesAtLeast(text, 5)) return true;
  if (text.length > INGREDIENTS_MAX || !INGREDIENT_STARTS.has(text.charAt(0))) return false;
  // The heading's word, alone or before the servings (`Ingrédients pour 4 personnes`, `Zutaten für 4 Personen`).
  // (`folded`, the caller's fold of `text`, serves when no colon or space closes the line.)
  const trimmed = trimEndOf(text, ': ');
  const t = folded !== undefined && trimmed === text ? folded : fold(trimmed);
  const space = t.indexOf(' ');
  return space < 0 ? INGREDIENTS.has(t) : INGREDIENTS.has(t.slice(0, space)) && /\d/.test(t);
}

/** Headings over a recipe's ingredients as written, in the languages of the function-word lists and a few more. */
const INGREDIENT_HEADINGS = /* @__PURE__ */ phrases(
  'ingredients|ingrédients|zutaten|ingredientes|ingredienti|ingrediënten|hozzávalók|składniki|ингредиенты|' +
    'المكونات|المقادير',
);
/** The headings above, folded. */
const INGREDIENTS = new Set(INGREDIENT_HEADINGS.map(fold));
/** Their first characters in either case: other lines are not folded for them. */
const INGREDIENT_STARTS = new Set(
  INGREDIENT_HEADINGS.flatMap((h) => [h.charAt(0), h.charAt(0).toUpperCase()]),
);
/** Longest ingredients heading, servings included (`Ingrédients pour 4 personnes`). */
const INGREDIENTS_MAX = 40;

/** Longest label between a list's introducing sentence and its items (`NOT SCARY`, `Dates`). */
const LIST_LABEL = 40;

/** Whether a line can be a short label over a list's items (`NOT SCARY`, `Dates`): short, no sentence end. */
export function isListLabel(text: string): boolean {
  return text.length <= LIST_LABEL && !/[.!?…]$/u.test(text);
}

/**
 * Whether the list whose first item is block `first` is introduced by a
 * sentence ending in a colon (`The tour dates:`), right above it or above a
 * short label of the list's (`…looked like this:⏎NOT SCARY⏎Writing a blog post`):
 * such a list is the text's own, no ticker.
 */
function introducedAt(blocks: readonly Block[], first: number): boolean {
  // The run opening with an ingredients heading: Chromium prints the heading glued over its items.
  if (introducesList(blocks[first]?.text ?? '')) return true;
  // The list's first items may stand above the run, too short for headlines (`2 eggs`): walked back over.
  let k = first - 1;
  while (k >= 0 && first - k <= SHORT_ITEMS && shortItem(blocks[k], blocks[k + 1])) k--;
  const above = blocks[k];
  if (!above) return false;
  if (introducesList(above.text)) return true;
  const intro = blocks[k - 1];
  return isListLabel(above.text) && intro !== undefined && introducesList(intro.text);
}

/**
 * Whether the run's lines `first`–`last` are a text written one phrase a line (a programme's script: `حيث يستعد
 * الفلاحون …` ⏎ `لكن الجرارات …`), no headlines: two of them or more, and a fifth of them, open with a word that
 * continues the line before ({@link CLAUSE_OPENERS}), which no headline opens with.
 */
export function phrasesOfText(blocks: readonly Block[], first: number, last: number): boolean {
  let opened = 0;
  for (let k = first; k <= last; k++) {
    const text = blocks[k]?.text ?? '';
    const space = text.indexOf(' ');
    if (space > 0 && space <= OPENER_MAX && CLAUSE_OPENERS.has(text.slice(0, space))) opened++;
  }
  return opened >= 2 && opened * 5 >= last - first + 1;
}

/** Longest word of {@link CLAUSE_OPENERS}: a longer first word is not looked up. */
const OPENER_MAX = 7;

/** Most items walked back over above a run. */
const SHORT_ITEMS = 40;

/** Longest line walked over as one of a list's items above a run (two items a renderer printed on one line). */
const ITEM_MAX = 2 * HEADLINE_MAX;

/**
 * Whether `b` is one of the list's items above the run, with no blank line
 * between it and the next line: no sentence end (`2 eggs`, `June 20 -- Walnut
 * Creek, Raleigh, NC    June 23 -- …`, two items on one line, too long for a headline).
 */
function shortItem(b: Block | undefined, next: Block | undefined): boolean {
  return (
    b !== undefined &&
    next !== undefined &&
    next.blankBefore === 0 &&
    b.text.length <= ITEM_MAX &&
    !/[.!?…]$/u.test(b.text) &&
    !introducesList(b.text)
  );
}

/**
 * Marks with 1 in `marks` the blocks of every stretch of {@link MIN_RUN} or
 * more blocks in a row that pass `ok`, and tells whether there is one. Each
 * block is tested once at most, most blocks not at all: a stretch holds every
 * block it covers, so the search tests the last block of the next MIN_RUN
 * first, and a block that fails lets it start again right after that block.
 */
function markStretches(
  blocks: readonly Block[],
  ok: (b: Block) => boolean,
  marks: Uint8Array,
): boolean {
  const n = blocks.length;
  // 0 not tested, 1 passes, 2 fails.
  const known = new Uint8Array(n);
  const passes = (k: number): boolean => {
    let v = known[k] ?? 2;
    if (v === 0) {
      const b = blocks[k];
      v = b !== undefined && ok(b) ? 1 : 2;
      known[k] = v;
    }
    return v === 1;
  };
  let found = false;
  // Every stretch of MIN_RUN that passes and starts before `i` is marked; block i - 1 fails.
  let i = 0;
  while (i + MIN_RUN <= n) {
    const j = i + MIN_RUN - 1;
    // A stretch starting in i..j covers j.
    if (!passes(j)) {
      i = j + 1;
      continue;
    }
    // A stretch starting in i..p covers p.
    let p = j - 1;
    while (p >= i && passes(p)) p--;
    if (p >= i) {
      i = p + 1;
      continue;
    }
    // Blocks i..j pass, block i - 1 fails: the stretch runs from i to the next block that fails.
    let e = j + 1;
    while (e < n && passes(e)) e++;
    marks.fill(1, i, e);
    found = true;
    i = e + 1;
  }
  return found;
}

/** A line with no time ({@link timing}). */
const UNTIMED = 0;
/** A clock time alone on its line, over its headline. */
const TIME_ALONE = 1;
/** A headline opening with its time (`09:52 Sfax : …`). */
const TIME_LED = 2;
/** A headline closing with its time (`… Euro 11:15`). */
const TIME_CLOSED = 3;

/** How a line of a run is timed: {@link TIME_ALONE}, {@link TIME_LED}, {@link TIME_CLOSED} or {@link UNTIMED}. */
function timing(text: string): number {
  if (isTimeOfDay(text)) return TIME_ALONE;
  if (TIMED_HEADLINE.test(text)) return TIME_LED;
  return TIME_CLOSED_HEADLINE.test(text) ? TIME_CLOSED : UNTIMED;
}

/**
 * Whether `b` is a clock time alone on its line right over a line that passes
 * `headline`, with no blank line between: that headline's stamp, as a ticker
 * prints its times (`14:05` ⏎ `<headline>`). Above the page's first prose
 * (`prose`, a block index), one blank line under the time as over it does too:
 * innerText prints one between every two blocks, and a ticker heads the page
 * (under prose, such times are a schedule's). `blocks` are the document's, in order.
 */
function timeOver(
  blocks: readonly Block[],
  b: Block,
  headline: (b: Block) => boolean,
  prose: number,
): boolean {
  if (!isTimeOfDay(b.text)) return false;
  const next = blocks[b.index + 1];
  return (
    next !== undefined &&
    (next.blankBefore === 0 ||
      (next.blankBefore === 1 && b.blankBefore === 1 && b.index < prose)) &&
    headline(next)
  );
}

/** Shortest line read as the page's first prose ({@link timeOver}). */
const PROSE_LINE = 150;

/** Index of the first block of prose (a line of {@link PROSE_LINE} characters or more closed by a stop), or the count of blocks. */
function firstProse(blocks: readonly Block[]): number {
  for (const b of blocks)
    if (b.text.length >= PROSE_LINE && '.!?؟'.includes(b.text.charAt(b.text.length - 1)))
      return b.index;
  return blocks.length;
}

/**
 * The texts of every run of {@link MIN_RUN} lines or more printed again
 * further down in the same order (each line's copy right under the copy of
 * the line above it). `firstAt` gives where each counted line was first seen,
 * `lengths` marks the counted lines' lengths (a line of another length is not
 * looked up: hashing every long paragraph cost more than the rest of the pass).
 */
function repeatedRuns(
  blocks: readonly Block[],
  firstAt: ReadonlyMap<string, number>,
  lengths: Uint8Array,
): Set<string> {
  const boxed = new Set<string>();
  // A run's copies each repeat another line: fewer lines seen twice make none.
  if (firstAt.size < MIN_RUN) return boxed;
  let chain = 0;
  let from = -1;
  const close = (to: number): void => {
    if (chain >= MIN_RUN)
      for (let k = to - chain + 1; k <= to; k++) boxed.add(blocks[k]?.text ?? '');
    chain = 0;
  };
  for (const b of blocks) {
    const first = lengths[b.text.length] === 1 ? firstAt.get(b.text) : undefined;
    const copy = first !== undefined && first < b.index - 1;
    if (copy && chain > 0 && first === from + 1) chain++;
    else {
      close(b.index - 1);
      if (copy) chain = 1;
    }
    from = copy ? first : -1;
  }
  close(blocks.length - 1);
  return boxed;
}

/**
 * Labels of a breaking-news bar (`عاجل`, `Urgent:`), folded, colon aside: alone on a line over each of its headlines
 * (those shorter than a headline), or opening a bar printed on one line (`Dernière minute : A • B • C`, `bar-line.ts`).
 */
export const BREAKING = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'عاجل|أخبار عاجلة|urgent|breaking|breaking news|flash|flash info|dernière heure|dernière minute',
  ).map(fold),
);
/** Longest breaking label ({@link BREAKING}: `Dernière minute :`). */
const LABEL_MAX = 18;

/** Whether a line is a breaking label alone (`Breaking News`, `Dernière heure :`): a bar's, never one of its headlines. */
export function isBreakingLabel(text: string, folded?: string): boolean {
  return text.length <= LABEL_MAX && BREAKING.has(trimEndOf(folded ?? fold(text), ': '));
}

/** Fewest headlines of a breaking bar read as a ticker (a ticker line's fewest items). */
const MIN_LABELLED = 3;

/** A line's lead before ` | `, `: ` or ` - ` (`عاجل | …`, `Urgent : …`), twelve characters at most, in lower case, or ''. */
function leadOf(text: string): string {
  return /^([^|:-]{4,12}?) ?[|:-] /u.exec(text)?.[1]?.toLowerCase() ?? '';
}

/** A breaking bar being walked: its label's block, its folded head, and whether the label stands alone on its line. */
interface Bar {
  label: Block;
  head: string;
  alone: boolean;
}

/**
 * Whether a breaking bar's walk goes on at block `k`, by the bar's shape: each headline opening with the label
 * (`عاجل | <headline>`); or, the label alone on its line, the label again over a headline, or a headline under it.
 */
function barGoesOn(
  blocks: readonly Block[],
  k: number,
  bar: Bar,
  ok: (h: Block | undefined) => h is Block,
): boolean {
  const h = blocks[k];
  if (!h) return false;
  if (!bar.alone) return ok(h) && leadOf(h.text) === bar.head;
  return h.text === bar.label.text ? ok(blocks[k + 1]) : ok(h);
}

/**
 * Breaking bars, three headlines or more: the same label alone over each
 * headline (`عاجل` ⏎ `<headline>` ⏎ `عاجل` ⏎ `<headline>` …), once over all
 * of them (`عاجل` ⏎ `<headline>` ⏎ `<headline>` ⏎ `<headline>`), or opening
 * each (`عاجل | <headline>` on each line). A ticker however few, the labels
 * its own. Under a label alone, the last line before page text (a line of a
 * headline's length, or one with a digit: a date) is the article's title.
 * A run's lines are skipped past: each line is read once.
 */
export function labelledRuns(
  blocks: readonly Block[],
  free: (b: Block) => boolean,
  folded: (b: Block) => string,
): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const ok = (h: Block | undefined): h is Block =>
    h !== undefined && h.blankBefore <= 1 && free(h) && headlineLike(h.text);
  for (let i = 0; i < blocks.length; i++) {
    const label = blocks[i];
    if (!label) continue;
    // A label's first letter read first (`ع`, `أ`, `u`, `b`, `f`, `d`): most lines open otherwise, and are read no further.
    if (!'عأUuBbFfDd'.includes(label.text.charAt(0))) continue;
    const alone =
      label.text.length < HEADLINE_MIN ||
      // (The length read first: the fold of a long line is dear.)
      (label.text.length <= LABEL_MAX && isBreakingLabel(label.text, folded(label)));
    const head = alone ? trimEndOf(folded(label), ': ') : leadOf(label.text);
    if (!BREAKING.has(head)) continue;
    const bar: Bar = { label, head, alone };
    let k = i;
    let heads = 0;
    for (; barGoesOn(blocks, k, bar, ok); k++)
      if (
        (blocks[k]?.text.length ?? 0) >= HEADLINE_MIN &&
        !(alone && blocks[k]?.text === label.text)
      )
        heads++;
    const next = blocks[k];
    if (alone && next && (next.text.length >= HEADLINE_MIN || /\d/u.test(next.text))) {
      k--;
      heads--;
    }
    // Fewer headlines: the walk went over MIN_LABELLED lines or so, walked again from the next.
    if (heads < MIN_LABELLED) continue;
    runs.push([i, k - 1]);
    i = k - 1;
  }
  return runs;
}

/**
 * Whether `b`, the line under a run, is a rubric over the article's headline
 * (`Business` ⏎ <headline>): shorter than a headline, no digit (a date line's),
 * a headline-shaped line of five words or more right under it (a footer's
 * links are shorter). The run's last line is then its own.
 */
function rubricOverHeadline(blocks: readonly Block[], b: Block): boolean {
  const next = blocks[b.index + 1];
  return (
    b.text.length < HEADLINE_MIN &&
    !/\d/u.test(b.text) &&
    next !== undefined &&
    spacesAtLeast(next.text, 4) &&
    headlineShaped(next.text)
  );
}

/**
 * Whether `b` is a line of an author's box: a name over the author's trade, or
 * the trade under the name (`Amina Belkacem` ⏎ `Energy correspondent` ⏎ `Riad
 * Mansouri` ⏎ `Staff writer`; the name as the article's header reads one,
 * `nameLine`): an article's byline, no headline of a list. `names` keeps each
 * line's name answer by its index, for one list of blocks (a new one when not given).
 */
export function authorBoxLine(
  blocks: readonly Block[],
  b: Block,
  names: Uint8Array = new Uint8Array(blocks.length),
): boolean {
  const above = blocks[b.index - 1];
  const below = blocks[b.index + 1];
  return nameAt(names, b.index, b.text)
    ? below !== undefined && isTradeLine(below.text)
    : above !== undefined && nameAt(names, b.index - 1, above.text) && isTradeLine(b.text);
}

/**
 * {@link nameLine} of `text`, block `k`'s, kept in `names` (0 not asked yet, 1 no, 2 yes): {@link headlineRuns}
 * asks {@link authorBoxLine} of every line of a stretch in turn, which reads each line's name as its own and
 * again as the line above the next.
 */
function nameAt(names: Uint8Array, k: number, text: string): boolean {
  const kept = names[k] ?? 0;
  if (kept !== 0) return kept === 2;
  const name = nameLine(text);
  names[k] = name ? 2 : 1;
  return name;
}

/**
 * A labelled byline naming a person and closing with the name (`Por Inés Carballo`, `By Jane Doe`), as an
 * article's header prints it; a teaser's meta line goes on after the name (`Autor: X, Datum: …`).
 */
function namedByline(b: Block): boolean {
  const byline = recogniseByline(b);
  return (
    byline?.name !== undefined &&
    byline.nameEnd !== undefined &&
    b.text.slice(byline.nameEnd - b.start).trim().length === 0
  );
}

/** Whether block `k` is a deck under the headline right above it (clearly longer, {@link deckLonger}). */
function deckOver(blocks: readonly Block[], k: number): boolean {
  return deckLonger(blocks[k - 1]?.text ?? '', blocks[k]?.text ?? '');
}

/**
 * Runs of consecutive `free` blocks that are all headline-like, at least
 * {@link MIN_RUN} long, separated by at most one blank line. Returns the
 * block index ranges `[first, last]`. `folded` gives a block's folded text
 * (one fold per block, shared with later readers).
 */
export function headlineRuns(
  blocks: readonly Block[],
  free: (b: Block) => boolean,
  folded: (b: Block) => string,
): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  // Every test but two: the repeated lines' (a count of the page's lines equal to a candidate)
  // and the photo credit's (which folds the line). Both only take lines out, and a run needs
  // MIN_RUN lines in a row: a page with no such stretch has no run, and needs neither.
  // The shape is read only for free lines, the only ones a run takes.
  // Only lines of a stretch of MIN_RUN in a row can end in a run (taking lines out only
  // shortens stretches): only these are marked, and only these lines' copies counted.
  const cheap = new Uint8Array(blocks.length);
  const headline = (b: Block): boolean =>
    free(b) && headlineShaped(b.text) && !pageFurnitureShape(b.text);
  // A time alone on its line over a headline (`14:05` ⏎ `Sonatrach signe un accord…`): the headline's stamp, in the run.
  // (The time's test first: most lines are no time, and `free` is the dearer test.)
  const prose = firstProse(blocks);
  const shaped = (b: Block): boolean =>
    headline(b) || (timeOver(blocks, b, headline, prose) && free(b));
  if (!markStretches(blocks, shaped, cheap)) return runs;
  const seen = new Map<string, number>();
  // Lengths of the counted lines (headline-shaped lines are at most 160 characters): a line of
  // another length is no copy of one, and is not hashed.
  const lengths = new Uint8Array(HEADLINE_MAX + 1);
  let stretch = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && cheap[i] === 1) {
      stretch++;
      continue;
    }
    for (let k = i - stretch; k < i; k++) {
      if (stretch < MIN_RUN) cheap[k] = 0;
      else {
        const text = blocks[k]?.text ?? '';
        seen.set(text, 0);
        lengths[text.length] = 1;
      }
    }
    stretch = 0;
  }
  // A line printed twice is a page's title, not a headline of a list (a copy of a headline-shaped
  // line is shaped alike, wherever it stands).
  // Where each counted line was first seen: a run of MIN_RUN lines or more printed again in the same order
  // is a box printed twice (the latest news at the page's top and again at its foot), its headlines no titles.
  const firstAt = new Map<string, number>();
  for (const b of blocks) {
    const n = b.text.length;
    if (n > HEADLINE_MAX || lengths[n] !== 1) continue;
    const count = seen.get(b.text);
    if (count === undefined) continue;
    seen.set(b.text, count + 1);
    if (count === 0) firstAt.set(b.text, b.index);
  }
  const boxed = repeatedRuns(blocks, firstAt, lengths);
  // The repeated lines out; lines inside a stretch of MIN_RUN in a row marked 2, the only
  // ones whose photo credit can break a run.
  stretch = 0;
  // Each line's name answer, read by the author's box test of the line and of the line under it.
  const names = new Uint8Array(blocks.length);
  for (const b of blocks) {
    // Two headlines stamped the same minute print the same time twice: no title's repeat.
    if (
      cheap[b.index] === 1 &&
      ((seen.get(b.text) ?? 0) < 2 || isTimeOfDay(b.text) || boxed.has(b.text)) &&
      !authorBoxLine(blocks, b, names)
    ) {
      if (++stretch >= MIN_RUN)
        for (let k = b.index; k > b.index - stretch && cheap[k] === 1; k--) cheap[k] = 2;
    } else {
      cheap[b.index] = 0;
      stretch = 0;
    }
  }
  let first = -1;
  // How the run's lines are timed ({@link timing}): a timed run's lines are all timed alike, a line
  // that is not ends it (the article's title under a ticker, a box's label).
  let timed = UNTIMED;
  const close = (to: number): void => {
    // A time is its headline's: none closes the run, and times are not counted as headlines.
    let last = to;
    if (last >= first && isTimeOfDay(blocks[last]?.text ?? '')) last--;
    let headlines = 0;
    // Nor is a teaser's relative time under its headline (`Il y a 3 jours`, `منذ يومين`) one.
    for (let k = first; k >= 0 && k <= last; k++)
      if (!isTimeOfDay(blocks[k]?.text ?? '') && !isRelativeTimeLine(blocks[k]?.text ?? ''))
        headlines++;
    if (
      first >= 0 &&
      headlines >= MIN_RUN &&
      !introducedAt(blocks, first) &&
      !phrasesOfText(blocks, first, last)
    )
      runs.push([first, last]);
    first = -1;
    timed = UNTIMED;
  };
  for (const b of blocks) {
    const kind = cheap[b.index] ?? 0;
    let time = kind === 0 ? UNTIMED : timing(b.text);
    // A headline closed by its time times a run only when the next line is closed by one too: alone, it is an
    // untimed run's headline that names an hour (`… منذ 10:00`).
    if (
      time === TIME_CLOSED &&
      timed !== TIME_CLOSED &&
      timing(blocks[b.index + 1]?.text ?? '') !== TIME_CLOSED
    )
      time = UNTIMED;
    const ok =
      kind !== 0 &&
      (timed === UNTIMED ||
        time === timed ||
        (timed === TIME_ALONE && isTimeOfDay(blocks[b.index - 1]?.text ?? ''))) &&
      (first < 0 || b.blankBefore <= 1) &&
      (kind === 1 || !isPhotoCredit(b.text, folded(b))) &&
      // A schedule's entry (`June 9 – West Palm Beach, FL`, `12 juin : Casablanca`) is no headline
      // (asked, as the credit is, only of lines in a stretch long enough to be a run).
      (kind === 1 || !opensWithDayMonth(b.text)) &&
      // A button's label (`Je m'inscris`, `S'abonner`) is no headline: a form's or a footer's line.
      (kind === 1 || !isCallToAction(b.text, folded(b))) &&
      // A share bar (`Teilen: Facebook WhatsApp E-Mail`) is no headline: the post's foot, between its text and the boxes under it.
      (kind === 1 || !isShareBar(folded(b))) &&
      // A related or most-read box's heading (`Dans la même rubrique`, `Les plus lus`) is no headline: it opens a box of links.
      !isRelatedBoxHeading(b.text, folded(b)) &&
      // Nor a breaking label alone (`Breaking News`, `Dernière heure`): it heads the run.
      !isBreakingLabel(b.text, b.text.length <= LABEL_MAX ? folded(b) : '') &&
      !isMoreHeading(b.text, folded(b)) &&
      // A byline naming its author (`Por X`, `By X`) is no headline: the article's header, under its headline.
      (kind === 1 || !namedByline(b));
    if (ok) {
      // The first time in a run of untimed lines opens a timed run (the lines above are a label, or a run of their own).
      if (time !== UNTIMED && timed === UNTIMED && first >= 0) close(b.index - 1);
      if (first < 0) {
        first = b.index;
        timed = time;
      }
      continue;
    }
    // The article's own title follows the block with no gap: when page text (not
    // interface text) comes after the run, its last line is that title, not a headline
    // (a timed run stops at the first line with no time over it: the title is not in it),
    // unless that text is a rubric over the headline (`Business` ⏎ <headline>).
    // A byline under the run: the headline is the run's last line, or the one above it when the last is its
    // deck (a line longer by a few words: `<headline>` ⏎ `<deck>` ⏎ `Por X`).
    const signed = first >= 0 && timed === UNTIMED && kind === 2 && namedByline(b);
    close(
      signed
        ? b.index - (deckOver(blocks, b.index - 1) ? 3 : 2)
        : first >= 0 &&
            timed === UNTIMED &&
            b.index - first > MIN_RUN &&
            free(b) &&
            !rubricOverHeadline(blocks, b)
          ? b.index - 2
          : b.index - 1,
    );
  }
  close(blocks.length - 1);
  return runs;
}
