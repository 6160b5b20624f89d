/**
 * Refiner: the author's box under the article, for pages whose header named
 * nobody: a biography opening with the author's name (`Louise Matsakis is a
 * Staff Writer at WIRED…`, `Anna Berg ist Redakteurin…`), or a heading over
 * the name (`About the Author - X`, `Ein Beitrag von:` ⏎ `* X`). Read only on
 * the blocks right after the body: further down stand other articles'
 * teasers and comments.
 */
import { ABOUT_AUTHOR_HEADINGS, arabicBioName, isAuthorBio } from '../../furniture/bio.js';
import { isPlaceholderLine } from '../../furniture/credits.js';
import { trimEndOf } from '../../html/trim.js';
import { NAME_PARTICLES } from '../../lang/name-particles.js';
import { fold } from '../../text/fold.js';
import { phrases } from '../../util/tables.js';
import { authorHeading, bulletLength } from '../recognisers/byline.js';
import { blockRange } from './date.js';
import { paragraphLike, type TextDoc } from './doc.js';
import { type NameSpan, personLine } from './header.js';

/** Blocks after the body's last searched for the author's box. */
const AUTHOR_BOX_REACH = 12;
/** The body's last blocks searched for the box's heading, the body having taken in the box. */
const BOX_IN_BODY = 2;
/** Words of a biography read for its name (four and two particles at most). */
const BIO_NAME_WORDS = 6;
/** Longest heading line, with the name after it. */
const MAX_HEADING_LINE = 80;
/** Headings over the author's name (folded, no colon): the biography's, and `Ein Beitrag von`. */
const HEADINGS: ReadonlySet<string> = new Set([...ABOUT_AUTHOR_HEADINGS, 'ein beitrag von']);
/** The letters the headings open with, as printed (accented too: `Über`, `À propos`). */
const HEADING_STARTS: ReadonlySet<string> = new Set([
  ...[...HEADINGS].map((h) => h.charAt(0)),
  'ü',
  'à',
]);
/** Separators between a heading and the name on one line (`About the Author - X`, `Ein Beitrag von: X`). */
const HEADING_SEPARATORS = /* @__PURE__ */ phrases(' - | – |: |:');

/** The name opening a biography (`Louise Matsakis` in `Louise Matsakis is a Staff Writer…`): the capitalised words before the copula. */
function bioName(start: number, text: string): NameSpan | undefined {
  // Arabic writes no capitals: the words before the trade (`محمد الأمين العلوي أستاذ …`).
  const arabic = arabicBioName(text, true);
  const words = text.split(' ', arabic || BIO_NAME_WORDS);
  let end = 0;
  for (const w of words) {
    if (arabic) {
      end += w.length + 1;
      continue;
    }
    const capital = w.charAt(0) !== w.charAt(0).toLowerCase();
    if (!capital && !NAME_PARTICLES.has(w)) break;
    end += w.length + 1;
  }
  const name = text.slice(0, end).trim();
  if (!personLine(name)) return undefined;
  return { text: name, start, end: start + name.length };
}

/** The name a heading line gives: after it on the line, or alone on the next line (behind a list bullet). */
function headedName(doc: TextDoc, k: number): NameSpan | undefined {
  const b = doc.blocks[k];
  if (!b || b.text.length > MAX_HEADING_LINE) return undefined;
  const skip = bulletLength(b.text);
  const text = b.text.slice(skip);
  // A heading's first letter first: most lines open otherwise, and are not folded.
  if (!HEADING_STARTS.has(text.charAt(0).toLowerCase())) return undefined;
  const whole = trimEndOf(fold(text), ' :');
  // The word alone (`Autor`, `AUTOR*IN`): the box's only when a biography follows the name (an info box's
  // `Autor` field under the related links names nobody).
  const word = authorHeading(text);
  if (HEADINGS.has(whole) || word) {
    const next = doc.blocks[k + 1];
    if (!next) return undefined;
    // `AUTOR*IN` ⏎ the name ⏎ the biography: a paragraph under the name.
    if (word && !paragraphLike(doc.blocks[k + 2]?.text ?? '')) return undefined;
    const s = bulletLength(next.text);
    const name = next.text.slice(s).trim();
    return personLine(name)
      ? { text: name, start: next.start + s, end: next.start + s + name.length }
      : undefined;
  }
  for (const sep of HEADING_SEPARATORS) {
    const at = text.indexOf(sep);
    if (at <= 0 || !HEADINGS.has(fold(text.slice(0, at)).trim())) continue;
    const name = text.slice(at + sep.length).trim();
    if (!personLine(name)) return undefined;
    const start = b.start + skip + text.indexOf(name, at + sep.length);
    return { text: name, start, end: start + name.length };
  }
  return undefined;
}

/**
 * Where the search for a heading the body took in starts: {@link BOX_IN_BODY}
 * blocks above the body's last, a picture's placeholder not counted (w3m
 * prints the author's photo as `[jana-b]` between the name and the biography).
 */
function boxTop(doc: TextDoc, last: number): number {
  let k = last;
  for (let n = 0; n < BOX_IN_BODY && k > 0; ) {
    k--;
    if (!isPlaceholderLine(doc.blocks[k]?.text ?? '')) n++;
  }
  return k;
}

/**
 * The author the box under the body's last block (`last`) names, if one stands within {@link AUTHOR_BOX_REACH}
 * blocks; the line right under the body may name a guest contributor (a professor, a researcher).
 */
export function authorBoxAuthor(doc: TextDoc, last: number): NameSpan | undefined {
  if (last < 0) return undefined;
  // A heading the body's run took in (`About the Author - X` ⏎ its biography as the last paragraph).
  for (const b of blockRange(doc, boxTop(doc, last), last + AUTHOR_BOX_REACH)) {
    const headed = headedName(doc, b.index);
    if (headed) return headed;
    if (b.index <= last) continue;
    // Right under the body, a guest's trade too (`X est professeure de droit à …` closing an op-ed).
    if (isAuthorBio(b.text, b.index === last + 1)) {
      const named = bioName(b.start, b.text);
      if (named) return named;
    }
  }
  return undefined;
}
