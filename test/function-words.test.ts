import { describe, expect, it } from 'vitest';
import { countWords, holdsWord, wordsReach } from '../src/lang/function-words.js';

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

describe('wordsReach', () => {
  it('tells whether a line has k words, counted as countWords counts them', () => {
    // Four words: `l`, `homme`, `est`, `là` (the apostrophe splits).
    expect(wordsReach("l'homme est là", 4)).toBe(true);
    expect(wordsReach("l'homme est là", 5)).toBe(false);
    // Each ideograph is a word, and so is the run before it.
    expect(wordsReach('ab字字', 3)).toBe(true);
    expect(wordsReach('ab字字', 4)).toBe(false);
    // Only the first 160 characters count.
    expect(wordsReach(`${'a '.repeat(80)}b c d`, 81)).toBe(false);
    expect(wordsReach(`${'a '.repeat(80)}b c d`, 80)).toBe(true);
  });
});
