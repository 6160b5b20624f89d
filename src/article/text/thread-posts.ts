/**
 * A forum thread's posts past the body's run: each post closes with the same
 * action row (`Like Quote Reply`), which the run crossed between its own
 * posts. Where that row stands again two times or more, each post a few lines
 * long under the run, the thread goes on through the last post whose text (a
 * sentence) stands right over its row: a post's short text (`Sintered pads
 * fixed it for me.`) weighs too little to carry the run, and its action row is
 * furniture between posts, not the thread's end.
 */
import { notPublishedAt } from '../../dates/not-published.js';
import { isPostActionRow } from '../../furniture/comments.js';
import { endsSentence, type Region } from './body-region.js';
import { firstDateOf } from './date.js';
import { knownFold, type TextDoc } from './doc.js';

/** Fewest action rows after the first: a thread goes on with more posts than one. */
const ROWS_AFTER = 2;

/** Most lines of one post (its user box, date, text, signature) between two action rows under the run. */
const POST_LINES = 14;

/** The block of the thread's last post's text (see the module's note), -1 when the run holds no thread. */
export function threadEnd(doc: TextDoc, region: Region): number {
  let row: string | undefined;
  let seen = 0;
  let end = -1;
  let since = 0;
  for (let k = region.first + 1; k < doc.blocks.length && since <= POST_LINES; k++) {
    const text = doc.blocks[k]?.text ?? '';
    if (row === undefined) {
      // The row the run crosses first, between its own paragraphs.
      if (k >= region.last) return -1;
      // (Most of these blocks were folded already, when the body's run was chosen: the kept fold is read.)
      if (isPostActionRow(text, knownFold(doc, k, text))) row = text;
    } else if (text === row) {
      seen++;
      since = 0;
      const above = doc.blocks[k - 1];
      if (above && doc.roles.get(above.index) === 'body' && endsSentence(above.text)) end = k - 1;
    } else if (k > region.last) since++;
  }
  return seen >= ROWS_AFTER ? end : -1;
}

/** Longest line of a poster's profile box (`Inscrit le : 17/09/2009`, `Registriert: Sa 11. Jan 2020, 09:14`). */
const PROFILE_LINE = 48;

/**
 * The lines of the posters' profile boxes between the thread's posts, from
 * block `first` to block `last`: a short line dating a member's registration
 * (`Inscrit le : 17/09/2009`, `Joined: Mar 2019`). The run crosses them as it
 * goes on through the posts; they are no post's text.
 */
export function profileLines(doc: TextDoc, first: number, last: number): Set<number> {
  const out = new Set<number>();
  for (let k = first; k <= last; k++) {
    const b = doc.blocks[k];
    if (!b || b.text.length > PROFILE_LINE || doc.roles.get(k) !== 'body') continue;
    const d = firstDateOf(doc, b);
    if (d && notPublishedAt(b.text, d.start)) out.add(k);
  }
  return out;
}
