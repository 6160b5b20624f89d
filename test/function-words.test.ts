import { describe, expect, it } from 'vitest';
import { countWords, holdsWord, wordsUpTo } from '../src/lang/function-words.js';

describe('countWords', () => {
  it('counts the words and the lower-case function words of a line', () => {
    // `Le` opens the sentence in capitals and is not looked up; `et` and `le` are.
    expect(countWords('Le chat et le chien dorment.')).toEqual({ words: 6, functionWords: 2 });
    expect(countWords('the cat sat on the mat')).toEqual({ words: 6, functionWords: 3 });
  });

  it('looks up words with accents, umlauts and Arabic letters as written', () => {
    expect(countWords('über den Fluss')).toEqual({ words: 3, functionWords: 2 });
    expect(countWords('il a été élu à Rabat')).toEqual({ words: 6, functionWords: 4 });
    expect(countWords('قال في بيان')).toEqual({ words: 3, functionWords: 1 });
  });

  it('does not take a longer word or a word with digits for a function word it starts with', () => {
    expect(countWords('thereof theses another')).toEqual({ words: 3, functionWords: 0 });
    expect(countWords('the2 of3 and')).toEqual({ words: 3, functionWords: 1 });
  });
});

describe('holdsWord', () => {
  it.each([
    ['a rule of dashes', '-'.repeat(200), false],
    ['dingbats and spaces', '★ ★ ★ ☆ ☆ | • • •', false],
    ['a word after 150 characters of rule', `${'='.repeat(150)} Note`, true],
    ['a word only past the 160 counted characters', `${'='.repeat(170)} Note`, false],
    ['kana', '「ニュース」', true],
    ['Arabic', '— قال —', true],
  ])('reads %s as countWords does', (_, text, expected) => {
    expect(holdsWord(text)).toBe(expected);
    expect(countWords(text).words > 0).toBe(expected);
  });
});

describe('wordsUpTo', () => {
  it('counts the words of a line as countWords does, up to the number asked', () => {
    // Four words: `l`, `homme`, `est`, `là` (the apostrophe splits).
    expect(wordsUpTo("l'homme est là", 20)).toBe(4);
    expect(wordsUpTo("l'homme est là", 3)).toBe(3);
    // Each ideograph is a word, and so is the run before it.
    expect(wordsUpTo('ab字字', 20)).toBe(3);
    // Only the first 160 characters count: 80 words there.
    expect(wordsUpTo(`${'a '.repeat(80)}b c d`, 100)).toBe(80);
    expect(wordsUpTo('— ★ —', 20)).toBe(0);
  });
});
