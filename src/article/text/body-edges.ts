/**
 * Refiners for the edges of a text dump's body: a photo caption or a rubric
 * glued to the lead at the start (`Kiosque360. …`), and, after the last full
 * paragraph, sidebar and comment-form lines that come after some interface
 * text (`(وأج)`, `Continue Reading on X`, a comment form), and an author's
 * biography or the post's meta footer in the body's second half with what
 * follows it.
 */
import { findDates } from '../../dates/find-dates.js';
import { aboutOrganisationName, isAboutSiteHeading } from '../../furniture/about-site.js';
import { isAdmonitionLabel } from '../../furniture/admonitions.js';
import { addressesReader, isReaderAppeal } from '../../furniture/appeals.js';
import {
  isAboutAuthorHeading,
  isAboutAuthorName,
  isAuthorBio,
  isClosingBio,
  opensWithAuthorName,
} from '../../furniture/bio.js';
import { galleryPlace, holdsNextCaption, isPictureCaption } from '../../furniture/captions.js';
import {
  endsWithNameAndPaper,
  endsWithPhotoCredit,
  isCreditedCaption,
} from '../../furniture/credits.js';
import { isPostMeta } from '../../furniture/post-meta.js';
import { isEntryStamp, opensWithTimeCode } from '../../furniture/stamps.js';
import { countWords } from '../../lang/function-words.js';
import { isSignOff } from '../../lang/salutations.js';
import { isTableRowLine, startsWithBullet, startsWithOrderedNumber } from '../../text/chars.js';
import { fold } from '../../text/fold.js';
import { introducesList, isResultLine } from '../../ticker/latest-news.js';
import type { Paragraph } from '../../types.js';
import { phrases } from '../../util/tables.js';
import { RUBRICS } from '../profiles/generic.js';
import { endsOnFunctionWord, endsSentence, opensList } from './body-region.js';
import { bodyLike, knownFold, paragraphLike, type TextDoc } from './doc.js';
import { isPostAttribution } from './embedded-posts.js';
import { nameLine } from './header.js';
import { listBulletLength } from './list-items.js';

/** Longest caption line. */
const MAX_CAPTION = 160;

/** Whether a line names a day on the calendar (`12 July 2025`): a caption's date, where a lead says `yesterday` (`hier`, `أمس`). */
function calendarDated(text: string): boolean {
  return findDates(text).some((d) => !d.relative);
}

/** Cuts a known rubric glued to the first paragraph's start (`Kiosque360. Les cliniques…`). */
function cutRubric(first: Paragraph): Paragraph {
  for (const rubric of RUBRICS) {
    if (!first.text.startsWith(`${rubric}. `)) continue;
    const cut = rubric.length + 2;
    return { ...first, text: first.text.slice(cut), start: first.start + cut };
  }
  return first;
}

const INTERFACE = /* @__PURE__ */ new Set(
  /* @__PURE__ */ phrases('boilerplate|widget|source|footer|after-footer|read-more'),
);

/**
 * A list's number alone on its line (`5.`, `12)`, `3`), as a browser prints an
 * ordered list's markers; or two (`5. 5.`), as w3m and lynx print their own
 * marker before an item that numbers itself.
 */
function listNumber(text: string): boolean {
  const space = text.indexOf(' ');
  if (space > 0 && space <= 4)
    return oneListNumber(text.slice(0, space)) && oneListNumber(text.slice(space + 1));
  return oneListNumber(text);
}

/** One list number (`5.`, `12)`, `3`). */
function oneListNumber(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 4) return false;
  const end = text.charAt(n - 1) === '.' || text.charAt(n - 1) === ')' ? n - 1 : n;
  if (end === 0) return false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A caption carrying its credit: `… © و.م.ع / يوسف العلمي`, `… (Photo: MAP)`, `… Credit: MAP`. */
function creditedFigure(text: string): boolean {
  return isCreditedCaption(text) || endsWithPhotoCredit(text) || endsWithNameAndPaper(text);
}

/** Whether interface text (not a related link, nor a list's number or a live blog's time of day) stands between two blocks. */
function interfaceBetween(doc: TextDoc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (!INTERFACE.has(doc.roles.get(k) ?? '')) continue;
    const text = doc.blocks[k]?.text ?? '';
    // A picture's caption closed by its credit stands between two paragraphs of the article, as a figure does.
    if (!listNumber(text) && !isEntryStamp(text) && !creditedFigure(text)) return true;
  }
  return false;
}

/**
 * Trims the body in place: a dated caption sentence before the first full
 * paragraph, a rubric glued to the lead, and the tail after the last full
 * paragraph once interface text stands between them; not before block
 * `through` (a forum thread's last post).
 */
export function trimBodyEdges(
  doc: TextDoc,
  paragraphs: Paragraph[],
  owners: number[],
  through = -1,
): void {
  const first = paragraphs[0];
  const second = paragraphs[1];
  if (
    first &&
    second &&
    first.text.length <= MAX_CAPTION &&
    calendarDated(first.text) &&
    bodyLike(second.text)
  ) {
    paragraphs.shift();
    const owner = owners.shift();
    if (owner !== undefined) doc.roles.set(owner, 'boilerplate');
  }
  dropLeadingCaptions(doc, paragraphs, owners);
  if (paragraphs[0]) paragraphs[0] = cutRubric(paragraphs[0]);
  let lastFull = -1;
  paragraphs.forEach((p, k) => {
    // A transcript's or a live page's entry opening with its time code is the article's own, however short.
    if (bodyLike(p.text) || (paragraphLike(p.text) && opensWithTimeCode(p.text))) lastFull = k;
  });
  if (lastFull < 0) return;
  // A forum thread's posts run on through its last post (`through`, thread-posts.ts), however short.
  while ((owners[lastFull + 1] ?? through + 1) <= through) lastFull++;
  // A list the text introduces (`The tour dates:`) runs on, line after line, with no blank between
  // (the last full paragraph may be the sentence that opens it).
  // The last full paragraph may itself be an item of such a list (a long item among short ones).
  let inList =
    introducesList(paragraphs[lastFull]?.text ?? '') ||
    inIntroducedList(doc, paragraphs, owners, lastFull);
  for (let k = lastFull + 1; k < paragraphs.length; k++) {
    const gap = interfaceBetween(doc, owners[k - 1] ?? 0, owners[k] ?? 0);
    const p = paragraphs[k];
    const owner = owners[k] ?? -1;
    if (p && introducesList(p.text)) {
      inList = true;
      continue;
    }
    inList &&= listGoesOn(doc, owners, k);
    if (inList) continue;
    // Items in small letters, line after line (`first permit: £85 a year`), are the text's own list, however short;
    // so is the subheading right over such a list or over the sentence opening one (`What you need`).
    if (ownList(doc, paragraphs, owners, k)) continue;
    // A recipe card's ingredients and steps, a schedule's entries: short lines of the page's text.
    if (doc.takenIn?.some((r) => owner >= r.first && owner <= r.last)) continue;
    // A results table (its headings and rows) with a sentence of the text's under it: the report goes on past it
    // (a table's heading may be read as furniture, `Classement`; the gap above the sentence is still read).
    // So does a table of values (two rows of cells parted by tabs or a column's padding) with the text's sentence,
    // or the sentence opening a list of the text's, under it (a timetable, a spec table).
    const results = pastTable(paragraphs, k, isResultLine);
    const values = pastValues(paragraphs, k);
    const past = Math.max(results, values);
    const under = paragraphs[past]?.text ?? '';
    if (past > k && (paragraphLike(under) || (values > results && introducesList(under)))) {
      k = past - 1;
      continue;
    }
    // Past the last full paragraph: after interface text, or a short line that is not the dump's cut end
    // nor a question or a time of day heading a sentence of the text's (an interview, a live blog).
    const cutEnd = p !== undefined && p.end === doc.input.trimEnd().length;
    // An embedded post's attribution closes the post the article quotes, however short;
    // a short sentence closes the article's text (`We will keep you posted.`), a sign-off the writer's letter (`Liebe Grüße`);
    // a line stopping on a function word opens a sentence the next line closes.
    const short =
      p !== undefined &&
      !paragraphLike(p.text) &&
      p.text.length < 60 &&
      !isPostAttribution(p.text) &&
      !closingSentence(p.text) &&
      !isSignOff(p.text, paragraphs) &&
      !overSignOff(doc, paragraphs, owners, k) &&
      !brokenAt(paragraphs, k);
    if (!p || gap || (short && !cutEnd && !headsSentence(doc, paragraphs, owners, k))) {
      for (const owner of owners.slice(k)) doc.roles.set(owner, 'boilerplate');
      paragraphs.length = k;
      owners.length = k;
      return;
    }
  }
}

/**
 * Whether paragraph `k` stands right over a sign-off with no interface text between (`Bis dann!` ⏎ `Eure
 * Abteilungsleitung`): the writer's closing line, however short, as the letter's sign-off under it is; the
 * sign-off may be the next paragraph or, when the body's run ends over it, the line right under.
 */
function overSignOff(
  doc: TextDoc,
  paragraphs: readonly Paragraph[],
  owners: readonly number[],
  k: number,
): boolean {
  const next = paragraphs[k + 1];
  if (next !== undefined)
    return (
      isSignOff(next.text, paragraphs) && !interfaceBetween(doc, owners[k] ?? 0, owners[k + 1] ?? 0)
    );
  // The body's run may end above the sign-off (a short line over a name, read as a byline's): the line under it.
  const under = doc.blocks[(owners[k] ?? -2) + 1];
  return under !== undefined && isSignOff(under.text, paragraphs);
}

/** Whether paragraph `k` stands right under paragraph `k - 1` as the next line of a list (no blank line; one under the sentence opening it). */
function listGoesOn(doc: TextDoc, owners: readonly number[], k: number): boolean {
  const owner = owners[k] ?? -1;
  const above = doc.blocks[owners[k - 1] ?? -1];
  // The list's first item may stand one blank line under its sentence.
  const opening = above !== undefined && opensList(doc, above);
  return (
    owner === (owners[k - 1] ?? -2) + 1 &&
    (doc.blocks[owner]?.blankBefore ?? 2) <= (opening ? 1 : 0)
  );
}

/** Three words or more, the first in small letters: a list item's opening, no headline's or menu entry's. */
const SMALL_ITEM = /^\p{Ll}+[,;:]? \S+ \S/u;
/** Longest list item read so. */
const SMALL_ITEM_MAX = 160;

/** Whether paragraph `k` is an item in small letters (its bullet aside). */
function smallItem(paragraphs: readonly Paragraph[], k: number): boolean {
  const text = paragraphs[k]?.text ?? '';
  return text.length <= SMALL_ITEM_MAX && SMALL_ITEM.test(text.slice(listBulletLength(text)));
}

/**
 * Whether paragraph `k` belongs to a list of the text's own: an item in small letters with another right above
 * or under it, or a short line right over such a list (one blank line at most) or over the sentence opening one.
 */
function ownList(
  doc: TextDoc,
  paragraphs: readonly Paragraph[],
  owners: readonly number[],
  k: number,
): boolean {
  const under = k + 1 < paragraphs.length && listGoesOn(doc, owners, k + 1);
  if (smallItem(paragraphs, k))
    return (
      (listGoesOn(doc, owners, k) && smallItem(paragraphs, k - 1)) ||
      (under && smallItem(paragraphs, k + 1))
    );
  const next = owners[k + 1];
  if (
    next === undefined ||
    next !== (owners[k] ?? -2) + 1 ||
    (doc.blocks[next]?.blankBefore ?? 2) > 1
  )
    return false;
  if (introducesList(paragraphs[k + 1]?.text ?? '')) return true;
  return (
    (smallItem(paragraphs, k + 1) &&
      listGoesOn(doc, owners, k + 2) &&
      smallItem(paragraphs, k + 2)) ||
    (sentenceItem(doc, paragraphs, owners, k + 1) &&
      listGoesOn(doc, owners, k + 2) &&
      sentenceItem(doc, paragraphs, owners, k + 2))
  );
}

/**
 * Whether paragraph `k` is a bulleted item written as a sentence closed by its stop (`• You are aged 18 or over.`,
 * `• أن يتقن لغة التدريس في الجامعة المستقبلة.`), a line, no paragraph: with another right under it, line after
 * line, the items of a list of conditions or steps under its subheading, in any script and case. (Unbulleted
 * sentences line after line under a short line are as often an author's box: `Fotograf aus Hamburg.` ⏎ …)
 */
function sentenceItem(
  doc: TextDoc,
  paragraphs: readonly Paragraph[],
  owners: readonly number[],
  k: number,
): boolean {
  const text = paragraphs[k]?.text ?? '';
  return (
    text.length <= SMALL_ITEM_MAX &&
    !bodyLike(text) &&
    paragraphLike(text) &&
    bulleted(doc, paragraphs, owners, k)
  );
}

/**
 * Whether paragraph `k` is an item of a list a sentence of the text opens
 * (`You can apply if all of the following are true:`): the lines above it run
 * up to that sentence, line after line (a long item among short ones). A line
 * with no bullet under bulleted items is the text again, no item (a w3m dump
 * prints the paragraph after a list with no blank line).
 */
function inIntroducedList(
  doc: TextDoc,
  paragraphs: readonly Paragraph[],
  owners: readonly number[],
  k: number,
): boolean {
  const plain = !bulleted(doc, paragraphs, owners, k);
  for (let j = k; j > 0 && listGoesOn(doc, owners, j); j--) {
    if (plain && j < k && bulleted(doc, paragraphs, owners, j)) return false;
    if (introducesList(paragraphs[j - 1]?.text ?? '')) return true;
  }
  return false;
}

/** Whether paragraph `k` is a bulleted list item (marked so, or its line opening with a bullet). */
function bulleted(
  doc: TextDoc,
  paragraphs: readonly Paragraph[],
  owners: readonly number[],
  k: number,
): boolean {
  if (paragraphs[k]?.kind === 'list-item') return true;
  return listBulletLength((doc.blocks[owners[k] ?? -1]?.text ?? '').trimStart()) > 0;
}

/**
 * The index past a table opening at paragraph `k`: its lines that are `row`s (a results table's `EST 3 - 0 ST`,
 * `1. EST 28 pts`, `Banque X +5,20 %`) and the short headings over them (`Classement`); `k` when none opens there.
 */
function pastTable(
  paragraphs: readonly Paragraph[],
  k: number,
  row: (text: string) => boolean,
): number {
  let j = k;
  while (
    row(paragraphs[j]?.text ?? '') ||
    ((paragraphs[j]?.text.length ?? 60) < 60 && row(paragraphs[j + 1]?.text ?? ''))
  )
    j++;
  return j;
}

/** Fewest rows of a table of values the text goes on past ({@link pastValues}). */
const MIN_VALUE_ROWS = 2;

/**
 * The index past a table of values opening at paragraph `k` ({@link pastTable} of rows whose cells tabs or a
 * column's padding part: `U12⇥Montag⇥16:30–18:00`), `k` when none of {@link MIN_VALUE_ROWS} rows or more opens there.
 */
function pastValues(paragraphs: readonly Paragraph[], k: number): number {
  const past = pastTable(paragraphs, k, isTableRowLine);
  let rows = 0;
  for (let j = k; j < past; j++) if (isTableRowLine(paragraphs[j]?.text ?? '')) rows++;
  return rows >= MIN_VALUE_ROWS ? past : k;
}

/**
 * Whether paragraph `k` is one of the two lines of a sentence broken over
 * them: the first stops on a function word (`… an die`), the second closes
 * the sentence.
 */
function brokenAt(paragraphs: readonly Paragraph[], k: number): boolean {
  const p = paragraphs[k]?.text ?? '';
  const next = paragraphs[k + 1]?.text;
  const prev = paragraphs[k - 1]?.text;
  return (
    (next !== undefined && endsSentence(next) && endsOnFunctionWord(p)) ||
    (prev !== undefined && endsSentence(p) && endsOnFunctionWord(prev))
  );
}

/** A capital first, two letters and a full stop or an exclamation mark last. */
const CLOSING_SHAPE = /^\p{Lu}.*\p{L}\p{L}[.!]$/su;

/** A Korean sentence: a syllable first, a syllable and a full stop or an exclamation mark last (`공사는 … 예정이다.`). */
const HANGUL_CLOSING = /^[\uac00-\ud7a3].*[\uac00-\ud7a3][.!]$/su;

/** Fewest words of a short sentence closing the text (`Die Abstimmung ist im Mai.`), against a slogan (`Support local news.`). */
const CLOSING_WORDS = 4;

/**
 * Whether a short line is a sentence of the text's own (in Korean: four
 * words or more between syllables, a stop last): it opens with a capital letter, holds four words or more, a function word among them (a
 * signature, `Ana Ruiz, Valley Radio.`, holds none), and ends with a full stop or
 * an exclamation mark after a word of two letters or more (`… Förderkreis e.V.` ends
 * an abbreviation). A question (`Was this helpful?`) is the site's to its
 * readers, a colon's line introduces what follows.
 */
function closingSentence(text: string): boolean {
  // Korean has no case, and no function word of the table: four words or more closing on a syllable and a stop.
  if (HANGUL_CLOSING.test(text)) return countWords(text).words >= CLOSING_WORDS;
  // A letter alone before the stop is an abbreviation's or an initial's (`e.V.`, `John F.`): no sentence's end.
  if (!CLOSING_SHAPE.test(text)) return false;
  const { words, functionWords } = countWords(text);
  return words >= CLOSING_WORDS && functionWords > 0;
}

/**
 * Whether paragraph `k`, a short line, heads the sentence-shaped paragraph
 * right after it (no interface text between): an interview's question
 * (`How much will it cost?`), a live blog's time of day (`14:32`) or an
 * admonition's label (`Note`); or heads such a question, as a FAQ's section
 * heading does.
 */
function headsSentence(
  doc: TextDoc,
  paragraphs: Paragraph[],
  owners: number[],
  k: number,
): boolean {
  const p = paragraphs[k];
  const next = paragraphs[k + 1];
  if (!p || !next || interfaceBetween(doc, owners[k] ?? 0, owners[k + 1] ?? 0)) return false;
  // A section's heading right over such a question (a FAQ's `Computers and Wi-Fi` ⏎ `Is there Wi-Fi?` ⏎ its answer).
  if (!asksQuestion(p.text) && asksQuestion(next.text))
    return headsSentence(doc, paragraphs, owners, k + 1);
  if (!paragraphLike(next.text)) return false;
  return (
    asksQuestion(p.text) ||
    isEntryStamp(p.text) ||
    isAdmonitionLabel(p.text) ||
    numberedOn(paragraphs, k)
  );
}

/** Paragraphs looked back over for the heading numbered one less (a section of a few paragraphs). */
const NUMBERED_BACK = 12;

/**
 * Whether paragraph `k` is a heading numbered right after one of the paragraphs over it (`7. Penalties …` under
 * `6. Digital creators …`): an explainer's next numbered section (`Seven things to know …`).
 */
function numberedOn(paragraphs: readonly Paragraph[], k: number): boolean {
  const text = paragraphs[k]?.text ?? '';
  if (!startsWithOrderedNumber(text)) return false;
  const n = Number.parseInt(text, 10);
  if (n < 2) return false;
  for (let i = k - 1; i >= 0 && i >= k - NUMBERED_BACK; i--) {
    const above = paragraphs[i]?.text ?? '';
    if (startsWithOrderedNumber(above)) return Number.parseInt(above, 10) === n - 1;
  }
  return false;
}

/** Whether a line ends with a question mark (Latin or Arabic). */
function asksQuestion(text: string): boolean {
  return text.endsWith('?') || text.endsWith('؟');
}

/** Captions read at the body's start, at most (a picture and its credit line, two pictures). */
const LEADING_CAPTIONS = 3;

/**
 * Drops picture captions written as sentences (`Mark Esper, left, and …`,
 * `Above: …`) that open the body, when a full paragraph follows them: the
 * picture stood above the lead.
 */
function dropLeadingCaptions(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  let n = galleryRun(paragraphs);
  while (n < LEADING_CAPTIONS && n + 1 < paragraphs.length) {
    const p = paragraphs[n];
    if (!p || !isPictureCaption(p.text, knownFold(doc, owners[n] ?? -1, p.text))) break;
    n++;
  }
  const next = paragraphs[n];
  if (n === 0 || !next) return;
  // The lead follows the pictures; or the byline or date line stands between them, and the captions were the header's.
  if (!bodyLike(next.text) && !headerLineBetween(doc, owners[n - 1] ?? 0, owners[n] ?? 0)) return;
  for (const owner of owners.slice(0, n)) doc.roles.set(owner, 'boilerplate');
  paragraphs.splice(0, n);
  owners.splice(0, n);
}

/** Whether a block read as the byline or the date line stands between blocks `a` and `b`. */
function headerLineBetween(doc: TextDoc, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const role = doc.roles.get(k);
    if (role === 'byline' || role === 'date') return true;
  }
  return false;
}

/**
 * Paragraphs opening the body that are a photo gallery's numbered captions
 * (`1/3 …`, `2/3 …`, `3/3 …`, or glued on one line `1/3 ….2/3 …`): counters
 * that follow each other, the next one in the next paragraph or in the same.
 */
function galleryRun(paragraphs: readonly Paragraph[]): number {
  let n = 0;
  let place = galleryPlace(paragraphs[0]?.text ?? '');
  while (place && n + 1 < paragraphs.length) {
    const text = paragraphs[n]?.text ?? '';
    const next = galleryPlace(paragraphs[n + 1]?.text ?? '');
    const follows =
      next !== undefined && next.index === place.index + 1 && next.total === place.total;
    // The run's last caption: one before it was read, or it holds the next ones glued.
    if (!follows && n === 0 && !holdsNextCaption(text, place)) return 0;
    n++;
    place = follows ? next : undefined;
  }
  return n;
}

/** Paragraphs the body keeps at least before a biography can end it. */
const BEFORE_BIO = 2;

/**
 * Whether a heading over the author's biography (`Über den Autor`) or over the
 * site's description of itself (`À propos`, `من نحن`) stands in the blocks
 * from `from` to `to`, inclusive.
 */
function aboutAuthorIn(doc: TextDoc, from: number, to: number): boolean {
  for (let j = Math.max(0, from); j <= to; j++) {
    const b = doc.blocks[j];
    const f = b && knownFold(doc, j, b.text);
    if (b && (isAboutAuthorHeading(b.text, f) || isAboutSiteHeading(b.text, f))) return true;
  }
  return false;
}

/** Blocks above the body searched for the byline's name. */
const HEADER_REACH = 12;

/** Whether `text` is a person's name alone that the header printed (within {@link HEADER_REACH} blocks above block `first`): the author's box opens with it. */
function nameFromHeader(doc: TextDoc, text: string, first: number): boolean {
  if (!nameLine(text)) return false;
  for (let j = Math.max(0, first - HEADER_REACH); j < first; j++) {
    const b = doc.blocks[j];
    // A headline ending with a name (`… avec François Héran`) names its subject, not its author.
    if (!b || doc.roles.get(j) === 'title') continue;
    if (b.text === text || b.text.endsWith(` ${text}`)) return true;
    // A meta line opening with the name, or with the photo's alt text and the name (`Jane Roe Staff Engineer
    // April 3, 2024 7 min read`, `Photo of Jane Roe Jane Roe …`): the name stands whole among its words.
    const at = b.text.indexOf(`${text} `);
    if (at >= 0 && (at === 0 || b.text.charCodeAt(at - 1) === 0x20)) return true;
  }
  return false;
}

/**
 * Ends the body at the author's box in its second half: the box sits under
 * the article, and what follows it (the author's other stories, the footer)
 * is not the article's. The box opens with a biography (`Meg James is a media
 * reporter for…`), with a heading over one (`Über den Autor`, `Autoreninfo`),
 * with a name alone the header printed, or with a name the byline gave
 * (`authors`), printed once or twice, opening a sentence (`X vit à Lyon…`)
 * or under a heading (`About X`, `Über X`),
 * at most two paragraphs from the end (its
 * biography, `Journaliste au service Économie…`, names nobody). Another name
 * alone (a speaker, an interview's answer) stays.
 */
export function cutAtAuthorBox(
  doc: TextDoc,
  paragraphs: Paragraph[],
  owners: number[],
  authors: readonly string[],
): void {
  // The lines printed over a turn, counted once when a name alone asks (an interview's labels).
  let counts: Map<string, number> | undefined;
  const labels = () => {
    counts ??= labelCounts(paragraphs);
    return counts;
  };
  cutInSecondHalf(
    doc,
    paragraphs,
    owners,
    (p, k) =>
      (isAuthorBio(p.text) && !subjectBio(p.text, paragraphs, k, authors)) ||
      aboutAuthorIn(doc, (owners[k - 1] ?? -1) + 1, owners[k] ?? -1) ||
      // A press release's closing section on the firm (`À propos d'X` over its description, which names X).
      (paragraphs.length - k - 1 <= BOX_AFTER_NAME && aboutFirm(p.text, paragraphs[k + 1]?.text)) ||
      (nameFromHeader(doc, p.text, owners[0] ?? 0) && !speakerLabel(paragraphs, k, labels)) ||
      (authors.length > 0 &&
        paragraphs.length - k - 1 <= BOX_AFTER_NAME &&
        (nameAlone(p.text, authors) ||
          opensWithAuthorName(p.text, authors) ||
          isAboutAuthorName(p.text, authors) ||
          nameBetween(doc, owners[k - 1] ?? -1, owners[k] ?? -1, authors))),
  );
}

/** Whether `heading` heads a firm's description (`About Sais Logistics`) and `next`, the paragraph under it, names the firm. */
function aboutFirm(heading: string, next: string | undefined): boolean {
  if (next === undefined) return false;
  const name = aboutOrganisationName(heading);
  // Spaces read as one (a justified line pads them: `Atlas  Logistique`).
  return name !== undefined && next.replace(SPACE_RUN, ' ').includes(name.replace(SPACE_RUN, ' '));
}

/** A run of spaces (a justified line's padding, a no-break space). */
const SPACE_RUN = /[ \u00a0]+/gu;

/** Full paragraphs in a row that show the story going on under a line ({@link proseRun}). */
const PROSE_RUN = 2;

/**
 * Whether paragraph `k`, shaped as a biography (`X is a reporter for Y…`), is
 * the story's sentence about its subject: the byline signed other `authors`
 * (the sentence opens with none of their names), and the story's prose goes on
 * right under it ({@link proseRun}).
 */
function subjectBio(
  text: string,
  paragraphs: readonly Paragraph[],
  k: number,
  authors: readonly string[],
): boolean {
  if (authors.length === 0) return false;
  for (const name of authors)
    if (name.length > 0 && fold(text.slice(0, name.length)) === fold(name)) return false;
  return proseRun(paragraphs, k + 1);
}

/**
 * Whether the paragraphs from `from` on open with {@link PROSE_RUN} full paragraphs in a row: the story's
 * prose going on. Under the furniture closing an article (an author's box, a post's meta footer) stand
 * handles, headings, teasers' headlines.
 */
function proseRun(paragraphs: readonly Paragraph[], from: number): boolean {
  for (let j = from; j < from + PROSE_RUN; j++)
    if (!bodyLike(paragraphs[j]?.text ?? '')) return false;
  return true;
}

/** Whether `text` reads as a speaker's turn under its label: a sentence, however short (`What would you do first?`). */
function turn(text: string | undefined): boolean {
  return text !== undefined && (paragraphLike(text) || endsSentence(text));
}

/**
 * The lines of `paragraphs` printed over a turn ({@link turn}), each with the
 * number of times it is: an interview's speaker labels are printed over every
 * turn of theirs.
 */
function labelCounts(paragraphs: readonly Paragraph[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let j = 0; j + 1 < paragraphs.length; j++) {
    const text = paragraphs[j]?.text ?? '';
    if (text.length <= NAME_LINE && turn(paragraphs[j + 1]?.text))
      counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether paragraph `k`, a name alone, labels an interview's turn: a sentence
 * under it, and the same name over another turn elsewhere in the body
 * (`labels`, {@link labelCounts}). An author's box prints its name once (or
 * twice in a row, with the photo's alt text), over a biography.
 */
function speakerLabel(
  paragraphs: readonly Paragraph[],
  k: number,
  labels: () => Map<string, number>,
): boolean {
  const name = paragraphs[k]?.text ?? '';
  if (!turn(paragraphs[k + 1]?.text) || (labels().get(name) ?? 0) < 2) return false;
  // The turn runs on to the next speaker's label, or to the body's end: no headline between (a box of
  // teasers prints a headline, its writer's name and an excerpt, unit after unit).
  let j = k + 2;
  while (j < paragraphs.length && turn(paragraphs[j]?.text)) j++;
  const next = paragraphs[j]?.text;
  return next === undefined || (next !== name && (labels().get(next) ?? 0) >= 2);
}

/** Longest line of an author's box under the biography (`So erreichen Sie X:`, `Zur Artikelübersicht`). */
const BOX_LINE = 60;

/**
 * Drops an author's box the body holds above the article's end: under a
 * heading over the author (`Autoreninfo`, `About the author`), which the body
 * leaves out, a biography (`X leitet das Ressort …`) and the box's short
 * lines under it (`So erreichen Sie X:`, `Zur Artikelübersicht`). The
 * article goes on below; {@link cutAtAuthorBox} ends the body at a box in its
 * second half.
 */
export function dropAuthorBoxes(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  for (let k = 1; k + 1 < paragraphs.length; k++) {
    const p = paragraphs[k];
    // The heading between the paragraphs first: most paragraphs have none, and the biography's test costs more.
    if (!p || !aboutAuthorIn(doc, (owners[k - 1] ?? -1) + 1, (owners[k] ?? 0) - 1)) continue;
    if (!isAuthorBio(p.text)) continue;
    let end = k + 1;
    while (end + 1 < paragraphs.length) {
      const text = paragraphs[end]?.text ?? '';
      if (text.length >= BOX_LINE || paragraphLike(text)) break;
      end++;
    }
    for (const owner of owners.slice(k, end)) doc.roles.set(owner, 'boilerplate');
    paragraphs.splice(k, end - k);
    owners.splice(k, end - k);
  }
}

/**
 * Ends the body at the post's meta footer in its second half (`This entry was
 * posted in … and tagged …`, `Abgelegt unter: …`, `Themen: a, b, c`): the
 * theme prints it under the article, and what follows it (the author's box,
 * related posts, comments, the sidebar) is not the article's. The footer is a
 * paragraph the body took in, or a line it left out right before one.
 */
export function cutAtPostMeta(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  cutInSecondHalf(
    doc,
    paragraphs,
    owners,
    // A label of the story's own that the footer's words open (`Category: Best documentary`, `Themen: Radwege,
    // Schulweg …`) has the story's prose going on right under it: no footer's.
    // Right under it: no line left out between (a blog's comments under its footer are prose too, under their
    // count, names and dates, which the body left out).
    (p, k) =>
      (isPostMeta(p.text, knownFold(doc, owners[k] ?? -1, p.text)) &&
        !proseRightUnder(paragraphs, owners, k + 1, owners[k] ?? -1)) ||
      (postMetaIn(doc, (owners[k - 1] ?? -1) + 1, owners[k] ?? -1) &&
        !proseRightUnder(paragraphs, owners, k, (owners[k] ?? 0) - 1)),
  );
}

/** Whether paragraphs `from` on are a {@link proseRun} whose blocks follow block `line` with none left out between. */
function proseRightUnder(
  paragraphs: readonly Paragraph[],
  owners: readonly number[],
  from: number,
  line: number,
): boolean {
  for (let j = 0; j < PROSE_RUN; j++) if (owners[from + j] !== line + 1 + j) return false;
  return proseRun(paragraphs, from);
}

/** Whether a post's meta footer stands in the blocks from `from` to `to`, exclusive. */
function postMetaIn(doc: TextDoc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const b = doc.blocks[j];
    if (b && isPostMeta(b.text, knownFold(doc, j, b.text))) return true;
  }
  return false;
}

/**
 * Cuts the body at its first paragraph, from the third on and in the body's
 * second half by length, where `at` holds: that paragraph and every one after
 * it become boilerplate.
 */
function cutInSecondHalf(
  doc: TextDoc,
  paragraphs: Paragraph[],
  owners: number[],
  at: (p: Paragraph, k: number) => boolean,
): void {
  let total = 0;
  for (const p of paragraphs) total += p.text.length;
  let before = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (!p) break;
    if (k >= BEFORE_BIO && before * 2 >= total && at(p, k)) {
      for (const owner of owners.slice(k)) doc.roles.set(owner, 'boilerplate');
      paragraphs.length = k;
      owners.length = k;
      dropShortEnd(doc, paragraphs, owners);
      return;
    }
    before += p.text.length;
  }
}

/** Most short lines dropped from a body's new end. */
const MAX_SHORT_END = 4;

/**
 * Drops the short lines (under 60 characters, no sentence end: tags, a
 * category, a heading over nothing) that a cut left at the body's end: the
 * page's lines between the article and the box that was cut. The article's
 * text never ends on such a line unless the dump does.
 */
export function dropShortEnd(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  const end = doc.input.trimEnd().length;
  for (let n = 0; n < MAX_SHORT_END && paragraphs.length > 1; n++) {
    const p = paragraphs[paragraphs.length - 1];
    if (!p || p.text.length >= 60 || endsSentence(p.text) || p.end === end) return;
    const owner = owners.pop();
    if (owner !== undefined) doc.roles.set(owner, 'boilerplate');
    paragraphs.pop();
  }
}

/** Paragraphs an author's box holds after the name that opens it: the name again (a photo's alt text), a biography. */
const BOX_AFTER_NAME = 2;

/** Whether `text` is one of `names` alone, or printed twice (`X X`: a photo's alt text beside the name). */
function nameAlone(text: string, names: readonly string[]): boolean {
  // Lengths first: most lines are not a name's length, nor twice it, and are not folded.
  const length = text.trim().length;
  let t: string | undefined;
  for (const name of names) {
    // (A margin of a few characters: folding may fold spacing.)
    if (name.length === 0 || length < name.length - 2 || length > 2 * name.length + 3) continue;
    t ??= fold(text.trim());
    const n = fold(name);
    if (t === n || t === `${n} ${n}`) return true;
  }
  return false;
}

/** Whether a block between blocks `a` and `b` (a line the body left out: `X X`) is one of `names` alone. */
function nameBetween(doc: TextDoc, a: number, b: number, names: readonly string[]): boolean {
  for (let j = a + 1; j < b; j++) {
    const block = doc.blocks[j];
    if (block && block.text.length <= NAME_LINE && nameAlone(block.text, names)) return true;
  }
  return false;
}

/** Longest line read as a name printed alone (twice, with its photo's alt text). */
const NAME_LINE = 120;

/**
 * Whether `text`, the body's last paragraph, is a short line closed by a
 * colon with no sentence closed before it: it introduces what the body does not hold (`Folge uns auf:`,
 * `Diesen Artikel empfehlen:`, `Related coverage from Money:`, a video's
 * intro), its list or box left out.
 */
function opensNothing(text: string): boolean {
  const t = text.trimEnd();
  const c = t.charCodeAt(t.length - 1);
  return (c === 0x3a || c === 0xff1a) && !bodyLike(t) && !SENTENCE_INSIDE.test(t);
}

/** A sentence closed inside a line: the line is prose that goes on (`… a short one. In short:`), no label. */
const SENTENCE_INSIDE = /[.!?] /u;

/** The last code of the Latin script's letters (Latin Extended-B): the reader's words are read in those scripts only. */
const LATIN_END = 0x24f;

/**
 * Whether a closing paragraph holding an appeal's words is the story's own sentence: a full paragraph of prose,
 * in a Latin script, that addresses no reader ({@link addressesReader}: `Updates will be published in the
 * council's monthly newsletter and on its website.`). An appeal speaks to the reader or for the site.
 */
function storySentence(text: string, folded: string | undefined): boolean {
  return (
    text.charCodeAt(0) <= LATIN_END && bodyLike(text) && !addressesReader(folded ?? fold(text))
  );
}

/** Most closing paragraphs read as the site's appeals. */
const MAX_APPEALS = 3;

/**
 * Drops the site's appeals closing the body (`Sign up for our newsletter…`,
 * `Unterstützen Sie unseren Journalismus…`): up to three paragraphs from the
 * end, never the body's first; the biography of a guest contributor that
 * closes a post (`X is the Founder & Principal Consultant at Y…`); and a
 * short line closed by a colon that introduces nothing the body holds.
 */
export function dropClosingAppeals(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  let dropped = false;
  for (let n = 0; n < MAX_APPEALS && paragraphs.length > 1; n++) {
    const last = paragraphs[paragraphs.length - 1];
    const f = last && knownFold(doc, owners[owners.length - 1] ?? -1, last.text);
    // The appeals, and the contributor's biography closing a post (`X is the founder of Y…`).
    if (
      !last ||
      !(
        (isReaderAppeal(last.text, f) && !storySentence(last.text, f)) ||
        isClosingBio(last.text) ||
        opensNothing(last.text)
      )
    )
      break;
    const owner = owners[owners.length - 1];
    if (owner !== undefined) doc.roles.set(owner, 'boilerplate');
    paragraphs.pop();
    owners.pop();
    dropped = true;
  }
  if (dropped) dropShortEnd(doc, paragraphs, owners);
}

/** Most key-point lines read as a standfirst above the lead. */
const MAX_KEY_POINTS = 5;

/**
 * A lead opening with its dateline: a place in capitals, maybe its state and
 * an agency, then a colon or a dash (`TUNIS : `, `RABAT - `, `ST. JOSEPH,
 * Mich. (AP) — `, `PARIS (AFP) – `).
 */
const DATELINE_LEAD =
  /^\p{Lu}[\p{Lu}'’.]{1,20}(?: [\p{Lu}'’.]{2,20}){0,2}(?:, \p{Lu}[\p{L}.]{1,12})?(?: \([\p{L} .]{2,24}\))? [:—–-] /u;

/**
 * Drops the key points listed above the lead (`• Cette nouvelle formation…`):
 * bullet lines opening the body, right before a paragraph that opens with its
 * dateline, are the standfirst's; the article starts at the dateline.
 */
export function dropKeyPoints(doc: TextDoc, paragraphs: Paragraph[], owners: number[]): void {
  let n = 0;
  while (n < paragraphs.length && n < MAX_KEY_POINTS && startsWithBullet(paragraphs[n]?.text ?? ''))
    n++;
  const lead = paragraphs[n];
  if (n === 0 || !lead || !DATELINE_LEAD.test(lead.text)) return;
  for (const owner of owners.slice(0, n)) doc.roles.set(owner, 'standfirst');
  paragraphs.splice(0, n);
  owners.splice(0, n);
}
