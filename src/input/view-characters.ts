/**
 * One scan deciding whether a text dump needs any of its views: the visible
 * view (invisible characters, `input/visible-view.ts`), the composed view
 * (decomposed letters' marks, `input/composed.ts`) and the plain view's thin
 * spaces (`input/plain-view.ts`). Most dumps hold none of these characters:
 * one native search then stands for the three each view would run.
 */

/**
 * Every character one of the views reads, in one class: the invisible characters (U+00AD, U+200B, U+2060,
 * U+FEFF), the thin odd spaces (U+2007, U+2009, U+202F) and the marks a decomposed letter is written with
 * (U+0300–U+036F, U+0653–U+0655, U+1161–U+11C2, U+3099–U+309A). A view's own class is a part of it.
 */
const VIEW_CHARACTERS =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists combining marks on purpose, each found alone
  /[\u00ad\u200b\u2060\ufeff\u2007\u2009\u202f\u0300-\u036f\u0653-\u0655\u1161-\u11c2\u3099\u309a]/;

/** Whether `input` holds a character one of the views reads (when not, none of them is built or searched for). */
export function needsViews(input: string): boolean {
  return VIEW_CHARACTERS.test(input);
}
