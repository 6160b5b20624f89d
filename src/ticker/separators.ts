/** Finds the separators of a NBSP-joined ticker line. */
import { NBSP } from '../text/chars.js';

const NBSP_CODE = NBSP.charCodeAt(0);

/** A run of NBSP inside a line, `[start, end)`. */
export interface SeparatorRun {
  start: number;
  end: number;
}

/** Shortest NBSP run that separates headlines (the network template writes four). */
export const MIN_SEPARATOR_RUN = 2;

/**
 * Lists the NBSP runs of `input[start, end)` that are headline separators:
 * runs of at least {@link MIN_SEPARATOR_RUN}, plus a shorter run when it ends
 * the input (a separator cut by the dump's byte limit).
 */
export function findSeparators(input: string, start: number, end: number): SeparatorRun[] {
  const runs: SeparatorRun[] = [];
  let i = start;
  while (i < end) {
    // Read as code units: `input[i]` makes a string of each character outside Latin-1 (Arabic lines).
    if (input.charCodeAt(i) !== NBSP_CODE) {
      i++;
      continue;
    }
    const runStart = i;
    while (i < end && input.charCodeAt(i) === NBSP_CODE) i++;
    const atInputEnd = i === input.length;
    if (i - runStart >= MIN_SEPARATOR_RUN || atInputEnd) runs.push({ start: runStart, end: i });
  }
  return runs;
}
