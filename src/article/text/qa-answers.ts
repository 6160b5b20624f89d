/**
 * A Q&A page's answers under the question (`2 Antworten`, then each answer
 * with its votes, its text, its action row and the answerer's line). The
 * body's run holds the question only: its tags, action row and asker's line
 * stand between it and the answer count, and each answer's lines of
 * furniture (votes, buttons, a user line, comments) break the run again. When
 * an answer count stands a few lines under the run, the body goes on through
 * the answers' text: to the last paragraph of prose (a sentence) with no more
 * than a post's lines of furniture between it and the one before. Only the
 * blocks the body's reader kept count: a blog's comments under the same
 * count (`2 Antworten`) are not among them.
 *
 * The run may also start under the question, at the comments on it (long
 * sentences, where the question's own lines are short), with the count
 * inside it: the question's action row, the asker's line and the votes break
 * it off from the question above. The body then goes back up over that
 * furniture to the question's last sentence, and up through the question's
 * lines to the question's dated line over them (`Asked 6 years ago`), which
 * must stand a few lines above: only then is the run's top a question's. So
 * it does from a count a few lines over the run (the run then starts at the
 * first answer). Where the run is the question under its dated line, it goes
 * on to the last sentence over the asker's dated line under it.
 *
 * Between the answers, the lines between two paragraphs leave only where a
 * dated line (an answerer's, `answered Mar 3, 2018`) stands among them: an
 * answer's short lines and code stay. The question's headline, the asker's
 * line (the page's date) and the last answer a dated line closes (the body
 * runs through it) are told to the caller.
 */
import { dateShare } from '../../dates/find-dates.js';
import { isAnswerCount } from '../../furniture/answers.js';
import { isRightsLine } from '../../furniture/rights.js';
import { endsSentence, type Region } from './body-region.js';
import { paragraphLike, type TextDoc } from './doc.js';

/** Most lines between the run's end and the answer count (tags, action row, asker's line, comments, a sort box). */
const TO_COUNT = 8;

/** Most lines of one answer's furniture (votes, buttons, user line, comments) between two paragraphs of its text. */
const POST_LINES = 8;

/** Least share of a line that its dates cover for it to be the question's dated line (its ages, a count beside). */
const DATED = 0.3;

/** Shortest paragraph read as the question's text, not its headline, under the dated line. */
const QUESTION_TEXT = 100;

/** Most lines of the question's furniture (tags, action row, asker's line, badges, votes) between it and the run. */
const UNDER_QUESTION = 12;

/** Most lines of the question's text. */
const QUESTION_LINES = 24;

/** Roles of the question's lines: the body's, or left out as furniture (a line of code, the votes over it). */
const QUESTION_ROLES: ReadonlySet<string | undefined> = new Set(['body', 'boilerplate']);

/** Most lines between the question's dated line and its text (its other counts, the votes). */
const OVER_QUESTION = 8;

/**
 * What the answers add to the run: its new first and last block, the lines of furniture between that leave, and the
 * widgets among them (the question's action row, asker's line and votes, the count's sort box: no headline either).
 */
export interface Answers {
  first: number;
  end: number;
  furniture: Set<number>;
  widgets: Set<number>;
  /** The question's headline over its dated line, read with it as a run of latest news: open again, or -1. */
  released: number;
  /** The asker's dated line under the question (`asked Feb 6, 2014 at 20:37`), or -1: it dates the page. */
  asked: number;
  /** Where each post closes with its dated line, the last answer's last line of text: the body runs to it; else -1. */
  through: number;
}

/** The question, the answer count and the asker's dated line (or -1) of a Q&A page around the run. */
interface Located {
  question: Question;
  count: number;
  asked: number;
  /** When the question stands over the run: the block its furniture (tags, buttons, asker's line) runs to; else -1. */
  above: number;
}

/** A question's first and last block of text, and its topmost dated line over them (`Asked …`, -1 when not read). */
interface Question {
  first: number;
  end: number;
  top: number;
}

/** The first answer count from block `from` to before block `to`, or -1. */
function countIn(doc: TextDoc, from: number, to: number): number {
  for (let k = Math.max(0, from); k < Math.min(to, doc.blocks.length); k++)
    if (isAnswerCount(doc.blocks[k]?.text ?? '')) return k;
  return -1;
}

/** The Q&A page around the run (see the module's note), or undefined when no answer count stands there. */
function locate(doc: TextDoc, region: Region): Located | undefined {
  // No count anywhere the shapes below look: no Q&A page (most pages; the dated lines are not read).
  const reach = region.last + 1 + UNDER_QUESTION + TO_COUNT;
  if (countIn(doc, region.first - UNDER_QUESTION, reach) < 0) return undefined;
  // The run starts at the first answer, the count a few lines over it: the question over the count.
  const before = countIn(doc, region.first - UNDER_QUESTION, region.first);
  const overCount = before < 0 ? undefined : questionOver(doc, before);
  if (overCount)
    return {
      question: overCount,
      count: before,
      asked: datedUnder(doc, overCount.end, before),
      above: before,
    };
  // The run starts at the comments under the question, the count inside it: the question over them.
  const over = questionOver(doc, region.first);
  const inside = countIn(doc, region.first + 1, region.last + 1);
  if (over && inside >= 0)
    return {
      question: over,
      count: inside,
      asked: datedUnder(doc, over.end, region.first),
      above: region.first,
    };
  if (inside >= 0) return undefined;
  // Or the run is the question, the count under it. Opening under its dated line, the question goes on to the last
  // sentence over the asker's dated line (a short last line, `What am I doing wrong?`, weighs too little to stay).
  const top = over ? -1 : datedOver(doc, region.first);
  const asked = top < 0 ? -1 : datedUnder(doc, region.last);
  let end = region.last;
  for (let j = asked - 1; j > region.last; j--)
    if (bodySentence(doc, j)) {
      end = j;
      break;
    }
  const count = countIn(doc, region.last + 1, Math.max(end, asked) + 1 + TO_COUNT);
  if (count < 0) return undefined;
  return { question: { first: region.first, end, top }, count, asked, above: -1 };
}

/** The answers under the run (see the module's note); undefined when no answer count stands under it. */
export function qaAnswers(doc: TextDoc, region: Region): Answers | undefined {
  const located = locate(doc, region);
  if (!located) return undefined;
  const { question, count, asked, above } = located;
  let k = count;
  let end = -1;
  let since = 0;
  for (k++; k < doc.blocks.length && since <= POST_LINES; k++) {
    // The footer's rights notice (`© 2024 …`, `All rights reserved`) ends the page's answers.
    const text = doc.blocks[k]?.text ?? '';
    if (text.includes('©') || isRightsLine(text)) break;
    if (!answerText(doc, k)) since++;
    else {
      // (A paragraph opening a code block, `… put it inside the call:`, carries the answer on too.)
      if (endsSentence(text)) end = k;
      since = 0;
    }
  }
  if (end < 0) return undefined;
  const furniture = new Set<number>();
  const widgets = new Set<number>();
  // The count's own lines (the count, the sort box, the first answer's votes) leave.
  for (let j = count; j < Math.min(end, firstAnswer(doc, count)); j++) widgets.add(j);
  // So does the question's furniture under it, over the run. (The asker's dated line keeps its role: it dates the page.)
  if (above >= 0)
    for (let j = question.end + 1; j < above; j++)
      if (doc.roles.get(j) !== 'date' && !paragraphLike(doc.blocks[j]?.text ?? '')) widgets.add(j);
  // Between the question and the last answer, the lines between two paragraphs with a dated line among them (an
  // answerer's line, `answered Mar 3, 2018`, or the asker's) are furniture between posts: those of no prose leave
  // (votes, buttons, user lines). Lines with no dated line among them are an answer's own (code, an example).
  let gap = above >= 0 ? count : question.end + 1;
  let datedGap = false;
  // The last answer's text closed by its answerer's dated line (`answered Mar 3, 2018`), as the asker's closes the
  // question: the answers run through it, however short its lines.
  let text = -1;
  let closed = -1;
  for (let j = gap; j <= Math.max(end, region.last) + POST_LINES && j < doc.blocks.length; j++) {
    if (!answerText(doc, j)) {
      const d = dated(doc, j);
      if (d && !datedGap && text >= 0) closed = text;
      datedGap ||= d;
      if (j - gap > POST_LINES && j > Math.max(end, region.last)) break;
    } else {
      if (j > Math.max(end, region.last)) break;
      if (datedGap)
        for (let g = gap; g < j; g++)
          if (!paragraphLike(doc.blocks[g]?.text ?? '')) furniture.add(g);
      text = j;
      gap = j + 1;
      datedGap = false;
    }
  }
  // So does the question's own dated line over its text (`Gefragt vor 3 Jahren · Geändert vor 1 Jahr · 4.812 Mal
  // angesehen`), which the body took in at the run's top or right over it.
  for (let j = Math.max(0, region.first - TO_COUNT); j <= region.last; j++) {
    const b = doc.blocks[j];
    // (Down to the question's text: its headline over it, a question, weighs as prose too.)
    if (!b || (j >= region.first && b.text.length >= QUESTION_TEXT && paragraphLike(b.text))) break;
    if (doc.roles.get(j) === 'body' && dateShare(b.text, doc.reference) >= DATED) furniture.add(j);
  }
  return {
    first: question.first,
    end: Math.max(end, region.last),
    furniture,
    widgets,
    released: question.top < 0 ? -1 : questionHeadline(doc, question.top),
    asked,
    through: asked < 0 ? -1 : closed,
  };
}

/** The topmost dated line a few lines over block `first` (the question's `Asked …`), or -1. */
function datedOver(doc: TextDoc, first: number): number {
  let over = -1;
  for (let j = first - 1; j >= Math.max(0, first - OVER_QUESTION); j--) if (dated(doc, j)) over = j;
  return over;
}

/** The first dated line under block `last`, before block `before` or a few lines under (the asker's), or -1. */
function datedUnder(doc: TextDoc, last: number, before = last + 1 + UNDER_QUESTION): number {
  for (let j = last + 1; j < Math.min(before, doc.blocks.length); j++) if (dated(doc, j)) return j;
  return -1;
}

/** Shortest line introducing a code block or a list (`… put it inside the call:`) read as an answer's text. */
const INTRO_LINE = 40;

/** Whether the body kept block `k` and it is a paragraph of prose, or a line introducing what follows: an answer's text. */
function answerText(doc: TextDoc, k: number): boolean {
  const text = doc.blocks[k]?.text ?? '';
  return (
    doc.roles.get(k) === 'body' &&
    (paragraphLike(text) || (text.length >= INTRO_LINE && text.endsWith(':')))
  );
}

/** The first block from `from` on that is an answer's text, or the end of the page. */
function firstAnswer(doc: TextDoc, from: number): number {
  let k = from;
  while (k < doc.blocks.length && !answerText(doc, k)) k++;
  return k;
}

/** Whether the body kept block `k` and it ends a sentence. */
function bodySentence(doc: TextDoc, k: number): boolean {
  return doc.roles.get(k) === 'body' && endsSentence(doc.blocks[k]?.text ?? '');
}

/**
 * The question over a run that starts at `top` (see the module's note): its
 * first and last block and its topmost dated line (`Asked …`), or undefined
 * when no sentence of it stands a few lines of furniture above, or no dated
 * line stands right over its lines.
 */
function questionOver(doc: TextDoc, top: number): Question | undefined {
  let end = top - 1;
  while (end >= Math.max(0, top - UNDER_QUESTION) && !bodySentence(doc, end)) end--;
  if (end < Math.max(0, top - UNDER_QUESTION)) return undefined;
  // Up through its lines (a line of code the body left out among them), to its first kept line.
  let first = end;
  const stop = Math.max(0, end - QUESTION_LINES);
  for (let j = end - 1; j >= stop && QUESTION_ROLES.has(doc.roles.get(j)) && !dated(doc, j); j--)
    if (doc.roles.get(j) === 'body') first = j;
  const over = datedOver(doc, first);
  return over < 0 ? undefined : { first, end, top: over };
}

/** Most words of a button between the question's headline and its dated line (`Ask Question`). */
const BUTTON_WORDS = 2;

/**
 * The question's headline over its dated line `top`, when the header was read as a run of latest news: the
 * nearest such line of more words than a button, or -1.
 */
function questionHeadline(doc: TextDoc, top: number): number {
  for (let j = top - 1; j >= Math.max(0, top - OVER_QUESTION) && doc.roles.get(j) === 'ticker'; j--)
    if ((doc.blocks[j]?.text ?? '').split(' ').length > BUTTON_WORDS) return j;
  return -1;
}

/** Whether a line is mostly dates (the question's `Asked 6 years ago`, the asker's `asked Mar 3, 2018`). */
function dated(doc: TextDoc, k: number): boolean {
  return dateShare(doc.blocks[k]?.text ?? '', doc.reference) >= DATED;
}
