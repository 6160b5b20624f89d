/**
 * Cuts a long text into pieces for entity extraction, so that the tokens,
 * candidates and tables of one piece are all that is held at a time: memory
 * stays bounded and time stays linear however long the input. Pieces end at a
 * paragraph break when there is one near the target length, else at a line
 * break, a sentence end or a space; a text with none of these is cut anywhere
 * but inside a surrogate pair. Entities do not cross paragraph breaks, so
 * only names written across a forced cut (a single 64 MB line) can be lost.
 */

/** Target length of a piece, in UTF-16 code units: small enough that its tokens die young (a 256 Ki piece made the collector promote them: 1 MB of news ran at 2.9 M chars/s, 4.3 with 64 Ki). */
export const PIECE_LENGTH = 64 * 1024;
/** How far back from the target a cut is looked for. */
const LOOK_BACK = 16 * 1024;

/** `[start, end)` of each piece of `text`, in order; one piece when the text is short. */
export function pieces(text: string, length = PIECE_LENGTH): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > length) {
    const end = cutNear(text, start + length, Math.max(start + 1, start + length - LOOK_BACK));
    out.push([start, end]);
    start = end;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * The best cut at or before `target` and after `floor`: just after a break, a
 * sentence end or a space. Only the window `[floor, target)` is searched (a
 * `lastIndexOf` from `target` would scan back to the start of a text with no
 * break, once per piece).
 */
function cutNear(text: string, target: number, floor: number): number {
  const window = text.slice(floor, target);
  const blank = window.lastIndexOf('\n\n');
  if (blank >= 0) return floor + blank + 2;
  const line = window.lastIndexOf('\n');
  if (line >= 0) return floor + line + 1;
  const sentence = window.lastIndexOf('. ');
  if (sentence >= 0) return floor + sentence + 2;
  const space = window.lastIndexOf(' ');
  if (space >= 0) return floor + space + 1;
  // No break at all: cut at the target, never between the halves of a surrogate pair.
  const c = text.charCodeAt(target - 1);
  return c >= 0xd800 && c <= 0xdbff ? target - 1 : target;
}
