/**
 * The headline under its breadcrumb: a trail (`Docs › Guides › Configuring
 * retries`, two pointing separators or more) whose last step is printed again
 * on the next line, right above the body (a byline or a date line may stand
 * between). The page's current place, named by the trail and printed as its
 * heading, is the page's headline, however few its words (`Configuring
 * retries`, a documentation page's), wherever a sidebar or a menu printed it
 * first.
 */
import type { Block } from '../../input/block.js';
import { type TextDoc, titleLike } from './doc.js';

/** Roles the headline may carry: none, or one an earlier reader gave it (body text the region left out, a repeat). */
const OPEN: ReadonlySet<string | undefined> = new Set([
  undefined,
  'body',
  'boilerplate',
  'title',
  'title-repeat',
]);

/** Separators a trail points with. */
const POINTERS = [' › ', ' > ', ' » ', ' >> '];

/** Longest trail read. */
const TRAIL_MAX = 200;

/** Whether `trail` is a breadcrumb of two steps' separators or more ending with ` <sep> <name>`. */
function endsTrail(trail: string, name: string): boolean {
  if (trail.length > TRAIL_MAX || trail.length <= name.length + 3 || !trail.endsWith(name))
    return false;
  const head = trail.slice(0, trail.length - name.length);
  const sep = POINTERS.find((p) => head.endsWith(p));
  return sep !== undefined && head.indexOf(sep) < head.length - sep.length;
}

/** The line above block `first` (the body's first) that its breadcrumb names last, if any. */
export function trailHeadline(doc: TextDoc, first: number): Block | undefined {
  let k = first - 1;
  const role = doc.roles.get(k);
  if (role === 'byline' || role === 'date') k--;
  const b = doc.blocks[k];
  const trail = doc.blocks[k - 1];
  if (!b || !trail || !titleLike(b.text)) return undefined;
  // (Left out of the body above its first block, or read as the title's repeat.)
  if (!OPEN.has(doc.roles.get(k))) return undefined;
  if (endsTrail(trail.text, b.text)) return b;
  // A glossary's A–Z bar between the trail and the heading (`Lexikon » G » Grundschuld` ⏎ `A B C … Z` ⏎ `Grundschuld`).
  const above = doc.blocks[k - 2];
  return above && isLetterBar(trail.text) && endsTrail(above.text, b.text) ? b : undefined;
}

/** Fewest letters of an index bar. */
const BAR_LETTERS = 10;

/** Whether a line is an index's bar of single letters (`A B C D … Z`, `# A B …`), each a step of the index. */
function isLetterBar(text: string): boolean {
  let letters = 0;
  for (const word of text.split(' ')) {
    if (word.length !== 1) {
      if (word.length > 0) return false;
      continue;
    }
    letters++;
  }
  return letters >= BAR_LETTERS;
}
