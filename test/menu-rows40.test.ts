/**
 * The shapes the readers of a menu printed on one line share (src/furniture/menu-rows.ts): the home page's word,
 * the separators after it, a row's words, entries parted by bars. Synthetic lines; each reader's own gate (how many
 * entries, digits) is tested through the title and listing tests.
 */
import { describe, expect, it } from 'vitest';
import {
  barredEntries,
  homeSeparatorAt,
  homeWordIndex,
  isHomeWord,
  rowWords,
} from '../src/furniture/menu-rows.js';

describe('menu rows', () => {
  it('knows the home page word in any case, the Arabic one with or without its hamza', () => {
    expect(isHomeWord('Home')).toBe(true);
    expect(isHomeWord('ACCUEIL')).toBe(true);
    expect(isHomeWord('الرئيسية')).toBe(true);
    expect(isHomeWord('Homepage')).toBe(false);
    expect(isHomeWord('News')).toBe(false);
  });

  it('reads a separator right after the home word, not a slash', () => {
    expect(homeSeparatorAt('Home » Column', 4)).toBe(true);
    expect(homeSeparatorAt('Accueil | Sport', 7)).toBe(true);
    expect(homeSeparatorAt('Home / Essays', 4)).toBe(false);
    expect(homeSeparatorAt('Home office rules', 4)).toBe(false);
  });

  it('finds the home word first or after a few words of the site name, no further', () => {
    expect(homeWordIndex('Home News Sport'.split(' '), 3)).toBe(0);
    expect(homeWordIndex('Harbour Daily Home News'.split(' '), 3)).toBe(2);
    expect(homeWordIndex('One Two Three Four Home News'.split(' '), 3)).toBe(-1);
    expect(homeWordIndex('Harbour Daily Home News'.split(' '), 0)).toBe(-1);
  });

  it('takes capitalised words and an ampersand as row words, any word of an Arabic row', () => {
    const row = 'Home News Arts & Culture Travel';
    expect(rowWords(row, row.split(' '))).toBe(true);
    const sentence = 'Home is where the heart is';
    expect(rowWords(sentence, sentence.split(' '))).toBe(false);
    const arabic = 'الرئيسية أخبار اقتصاد رياضة';
    expect(rowWords(arabic, arabic.split(' '))).toBe(true);
  });

  it('reads three entries or more of two words at most parted by bars', () => {
    expect(barredEntries('Accueil | Faits divers | Sport')).toBe(true);
    expect(barredEntries('Accueil | Sport')).toBe(false);
    expect(barredEntries('Accueil | Les faits du jour | Sport')).toBe(false);
  });
});
