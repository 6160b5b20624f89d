/** String trimming without regular expressions (a `[…]+$` pattern backtracks on long runs). */

/** `s` without the trailing characters that appear in `chars`. Linear. */
export function trimEndOf(s: string, chars: string): string {
  const end = trimmedEnd(s, chars);
  return end === s.length ? s : s.slice(0, end);
}

/** The length of {@link trimEndOf}(s, chars), without building it. */
export function trimmedEnd(s: string, chars: string): number {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] ?? '')) end--;
  return end;
}

/** Whitespace characters for {@link trimEndOf}. */
export const SPACES = ' \t\n\r\f\u00a0';
