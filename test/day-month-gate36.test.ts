/**
 * A schedule entry's opening (src/dates/day-month.ts) is searched for a digit first: its day is written in
 * digits, so a line with none is turned down before its words are folded and looked up. Entries are still
 * taken, in either order and under a weekday's name; the same words spelt out are none, as before.
 */
import { describe, expect, test } from 'vitest';
import { opensWithDayMonth } from '../src/dates/day-month.js';

describe('day and month opening, digit first (guard: the digit gate changes no answer)', () => {
  test('schedule entries open with a day and a month', () => {
    for (const t of [
      'June 9 – West Palm Beach, FL',
      '12 juin : Casablanca',
      'Samedi 12 juin – Rabat',
      '9. Juni – Berlin',
      '1er mai, Lyon',
      'Sept. 3rd – Denver',
    ])
      expect(opensWithDayMonth(t), t).toBe(true);
  });

  test('lines with no digit, or a digit past a non-date opening, are none', () => {
    for (const t of [
      'June ninth – West Palm Beach, FL',
      'Samedi douze juin – Rabat',
      'Council votes to rebuild the pier',
      'Juni',
      '',
      'Council votes 9 juin',
    ])
      expect(opensWithDayMonth(t), t).toBe(false);
  });

  test('a long paragraph is read by its first words, digit or not', () => {
    const tail = ' and the council met again to talk about the pier and the harbour'.repeat(5);
    expect(opensWithDayMonth(`12 juin${tail}`)).toBe(true);
    expect(opensWithDayMonth(`Le conseil${tail}`)).toBe(false);
  });
});
