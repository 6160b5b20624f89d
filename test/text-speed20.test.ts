import { describe, expect, test } from 'vitest';
import { holdsRareCharacters, plainView } from '../src/input/plain-view.js';
import { hasInvisibles, isInvisibleCode } from '../src/text/invisibles.js';

// Each test compares a cheaper routine with the code it replaced (copied here as the reference)
// on crafted inputs, edges included: the text path's output stays the same.

/** plainView before session 20: one pattern over the whole input, for any of the four spaces. */
function oldPlainView(input: string): string | undefined {
  if (!/[\u00a0\u2007\u2009\u202f]/.test(input)) return undefined;
  const view = input.replace(
    /[\u00a0\u2007\u2009\u202f](?<![\u00a0\u2007\u2009\u202f]{2})(?![\u00a0\u2007\u2009\u202f])/g,
    ' ',
  );
  return view === input ? undefined : view;
}

describe('text path speed (session 20): same answers by cheaper means', () => {
  test('plain view: every string of up to five characters over the odd spaces, a letter and a line break', () => {
    const alphabet = ['\u00a0', '\u2007', '\u2009', '\u202f', 'a', '\n', ' '];
    let inputs = [''];
    const all: string[] = [''];
    for (let n = 1; n <= 5; n++) {
      inputs = inputs.flatMap((s) => alphabet.map((c) => s + c));
      all.push(...inputs);
    }
    for (const input of all)
      expect(plainView(input), JSON.stringify(input)).toBe(oldPlainView(input));
  });

  test('plain view: a French line, a ticker of no-break runs, and both on one page', () => {
    const french = 'Publié le 2\u00a0mai 2023 à 10\u00a0h\u00a0: «\u00a0Bonjour\u00a0»\u00a0!';
    const ticker = 'Headline one\u00a0\u00a0\u00a0Headline two\u00a0\u00a0\u00a0Headline three';
    const inputs = [
      french,
      ticker,
      `${ticker}\n\n${french}\n`,
      `\u00a0${french}\u00a0`,
      '\u00a0',
      '\u00a0\u00a0',
      'No odd space at all.',
      `1\u202f200 euros, ${french}`,
      `${ticker}\u2009`,
    ];
    for (const input of inputs)
      expect(plainView(input), JSON.stringify(input)).toBe(oldPlainView(input));
    expect(plainView(french)).toBe('Publié le 2 mai 2023 à 10 h : « Bonjour » !');
    expect(plainView(ticker)).toBeUndefined();
  });

  test('rare characters: one scan answers for the thin spaces and the invisible characters, every code unit', () => {
    const thin = new Set([0x2007, 0x2009, 0x202f]);
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      expect(hasInvisibles(ch), c.toString(16)).toBe(isInvisibleCode(c));
      expect(holdsRareCharacters(`a ${ch} b`), c.toString(16)).toBe(
        thin.has(c) || isInvisibleCode(c),
      );
    }
  });

  test('plain view told there is no thin space gives what it finds itself', () => {
    const inputs = [
      'Le 2\u00a0mai\u00a0: bonjour\u00a0!',
      'Ticker\u00a0\u00a0\u00a0one\u00a0\u00a0two',
      'soft\u00adhyphen and zero\u200bwidth\u00a0space',
      '1\u202f200 euros\u00a0!',
      'plain text',
    ];
    for (const input of inputs)
      expect(plainView(input, holdsRareCharacters(input)), JSON.stringify(input)).toBe(
        plainView(input),
      );
  });
});
