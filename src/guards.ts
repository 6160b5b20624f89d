/** Argument checks shared by the public functions. */

/**
 * Throws a `TypeError` naming the function and what it expected when `value`
 * is not a string. Strings of any content pass: they never throw later.
 */
export function assertString(value: unknown, fn: string, arg = 'input'): asserts value is string {
  if (typeof value !== 'string') {
    const got =
      value === null || value === undefined
        ? String(value)
        : Array.isArray(value)
          ? 'an array'
          : typeof value === 'object'
            ? 'an object'
            : `a ${typeof value}`;
    throw new TypeError(`${fn}: expected ${arg} to be a string, got ${got}`);
  }
}

/** Throws a `TypeError` when `options` is given but is not a plain object. */
export function assertOptions(value: unknown, fn: string): void {
  if (
    value !== undefined &&
    (value === null || typeof value !== 'object' || Array.isArray(value))
  ) {
    throw new TypeError(`${fn}: expected options to be an object or undefined`);
  }
}
