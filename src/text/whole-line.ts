/**
 * A test for headings read as whole lines: a line of at most `maxLength`
 * characters whose folded text, the marks of `closing` trimmed off its end,
 * is one of `headings` (folded). The heading lists are data in the modules
 * that own them (`furniture/bio.ts`, `furniture/about-site.ts`).
 */
import { trimEndOf } from '../html/trim.js';
import { fold } from './fold.js';

/** Whether a whole line is one of the headings; `folded` is its folded text when the caller knows it. */
export type WholeLineTest = (text: string, folded?: string) => boolean;

/** The {@link WholeLineTest} of `headings`. */
export function wholeLineTest(
  headings: readonly string[],
  maxLength: number,
  closing: string,
): WholeLineTest {
  const set: ReadonlySet<string> = new Set(headings);
  return (text, folded) =>
    text.length <= maxLength && set.has(trimEndOf(folded ?? fold(text), closing));
}
