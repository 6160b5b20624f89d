import { describe, expect, it } from 'vitest';
import { matchesOf } from '../src/text/matches.js';

/** Each match as `[index, text, ...groups]`. */
function shape(matches: Iterable<RegExpMatchArray>): unknown[] {
  return [...matches].map((m) => [m.index, ...m]);
}

describe('matchesOf', () => {
  it.each([
    ['dates', /(\d{1,2})\/(\d{1,2})\/(\d{4})/g, 'le 12/05/2024 et le 3/6/2025, pas 1/2'],
    ['no match', /\d{4}/g, 'aucune année ici'],
    ['empty matches', /x*/g, 'axxb'],
    ['empty matches over a surrogate pair, unicode mode', /(?:)/gu, 'a😀b'],
    ['empty matches over a surrogate pair, code units', /(?:)/g, 'a😀b'],
    ['letters of any script', /\p{L}+/gu, 'Café 😀 قال ニュース'],
  ])('finds what matchAll finds: %s', (_, pattern, text) => {
    expect(shape(matchesOf(pattern, text))).toEqual(shape(text.matchAll(pattern)));
    // The pattern is left ready for the next call.
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
