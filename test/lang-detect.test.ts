/** detectLang's letter count: Arabic against Latin letters, told by native searches where no Arabic letter stands. */
import { describe, expect, test } from 'vitest';
import { detectLang } from '../src/lang/detect.js';
import { ARABIC_LETTER, isArabicLetter } from '../src/text/chars.js';

describe('ARABIC_LETTER', () => {
  test('matches exactly the code units isArabicLetter counts', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++)
      if (ARABIC_LETTER.test(String.fromCharCode(c)) !== isArabicLetter(c)) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('detectLang', () => {
  test.each([
    // No letter at all: nothing tells.
    ['123 — 456 !', 'en', 'en'],
    ['', undefined, undefined],
    // `×` and `÷` count as Latin (Latin-1's letter range): then function words decide, none here.
    ['3 × 4 ÷ 2', 'en', 'en'],
    ['3 × 4 ÷ 2', undefined, 'fr'],
    // Arabic letters outnumbering Latin ones, and the other way round.
    ['قال الوزير إن المشروع سيبدأ في الربيع (AFP)', undefined, 'ar'],
    ['The minister said the project starts in spring (الوزير)', undefined, 'en'],
    ['Le ministre a dit que le projet commence au printemps', undefined, 'fr'],
  ] as const)('%j (fallback %s) → %s', (text, fallback, lang) => {
    expect(detectLang(text, fallback)).toBe(lang);
  });

  test('an Arabic letter past the characters read does not count', () => {
    const latin = 'x '.repeat(2000);
    expect(detectLang(`${latin}قال`, 'en')).toBe('en');
    expect(detectLang(`${'1 '.repeat(2000)}قال`, 'en')).toBe('en');
  });
});
