/**
 * Recogniser for an engagement counter standing alone on its line: how many
 * times the page was shared, viewed, liked or read (`197 Shares`, `1.2K
 * shares`, `653,817 VIEWS`, `1 234 vues`, `12 Aufrufe`). A share bar's or a
 * page header's number, never the article's text. Words are data, matched on
 * folded text.
 */
import { fold } from '../text/fold.js';
import { phrases } from '../util/tables.js';

/** What is counted (folded, singular and plural). */
const COUNTED = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    "share|shares|view|views|like|likes|read|reads|partage|partages|vue|vues|lecture|lectures|j'aime|" +
      'aufruf|aufrufe|mal geteilt|mal gelesen|compartido|compartidos|vista|vistas|visualizzazioni|' +
      'condivisioni|مشاهدة|مشاهدات|مشاركة',
  ),
);

/** A count as written: digits with `,` `.` or spaces inside, and a `k`/`m` suffix. */
const COUNT = /^\d[\d.,\u00a0 ]{0,12}[km]? /u;

/** Longest line read as a counter. */
const MAX = 40;

/** Counts that stand beside the others on one line (`5343 mal gelesen | 32 Kommentare`), never alone: alone, `32 Comments` heads a thread. */
const BESIDE = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases(
    'comment|comments|kommentar|kommentare|commentaire|commentaires|comentario|comentarios',
  ),
);

/** Separators between counters on one line. */
const JOINS = [' | ', ' · ', ' • '];

/** Longest line of joined counters. */
const MAX_JOINED = 80;

/** One count and what it counts; comments count only `beside` other counters. */
function counter(folded: string, beside: boolean): boolean {
  const c = folded.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return false;
  const m = COUNT.exec(folded);
  if (m === null) return false;
  const what = folded.slice(m[0].length).trim();
  return COUNTED.has(what) || (beside && BESIDE.has(what));
}

/**
 * True when a folded line is a number of shares, views, likes or reads alone,
 * or several counters joined (`5343 mal gelesen | 32 Kommentare`), comments
 * among them.
 */
export function isEngagementCounter(folded: string): boolean {
  if (folded.length > MAX_JOINED) return false;
  const c = folded.charCodeAt(0);
  if (c < 0x30 || c > 0x39) return false;
  const join = JOINS.find((j) => folded.includes(j));
  if (join === undefined) return folded.length <= MAX && counter(folded, false);
  return folded.split(join).every((part) => counter(part.trim(), true));
}

/** Whether a folded text is one count and what it counts, comments too (`71 kommentare`, `3 views`): a post's meta line's tail. */
export function isPostCount(folded: string): boolean {
  return folded.length <= MAX && counter(folded, true);
}

/** Longest line read as a widget's entry closed by its count. */
const MAX_ENTRY = 60;

/**
 * Whether a short line is an entry of an archive or category widget, closed
 * by its count in brackets (`Februar 2020 (4)`, `Politik (12)`): the bracket
 * closes a number, not a sentence. Read from the line's end, no pattern.
 */
export function endsWithEntryCount(text: string): boolean {
  const n = text.length;
  if (n > MAX_ENTRY || n < 4 || text.charCodeAt(n - 1) !== 0x29) return false;
  let i = n - 2;
  while (i >= 0 && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i--;
  // One digit at least, the opening bracket, and an entry before it.
  return i < n - 2 && i > 0 && text.charCodeAt(i) === 0x28;
}

/** A count then what it counts, closing a line (`… 18:20 2.431 مشاهدة`, `1 243 vues`: a space parts thousands). */
const COUNT_LAST = /(?:^| )\d(?:[\d.,\u00a0]| (?=\d{3}[^\d])){0,16}[kKmM]? (\p{L}+)$/u;
/** What is counted, a colon, then the count, closing a line (`… 18:20 مشاهدة: 2.431`, `Vues : 1 234`). */
const LABEL_LAST = /(?:^| )(\p{L}+) ?: ?\d[\d., \u00a0]{0,12}[kKmM]?$/u;

/** A past participle of reading or seeing, then the count and a word for times, closing a line (`Lu 1 243 fois`). */
const VERB_COUNT_LAST = /(?:^| )(\p{L}+) \d[\d., \u00a0]{0,12} \p{L}+$/u;

/** The participles read before such a count (folded). */
const READ_VERBS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('lu|vu|consulte|read|viewed|seen|visto|letto|lido|visualizzato|قرئ|شوهد'),
);

/** The words for times closing such a count (folded). */
const TIMES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('fois|times|veces|volte|vezes|مرة|مرات'),
);

/**
 * Where a counter of views, shares, likes or reads closing a line starts (its
 * space before included), or -1: `2.431 مشاهدة` or, label first,
 * `مشاهدة: 2.431`, `Vues : 1 234`, `Views: 2,431`, or a participle first
 * (`Lu 1 243 fois`, `Read 532 times`), as a header's meta line closes after
 * the name and the date.
 */
export function trailingCounterAt(text: string): number {
  // The count closes the line (label first), or what is counted does (count first), or a word for times does
  // (participle first): the last word is read alone before any pattern runs, as most lines end with none.
  const end = /[kKmM]$/u.test(text) ? text.length - 2 : text.length - 1;
  const c = text.charCodeAt(end);
  if (c >= 0x30 && c <= 0x39) return counted(LABEL_LAST.exec(text), COUNTED);
  const last = fold(text.slice(text.lastIndexOf(' ') + 1));
  if (COUNTED.has(last)) return counted(COUNT_LAST.exec(text), COUNTED);
  return TIMES.has(last) ? counted(VERB_COUNT_LAST.exec(text), READ_VERBS) : -1;
}

/** Where a counter's match starts when its word (group 1) is among `words`, else -1. */
function counted(m: RegExpExecArray | null, words: ReadonlySet<string>): number {
  return m && words.has(fold(m[1] ?? '')) ? m.index : -1;
}
