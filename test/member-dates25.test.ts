/**
 * A forum thread printed as text: between the thread's title and the post,
 * the author's profile box dates the member's registration (`Joined:`,
 * `Member since:`, `Registered:`), never the post; the post's own date line
 * dates the page. The HTML path refuses the same labels. Pages are synthetic,
 * written here.
 */
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/index.js';

const TITLE = 'How do I get a small sailing boat ready for winter?';
const POST = [
  'Before the first frost, drain the engine cooling system and fill it with antifreeze, then change the oil so that no acid sits in the engine over the winter months.',
  'Take the sails off, rinse them in fresh water and let them dry completely before folding them loosely; store them somewhere dry and well aired until the spring.',
  'Finally, cover the boat with a breathable tarpaulin held well above the deck so that rain runs off and air can still move underneath it during the cold season.',
];

/** A thread: the forum's menu, the title, the author's profile box with `registration`, the post's date line, the post. */
function thread(registration: string): string {
  const head = ['Forum index', 'Help', TITLE, 'Posts: 412', registration, 'Location: Kiel'];
  return [...head, 'Post by seadog » 21 Jan 2009, 05:42', '', ...POST.flatMap((p) => [p, ''])].join(
    '\n',
  );
}

describe("a member's registration date in a profile box is not the post's", () => {
  test.each([['Joined: 18 Sep 2008'], ['Member since: 18 Sep 2008'], ['Registered: 18 Sep 2008']])(
    '%s',
    (registration) => {
      const a = parseArticle(thread(registration));
      expect(a.title).toBe(TITLE);
      expect(a.publishedAt?.slice(0, 10)).toBe('2009-01-21');
    },
  );
});
