/**
 * Argument checks shared by the public functions, and the one policy for
 * options: an option given with a value of the wrong type or outside its range
 * throws a `TypeError` that names the function, the option and what was
 * expected (`parseTicker: expected options.minItems to be an integer of 2 or
 * more, got NaN`). An option left out or set to `undefined` takes its default;
 * option names the function does not know are ignored. The input string itself
 * never throws, whatever it holds.
 */
import { readReferenceDay } from './dates/reference.js';

/** A short description of what was passed, for error messages. */
function described(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Throws a `TypeError` naming the function and what it expected when `value`
 * is not a string. Strings of any content pass: they never throw later.
 */
export function assertString(value: unknown, fn: string, arg = 'input'): asserts value is string {
  if (typeof value !== 'string') {
    const got = typeof value === 'number' ? 'a number' : described(value);
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

/** The TypeError of an option with a wrong value. */
function wrongOption(fn: string, name: string, expected: string, value: unknown): TypeError {
  return new TypeError(
    `${fn}: expected options.${name} to be ${expected}, got ${described(value)}`,
  );
}

/** Checks a string option. */
export function checkStringOption(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'string')
    throw wrongOption(fn, name, 'a string', value);
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`. */
function oneOf(choices: readonly string[]): string {
  return choices.length < 3
    ? choices.join(' or ')
    : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}

/** Checks an option that takes one of a few strings. */
export function checkChoiceOption(
  fn: string,
  name: string,
  value: unknown,
  choices: readonly string[],
): void {
  if (value !== undefined && (typeof value !== 'string' || !choices.includes(value)))
    throw wrongOption(fn, name, oneOf(choices.map((c) => `'${c}'`)), value);
}

/** Checks an option that takes an array of some of a few strings. */
export function checkChoicesOption(
  fn: string,
  name: string,
  value: unknown,
  choices: readonly string[],
): void {
  if (
    value !== undefined &&
    (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !choices.includes(v)))
  )
    throw wrongOption(fn, name, `an array of ${choices.map((c) => `'${c}'`).join(', ')}`, value);
}

/** Checks a callback option. */
export function checkFunctionOption(fn: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'function')
    throw wrongOption(fn, name, 'a function', value);
}

/** Checks an integer option of at least `min`. */
export function checkIntegerOption(fn: string, name: string, value: unknown, min: number): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < min))
    throw wrongOption(fn, name, `an integer of ${min} or more`, value);
}

/** Checks a positive number option (`Infinity` allowed: no limit). */
export function checkPositiveOption(fn: string, name: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value) || value <= 0))
    throw wrongOption(fn, name, 'a positive number', value);
}

/** Checks `referenceDate`: an ISO calendar day `YYYY-MM-DD`, optionally followed by a time. */
export function checkReferenceDate(fn: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !readReferenceDay(value)))
    throw wrongOption(fn, 'referenceDate', 'an ISO calendar day such as 2025-05-14', value);
}

/** The languages depeche reads (primary subtags of BCP 47 tags). */
export const LANGUAGES = ['fr', 'en', 'ar'] as const;

/** Checks `lang`: a BCP 47 tag whose language depeche reads (`fr`, `en-GB`, `ar-MA`). */
export function checkLangOption(fn: string, value: unknown): void {
  if (value === undefined) return;
  const primary = typeof value === 'string' ? /^([A-Za-z]{2,3})(?:$|[-_])/.exec(value) : null;
  const lang = primary?.[1]?.toLowerCase() ?? '';
  if (!(LANGUAGES as readonly string[]).includes(lang))
    throw wrongOption(fn, 'lang', 'a language tag of fr, en or ar (such as en-GB)', value);
}
