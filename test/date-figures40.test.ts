/**
 * The date in figures opening a line (src/dates/numeric.ts `numericDateAt`), one shape for its two readers: the
 * wrapped-lines reader (two lines in a row opening with one are a list's) and the title's (one opening a meta
 * line before a separator is no headline). What follows the date is each reader's own test. Synthetic strings.
 */
import { describe, expect, it } from 'vitest';
import { numericDateAt } from '../src/dates/numeric.js';

describe('a date in figures opening a line', () => {
  it('reads day, month and a year of two or four figures parted by a slash, a point or a hyphen', () => {
    expect(numericDateAt('12/12/2025 - Harbour works resume', 0)).toBe(10);
    expect(numericDateAt('3.4.2025 Harbour works resume', 0)).toBe(8);
    expect(numericDateAt('24-01-2022 | News', 0)).toBe(10);
    expect(numericDateAt('24.01.22 - Meldung', 0)).toBe(8);
  });

  it('reads an ISO day', () => {
    expect(numericDateAt('2025-12-03 | News', 0)).toBe(10);
  });

  it('reads at the offset given, not before nor after it', () => {
    const text = 'Entries\n03/12/2025 Harbour works resume';
    expect(numericDateAt(text, 8)).toBe(10);
    expect(numericDateAt(text, 0)).toBe(0);
    expect(numericDateAt(text, 7)).toBe(0);
  });

  it('leaves what follows to the caller: a longer run of figures is read up to its four-figure year', () => {
    expect(numericDateAt('12/12/20256 items', 0)).toBe(10);
  });

  it('reads no clock time, score, version or year alone', () => {
    expect(numericDateAt('12:30 Harbour works', 0)).toBe(0);
    expect(numericDateAt('2 - 1 after extra time', 0)).toBe(0);
    expect(numericDateAt('2025 in review', 0)).toBe(0);
    expect(numericDateAt('1.2 release notes', 0)).toBe(0);
    expect(numericDateAt('12/12/2 items', 0)).toBe(0);
  });
});
