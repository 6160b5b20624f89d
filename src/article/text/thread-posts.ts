/**
 * A forum thread's posts past the body's run: each post closes with the same
 * action row (`Like Quote Reply`), which the run crossed between its own
 * paragraphs. Where that row stands again under the run, two times or more,
 * each post a few lines long, the thread goes on there: a post's short text
 * (`Sintered pads fixed it for me.`) weighs too little to carry the run, and
 * its action row is furniture between posts, not the thread's end.
 */
import { isPostActionRow } from '../../furniture/comments.js';
import { endsSentence, type Region } from './body-region.js';
import type { TextDoc } from './doc.js';

/** Fewest action rows past the run: a thread goes on with more posts than one. */
const ROWS_AFTER = 2;

/** Most lines of one post (its user box, date, text, signature) between two action rows. */
const POST_LINES = 10;

/** The region run on through the thread's last post under it (see the module's note), or `region` as it was. */
export function throughThread(doc: TextDoc, region: Region): Region {
  const rows = new Set<string>();
  for (let k = region.first + 1; k < region.last; k++) {
    const text = doc.blocks[k]?.text ?? '';
    if (isPostActionRow(text)) rows.add(text);
  }
  if (rows.size === 0) return region;
  let seen = 0;
  let end = region.last;
  let since = 0;
  for (let k = region.last + 1; k < doc.blocks.length && since <= POST_LINES; k++) {
    if (!rows.has(doc.blocks[k]?.text ?? '')) {
      since++;
      continue;
    }
    seen++;
    since = 0;
    // The post's text, a sentence, right above its row.
    const above = doc.blocks[k - 1];
    if (above && doc.roles.get(above.index) === 'body' && endsSentence(above.text)) end = k - 1;
  }
  return seen >= ROWS_AFTER && end > region.last ? { ...region, last: end } : region;
}
