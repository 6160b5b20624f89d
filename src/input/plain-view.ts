/**
 * A view of a text dump with its lone no-break and thin spaces (U+00A0,
 * U+2007, U+2009, U+202F) made plain: French typography puts one before `:`,
 * `;`, `!`, `?` and `»`, inside dates and numbers (`2 mai 2023`, `1 200`), and a
 * browser's `innerText` keeps every `&nbsp;` of the page. The recognisers spell
 * a space as ` `; through this view they read such lines as they read any
 * other. A run of two or more is left as it is: a ticker separates its
 * headlines with runs of no-break spaces.
 *
 * The view has the input's length and offsets (each of these spaces is one
 * code unit, as the space is); the fields read through it are read again
 * from the input (`readExact` in `article/text-article.ts`), so they keep their
 * spaces as printed.
 */
import { holdsAt } from '../text/chars.js';
import { foldLineBreaks } from './wrapped.js';

/**
 * One of them alone, neither after nor before another (fixed-width lookarounds: one pass, no backtracking).
 * The space is matched first and the one before it read by a lookbehind over both (the pair is not two
 * such spaces): the engine then looks for the space itself, not for a place no such space precedes.
 */
const LONE_ODD_SPACE =
  /[\u00a0\u2007\u2009\u202f](?<![\u00a0\u2007\u2009\u202f]{2})(?![\u00a0\u2007\u2009\u202f])/g;

/** The odd spaces other than the no-break space: most inputs that hold odd spaces hold only that one. */
const THIN_SPACE = /[\u2007\u2009\u202f]/;
const NBSP = 0xa0;

/**
 * `input` with each lone odd space as a plain one; `undefined` when there is none to change.
 * `thin` false: the caller knows `input` holds none of the odd spaces but U+00A0 ({@link holdsRareCharacters}).
 */
export function plainView(input: string, thin = true): string | undefined {
  if (thin && THIN_SPACE.test(input)) {
    const view = input.replace(LONE_ODD_SPACE, ' ');
    return view === input ? undefined : view;
  }
  return plainNbsp(input);
}

/**
 * {@link plainView} of an input whose only odd space is U+00A0. A native
 * search for that one character skips the text between them about ten times
 * faster than the pattern's scan for any of the four (and a text with none
 * is read once).
 */
function plainNbsp(input: string): string | undefined {
  let parts: string[] | undefined;
  let from = 0;
  let at = input.indexOf('\u00a0');
  while (at >= 0) {
    let end = at + 1;
    while (input.charCodeAt(end) === NBSP) end++;
    if (end === at + 1) {
      parts ??= [];
      parts.push(input.slice(from, at), ' ');
      from = end;
    }
    at = input.indexOf('\u00a0', end);
  }
  if (!parts) return undefined;
  parts.push(input.slice(from));
  return parts.join('');
}

/** A field with its place in the input. */
interface Placed {
  start: number;
  end: number;
}

/**
 * `text`, read through `view` at `span`, as the input prints it: the input's
 * slice when `text` is the view's slice there, the input's lines there folded
 * when `text` is the view's lines folded (a title over two lines), else `text`
 * unchanged (a field that is not an exact slice keeps what the reader made of it).
 */
export function exactText(input: string, view: string, text: string, span: Placed): string {
  if (text.length === span.end - span.start && holdsAt(view, text, span.start))
    return input.slice(span.start, span.end);
  // A field joined from two lines (a title over two) is its span's lines folded.
  return foldLineBreaks(view.slice(span.start, span.end)) === text
    ? foldLineBreaks(input.slice(span.start, span.end))
    : text;
}

/**
 * `text`, a part of `within` read through `view` (a teaser's title inside
 * its item), as the input prints it; unchanged when not found there.
 */
export function exactPart(input: string, view: string, text: string, within: Placed): string {
  const at = view.slice(within.start, within.end).indexOf(text);
  return at >= 0 ? input.slice(within.start + at, within.start + at + text.length) : text;
}

/**
 * The thin odd spaces (U+2007, U+2009, U+202F) and the invisible characters
 * (U+00AD, U+200B, U+2060, U+FEFF, as `text/invisibles.ts` lists them), in one
 * class: most dumps hold none, and one scan of the input tells the plain view
 * it has nothing to look for. (`parseArticle` takes the invisible characters
 * out before the text path reads a dump, `input/visible-view.ts`.)
 */
const RARE_CHARACTERS = /[\u2007\u2009\u202f\u00ad\u200b\u2060\ufeff]/;

/** Whether `input` holds a thin odd space or an invisible character (when not, neither is searched for again). */
export function holdsRareCharacters(input: string): boolean {
  return RARE_CHARACTERS.test(input);
}
