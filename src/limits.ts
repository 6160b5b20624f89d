/** The input-size limit every public function applies. */

/**
 * Default `maxInputLength`: 64 Mi UTF-16 code units (64 MB of mostly-ASCII
 * text). Longer inputs are read up to this length, with a warning.
 */
export const DEFAULT_MAX_INPUT_LENGTH = 64 * 1024 * 1024;

/** The input cut to the limit, and the warning to give when it was cut. */
export interface Limited {
  input: string;
  warning?: string;
}

/**
 * Cuts `input` to `max` code units (never inside a surrogate pair), the
 * default when `max` is undefined. The public functions have checked `max`
 * (guards.ts's checkPositiveOption): a positive number.
 */
export function applyLimit(input: string, max: number | undefined): Limited {
  const limit = Math.floor(max ?? DEFAULT_MAX_INPUT_LENGTH);
  if (input.length <= limit) return { input };
  let end = limit;
  const c = input.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // keep a surrogate pair whole
  return {
    input: input.slice(0, end),
    warning: `input longer than maxInputLength (${limit}): only the first ${end} of ${input.length} characters were read`,
  };
}
