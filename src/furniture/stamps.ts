/**
 * Recogniser for a page's publication or update stamp on a line of its own
 * (`PUBLISHED: 10:48, Tue, Nov 19, 2019`, `| UPDATED: 11:05, …`, `Posted on
 * Tuesday 15 October 2019 at 09:11 by X.`, `Pubblicato il 19 Febbraio 2020`,
 * `Mis à jour le 12/03/2024 à 11:05`): a label that says when, and a date
 * taking a good share of what follows. The article's date is read elsewhere;
 * in the body such a line is furniture. Labels are data, matched on folded
 * line starts.
 */
import { opensWithDayMonth } from '../dates/day-month.js';
import { dateShare, findDates } from '../dates/find-dates.js';
import { fold } from '../text/fold.js';
import { prefixTest } from '../text/prefixes.js';
import { phrases } from '../util/tables.js';

/** Labels opening a stamp (folded). */
const LABELS = /* @__PURE__ */ phrases(
  'published|updated|last updated|posted|modified|publie|' +
    // A broadcast's air date (`Diffusé le 21/10/2023`, `Broadcast on 12 March 2024`, `بث يوم الأحد 6 ديسمبر 2026`).
    'diffuse le|broadcast on|بث يوم|بث بتاريخ|تاريخ البث|mis a jour|modifie|veroffentlicht|veroffentlichung|publiziert|erstellt am|' +
    'erschienen|datum|date|stand:|aktualisiert|publicado|publicada|actualizado|atualizado|pubblicato|' +
    'aggiornato|ultima modifica|' +
    // A press release's date (`Pressemitteilung vom 20.01.2022`, `Press release, 19 November 2021`).
    'pressemitteilung|press release|opublikowano|aktualizacja|gepubliceerd|bijgewerkt|опубликовано|' +
    'обновлено|yayınlanma|guncelleme|نشر في|نشر بتاريخ|تاريخ النشر|اخر تحديث',
);

const opensWithLabel = prefixTest(LABELS);

/** The labels above that say when the page was changed, not first published (folded). */
const UPDATE_LABELS = /* @__PURE__ */ phrases(
  'updated|last updated|modified|mis a jour|modifie|aktualisiert|stand:|actualizado|atualizado|aggiornato|' +
    'ultima modifica|aktualizacja|bijgewerkt|обновлено|guncelleme|اخر تحديث',
);

const opensWithUpdate = prefixTest(UPDATE_LABELS);

/** The labels that say when the page was first published (folded). */
const PUBLICATION_LABELS = LABELS.filter((l) => !UPDATE_LABELS.includes(l));

/** Characters before a date read for the label that says what it dates. */
const LABEL_REACH = 30;

/**
 * Whether the words right before a date (`By X Updated `, `… | Aktualisiert: `)
 * say it is an update's: an update label stands there, after any publication
 * label.
 */
export function saysUpdated(before: string): boolean {
  const f = fold(before.slice(-LABEL_REACH));
  const last = (labels: readonly string[]) => Math.max(...labels.map((l) => lastWordAt(f, l)));
  const updated = last(UPDATE_LABELS);
  return updated >= 0 && updated > last(PUBLICATION_LABELS);
}

/** A letter of any script. */
const LETTER = /\p{L}/u;

/**
 * Where label `label` stands last in `f` as words of their own, or -1: no
 * letter glued before it, nor after it when it ends with a letter (`stand:`
 * ends with its colon). So `date` inside `updated` is no label.
 */
function lastWordAt(f: string, label: string): number {
  const closed = !LETTER.test(label.charAt(label.length - 1));
  for (let at = f.lastIndexOf(label); at >= 0; at = at > 0 ? f.lastIndexOf(label, at - 1) : -1) {
    const gluedBefore = at > 0 && LETTER.test(f.charAt(at - 1));
    const gluedAfter = !closed && LETTER.test(f.charAt(at + label.length));
    if (!gluedBefore && !gluedAfter) return at;
  }
  return -1;
}

/**
 * A stamp's text after its renderer's marks and its label (`• Publiziert vor
 * einer Stunde` gives `vor einer Stunde`); the text without its marks when
 * no label opens it.
 */
export function afterStampLabel(text: string): string {
  const rest = text.slice(afterMarks(text));
  const f = fold(rest);
  const label = LABELS.find((l) => f.startsWith(l) && !/\p{L}/u.test(f.charAt(l.length)));
  if (!label) return rest;
  const words = rest.split(' ').slice(label.split(' ').length);
  let out = words.join(' ');
  while (out.startsWith(':') || out.startsWith(' ')) out = out.slice(1);
  return out;
}

/** Words that close a publication label right before its date (`Published on: `, `Veröffentlicht am `), folded. */
const LABEL_CLOSERS = /* @__PURE__ */ phrases(' on| am| le| el| il| em| the');

/**
 * Whether the words right before a date (`… Online-Redaktion Veröffentlicht: `,
 * `… Survey Published on: `) end with a publication label, as a stamp does that a
 * renderer joined to the lines beside it: a label that opens a word, then at most
 * its closing word and a colon.
 */
export function saysPublished(before: string): boolean {
  let f = fold(before.slice(-LABEL_REACH));
  if (f.endsWith(':')) f = f.slice(0, -1).trimEnd();
  if (endsWithLabel(f)) return true;
  const closer = LABEL_CLOSERS.find((c) => f.endsWith(c));
  if (!closer) return false;
  f = f.slice(0, -closer.length);
  return endsWithLabel(f.endsWith(':') ? f.slice(0, -1).trimEnd() : f);
}

/** Whether folded `f` ends with a publication label that opens a word. */
function endsWithLabel(f: string): boolean {
  const label = PUBLICATION_LABELS.find((l) => f.endsWith(l));
  if (!label) return false;
  const at = f.length - label.length;
  return at === 0 || !/[\p{L}\d]/u.test(f.charAt(at - 1));
}

/** Longest line read as a stamp's label alone. */
const MAX_LABEL_LINE = 24;

/** The labels as whole lines. */
const LABEL_SET = new Set(LABELS);
/** Words that close a label before its date (`Veröffentlicht am`, `Published on`, `Publié le`). */
const LABEL_TAILS = /* @__PURE__ */ phrases(' am| on| le| el| il');

/** Whether a line is a stamp's label alone (`Datum`, `Veröffentlicht am:`), its date on the next line. */
export function isStampLabel(text: string): boolean {
  if (text.length > MAX_LABEL_LINE) return false;
  let f = fold(text.slice(afterMarks(text))).trim();
  if (f.endsWith(':')) f = f.slice(0, -1).trimEnd();
  if (LABEL_SET.has(f) || LABEL_SET.has(`${f}:`)) return true;
  const tail = LABEL_TAILS.find((t) => f.endsWith(t));
  return tail !== undefined && LABEL_SET.has(f.slice(0, -tail.length));
}

/** True when a stamp line says when the page was updated (`Updated Nov 19, 9:41 AM`), not when it was published. */
export function isUpdateStamp(text: string): boolean {
  const at = afterMarks(text);
  return opensWithUpdate(fold(text.slice(at, at + 40)));
}

/** Where a line's text starts after the marks a renderer prints before a stamp. */
function afterMarks(text: string): number {
  let at = 0;
  while (at < text.length && LEADING_MARKS.includes(text.charAt(at))) at++;
  return at;
}

/** What every date findDates reads holds: a digit (Western or Arabic-Indic), or a relative date's words. */
const DATE_GATE = /[0-9\u0660-\u0669]|il y a|ago|منذ|hier|yesterday|أمس/iu;

/**
 * An episode's number opening a podcast's or a series' meta line, then a
 * separator (`Folge 87 · `, `Episode 42 | `, `Épisode 12 – `, `Ep. 5 · `):
 * the date after it is the episode's (`Folge 87 · 18. Juni 2025 · 54 Min.`).
 */
const EPISODE_MARK =
  /^(?:folge|episode|épisode|episodio|episódio|aflevering|odcinek|ep\.?) ?#?\d{1,4} ?[·•|–—-] ?/iu;

/** Length of an episode's number and separator opening `text` (see {@link EPISODE_MARK}), or 0. */
export function episodeMarkLength(text: string): number {
  return EPISODE_MARK.exec(text)?.[0].length ?? 0;
}

/** Longest stamp line. */
export const MAX_STAMP = 120;
/** Share of the text after the label that its dates must cover. */
const MIN_DATE_SHARE = 0.3;
/** Marks a renderer prints before a stamp (a table cell's bar, a list's bullet). */
const LEADING_MARKS = '|*•· ';

/** A time of day alone on its line (`14:32`, `14h32`, `1:39 PM ET`, `10:00AM`): a stamp under a name, a live blog's entry. */
const TIME_OF_DAY = /^\d{1,2}[:.h]\d{2} ?(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?$/u;

/** Whether a line is a time of day alone (see {@link TIME_OF_DAY}). */
export function isTimeOfDay(text: string): boolean {
  // (The first digit read before the search: most lines open otherwise.)
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57 && TIME_OF_DAY.test(text);
}

/** A match's minute alone on its line (`23'`, `90+4'`, `45+2’`), as a live page stamps its entries. */
const MATCH_MINUTE = /^\d{1,3}(?:\+\d{1,2})?['’′]$/u;

/** Whether a line stamps a live page's entry: a time of day or a match's minute alone. */
export function isEntryStamp(text: string): boolean {
  return isTimeOfDay(text) || (text.length <= 7 && MATCH_MINUTE.test(text));
}

/** A time code opening an entry, then a dash: `00:05 – …`, `12h05 - …`, `1:02:33 — …`. */
const TIME_CODED = /^\d{1,2}[:h]\d{2}(?::\d{2})? [–—-] \S/u;

/** Whether a line is an entry of a transcript or a live page opening with its time code (`00:05 – Les cuves…`). */
export function opensWithTimeCode(text: string): boolean {
  return TIME_CODED.test(text);
}

/** Whether a line may be a stamp at all (short, and holding a digit or a relative date's word): read before its fold is made. */
export function mayBeStampLine(text: string): boolean {
  return text.length <= MAX_STAMP && DATE_GATE.test(text);
}

/** True when a line is a publication or update stamp: a label that says when, then mostly a date. */
export function isStampLine(text: string, folded?: string): boolean {
  // The label first when the line's fold is given and no mark opens it: a look-up by its first two characters,
  // where the date's gate searches the whole line (most lines open with no label).
  if (text.length > MAX_STAMP) return false;
  if (folded !== undefined && !LEADING_MARKS.includes(text.charAt(0)) && !opensWithLabel(folded))
    return false;
  // A stamp holds a date: digits, or a relative date's words (what findDates needs).
  if (!mayBeStampLine(text)) return false;
  const at = afterMarks(text);
  const f = folded !== undefined && at === 0 ? folded : fold(text.slice(at));
  if (!opensWithLabel(f)) return false;
  // The rest after the label's first word holds the date: `: 10:48, Tue, Nov 19, 2019`.
  const space = text.indexOf(' ', at);
  const colon = text.indexOf(':', at);
  const cut = colon > at && (space < 0 || colon < space) ? colon + 1 : space;
  if (cut < 0) return false;
  const rest = text.slice(cut);
  // A day and month with no year after the label (`Updated Nov 19, 9:41 AM`) dates the page as well.
  return dateShare(rest) >= MIN_DATE_SHARE || opensWithDayMonth(rest.trimStart());
}

/** Longest line read as a relative time alone. */
const MAX_RELATIVE_LINE = 40;

/**
 * Whether a line is a relative time alone (`il y a 2 heures`, `hier`, `3 hours ago`, `منذ ساعتين`, `vor 2 Stunden`),
 * marks around it aside: a teaser's or a comment's stamp, resolved or not.
 */
export function isRelativeTimeLine(text: string): boolean {
  if (text.length > MAX_RELATIVE_LINE) return false;
  const d = findDates(text)[0];
  return d?.relative === true && d.start <= 2 && text.length - d.end <= 2;
}

/** Longest line read as a date alone. */
const MAX_BARE_DATE = 80;
/** A time of day beside a date (`20:13`, `10h12`, `09.41`). */
const TIME_BESIDE = /\d{1,2}[:.h]\d{2}/u;
/** A word beside the date: a weekday's name (`sexta-feira`, `Tuesday`), a connective (`às`, `a las`, `um`), `AM`, `Uhr`. */
const WORD_BESIDE = /\p{L}[\p{L}\p{M}-]*/gu;
/** Most words after the date, around its time (`às`, `a las`, `AM`, `Uhr`, a zone). */
const MAX_WORDS_AFTER = 3;
/** Longest word beside the date (`quinta-feira`, `Donnerstag`, `Wednesday`). */
const MAX_WORD_BESIDE = 13;

/** The words of `text`, when there are at most `max` of them and none is longer than a weekday's name; undefined otherwise. */
function fewShortWords(text: string, max: number): number | undefined {
  const words = text.match(WORD_BESIDE) ?? [];
  return words.length <= max && words.every((w) => w.length <= MAX_WORD_BESIDE)
    ? words.length
    : undefined;
}

/**
 * Whether a line is a date alone, with at most one short word before it (its
 * weekday or the place it was written in) and its time after it (`Tuesday,
 * November 19, 2019 9:41 AM`, `sexta-feira, 22 de outubro de 2010 às 20:13`,
 * `Berlin, 31. März 2003`, `19/11/2019 09:41`): a page's stamp printed with no
 * label, not a sentence that names a day (`The meeting of 3 March 2025`).
 */
export function isBareDateLine(text: string): boolean {
  if (text.length > MAX_BARE_DATE || !DATE_GATE.test(text)) return false;
  const dates = findDates(text);
  const d = dates[0];
  if (!d || dates.length > 1 || d.relative === true) return false;
  const before = text.slice(0, d.start);
  const after = text.slice(d.end);
  const time = TIME_BESIDE.exec(after);
  const rest = time ? after.slice(0, time.index) + after.slice(time.index + time[0].length) : after;
  if (/\d/u.test(before) || /\d/u.test(rest)) return false;
  // Words after the date stand around its time (`às 20:13`, `09:41 Uhr`), whether it was read with the date or not.
  const timed = time !== null || d.iso.includes('T');
  const wordsAfter = fewShortWords(rest, timed ? MAX_WORDS_AFTER : 0);
  return fewShortWords(before, 1) !== undefined && wordsAfter !== undefined;
}
