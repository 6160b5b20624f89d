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
 */
import { dateShare } from '../../dates/find-dates.js';
import { isAnswerCount } from '../../furniture/answers.js';
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

/** What the answers add to the run: its new last block, and the lines of furniture between that leave. */
export interface Answers {
  end: number;
  furniture: Set<number>;
}

/** The answers under the run (see the module's note); undefined when no answer count stands under it. */
export function qaAnswers(doc: TextDoc, region: Region): Answers | undefined {
  const last = Math.min(doc.blocks.length, region.last + 1 + TO_COUNT);
  let k = region.last + 1;
  while (k < last && !isAnswerCount(doc.blocks[k]?.text ?? '')) k++;
  if (k >= last) return undefined;
  let end = -1;
  let since = 0;
  for (k++; k < doc.blocks.length && since <= POST_LINES; k++) {
    const b = doc.blocks[k];
    if (b === undefined) break;
    if (doc.roles.get(k) === 'body' && paragraphLike(b.text) && endsSentence(b.text)) {
      end = k;
      since = 0;
    } else since++;
  }
  if (end < 0) return undefined;
  // Only prose is kept between the question and the last answer: votes, buttons, user lines, a sort box leave.
  const furniture = new Set<number>();
  // So does the question's own dated line over its text (`Gefragt vor 3 Jahren · Geändert vor 1 Jahr · 4.812 Mal
  // angesehen`), which the body took in at the run's top or right over it.
  for (let j = Math.max(0, region.first - TO_COUNT); j <= region.last; j++) {
    const b = doc.blocks[j];
    // (Down to the question's text: its headline over it, a question, weighs as prose too.)
    if (!b || (j >= region.first && b.text.length >= QUESTION_TEXT && paragraphLike(b.text))) break;
    if (doc.roles.get(j) === 'body' && dateShare(b.text, doc.reference) >= DATED) furniture.add(j);
  }
  for (let j = region.last + 1; j < end; j++) {
    const b = doc.blocks[j];
    if (b && !paragraphLike(b.text)) furniture.add(j);
  }
  return { end, furniture };
}
